"""Figures that leave something to their context: the currency of the money named before, the noun of
a ranking, and what the words before a bare figure make of it (an average, a population).

News writes a currency once and then only "millones" ("la Guardia Nacional recibiría 82 mil 400
millones de pesos, mientras que a la SSPC se le asignarían 4 mil 100 millones"), ranks places by
the noun of the first ("Guanajuato con 2,104 víctimas, seguido de Chihuahua con 1,387"), and sizes
averages and places by the words before the figure ("a monthly average of 190,000", "un promedio
diario de 67", "a city of about 240,000 people"). Read from the text, not parsed: the trade-off is
that a bare "millones" with no money in its paragraph stays a count.
"""

from __future__ import annotations

import itertools
import re

from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._rankings import RankingOpeners
from pesquisa.records import Span
from pesquisa.text import fold_chars

# Model names and calibers between listed arms: "620 fusiles AR-15, 410 AK-47 y 95 fusiles"
MODEL = re.compile(r"(?<![\w.])(?:[A-Z][A-Za-z]*-?\d+[\w-]*|calibre\s+\.?\d+(?:[.,]\d+)?|\.\d+(?:-caliber)?)")
# Goods opening the clause of a bare figure, its subject: "Las armas aseguradas pasaron de 31 a 77", "The number of
# .50-caliber rifles rose from 31 to 77" (the commodity follows the match)
GOODS_SUBJECT = re.compile(r"[\s\"“]*(?:(?:the|los|las|el|la)\s+)?(?:(?:number|numero|cifra|cantidad|total)\s+(?:of|de)\s+"
                           r"(?:(?:the|los|las)\s+)?)?(?:\.\d+(?:-caliber)?\s+)?")
# "se incautaron de 250.000 euros en efectivo y de 6 vehículos": Spanish repeats the "de" its verb governs
LIST_GAPS = {",", "and", "y", "e", ", and", ", y", "or", "o", ";", "y de", ", y de"}
# goods listed without a figure between two listed figures: "cinco armas largas|, cargadores y |dos camionetas"
UNNUMBERED = re.compile(r"(?:,\s*[a-z]+(?:\s+[a-z]+)?)+,?\s+(?:y|e|and)")
# The rest of the listed figure's noun phrase: "17 granadas de fragmentación y 45 chalecos", "40 kilos de
# fentanilo en polvo, 12 reactores", "200 mil pastillas con fentanilo, 3.5 kilos"; lower case, up to two words
# a short aside between commas, after the subject of a bare figure: "Deaths involving synthetic opioids, mostly
# fentanyl, fell to about 42,000"
ASIDE_BEFORE = re.compile(r",\s*[a-z]+(?:\s+[a-z]+){0,3}\s*,\s*\Z")
# what the listed figure is said to be, before the next figure: "348 son largas y 164 cortas", "300 were rifles and"
COPULA_COMPLEMENT = re.compile(r"\s+(?:son|eran|fueron|are|were)\s+[a-z]+(?![a-z])")
# a measure given to each of the things counted before it: "cuatro reactores con capacidad de 2 mil litros cada uno"
EACH = re.compile(r"\s+(?:cada\s+un[oa]|each)(?![a-z])")
LISTED_GAP_CHARS = 90  # the longest words between a figure and the next of its list after ", así como"
# ... and a Mexican release's kind of the thing: "4 embarcaciones tipo panga, 12 motores", "2 vehículos tipo sedán y 3 motos"
COMPLEMENT = {n: re.compile(r"\s+(?:de|del|of|en|in|con|with|tipo)(?:\s+[a-z]+){" + str(n) + r"}(?![a-z])") for n in (1, 2)}

# the same measure in other units, in brackets right after a figure: "45 kilos (99 pounds) of cocaine"
CONVERTED = re.compile(r"\A\s*\((?:[a-z\s]*?)\d[\d.,]*\s+[a-z]+\)", re.IGNORECASE)

BILLIONS = 1e9  # a bare figure this large with no noun is money in news on crime and security
# A scale of a million or more, written in words: "5 millones", "4 mil 100 millones", "1.6 million"
MILLIONS = re.compile(r"(?<![a-z])(?:millon|millones|millardos?|billon|billones|million|millions|billions?|trillion)"
                      r"(?![a-z])")
# The next place of a ranking and its figure: ", seguido de Chihuahua con ", " y Baja California con ",
# ", followed by Chihuahua with ", " and the State of Mexico with ", "; le siguen Hidalgo, con ", "; then came Sonora,
# with " (an English name may open with its article)
RANKED_PLACE = re.compile(r"(?:\s+(?:de|del|of)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?(?=[,;]))?"  # "víctimas de homicidio, seguido"
                          r"\s*(?:[,;]\s*)?(?:(?:seguid[oa]s?\s+(?:de|del|por)|followed\s+by|and|y|e|(?:le|les)\s+sigue[n]?"
                          r"|(?:then|next)\s+(?:came|come|comes))\s+)?(?:the\s+)?"
                          r"(?:[A-ZÁÉÍÓÚ][\w.]*,?\s+(?:(?:de|del|la|el|of|the)\s+)?){1,4}(?:con|with)\s+\Z")
# The next place of a ranking with its verb left out, after a semicolon or a comma and "y": "Guanajuato registró 2 mil
# 650 víctimas; Chihuahua, mil 900; y Baja California, mil 780", "Guanajuato had 2,650 victims; Chihuahua, 1,900"
GAPPED_PLACE = re.compile(r"\s*(?:;\s*(?:(?:and|y|e)\s+)?|,\s*(?:and|y|e)\s+)(?:the\s+)?[A-ZÁÉÍÓÚ][\w.]*"
                          r"(?:\s+(?:(?:de|del|la|el|of|the)\s+)?[A-ZÁÉÍÓÚ][\w.]*){0,3}\s*,\s*(?:(?:con|with)\s+)?\Z")
# The next place of a ranking with its figure in brackets: "..., seguido de Chihuahua (982) y Baja California (921)",
# "followed by Sinaloa (1,210)"; no figure between, and the bracket closes right after the figure
BRACKETED_PLACE = re.compile(r"[^0-9;:]{0,80}?(?<![\w.])(?:the\s+)?[A-ZÁÉÍÓÚ][\w.]*(?:\s+(?:(?:de|del|la|el|of|the)\s+)?"
                             r"[A-ZÁÉÍÓÚ][\w.]*){0,3}\s*\(\s*\Z")

# A clause that compares the figure with one before it by its time: ", cuando se registraron 2,368",
# ", when Border Patrol recorded 106,321"
WHEN = re.compile(r"(?<![a-z])(?:cuando|when)\s+(?:[a-z.]+\s+){0,2}(?:se\s+)?(?:regist|report|record|sum|contabiliz|"
                  r"total|hubo|there\s+were|fueron|were)[a-z]*\s+\Z")
# A bare figure that is a difference from another period: "1 mil 200 menos que en febrero de 2025", "300 fewer than"
DIFFERENCE = re.compile(r"\s+(?:menos|mas|fewer|more|less)\s+(?:que|than)(?![a-z])")
# The goods a sentence opens with, seized: "De las armas aseguradas, ...", "Of the guns seized, ..."
SEIZED_OF = re.compile(r"[\s\"“¿¡]*(?:de|of)\s+(?:las|los|the)\s+")


class Elided(RankingOpeners):
    """Figures that take their currency or noun from the figure before them, and averages and populations."""

    def take_reading(self, d: Draft, other: Draft, *, unit: bool) -> None:
        """``d`` read like ``other``: its kind, item and (when ``unit``) unit, currency and scale."""
        d.kind, d.item, d.commodity = other.kind, d.item or other.item, other.commodity
        if unit and (other.unit or other.currency):
            d.unit, d.currency, d.percent, d.raw_unit = other.unit, other.currency, other.percent, other.raw_unit
            d.value = d.raw_value * (other.value / other.raw_value if other.raw_value else 1)

    def outside_item(self, d: Draft, span: Span) -> list[Span]:
        """``span`` without the quantity itself ("dos patrullas interceptoras" triggers nothing by its own words), and
        without a coordinated clause after it that seizes goods of its own: "inhabilita seis laboratorios y asegura 3
        toneladas", "se inhabilitaron 3 laboratorios y se aseguraron", "dismantled two labs and seized 500 kilos"."""
        after = Span(min(span.end, d.end), span.end)
        m = self.rx(r"\s(?:y|e|and)\s+(?:(?:also|tambien|ademas|se)\s+)?WORDS", "seizure_triggers").search(
            self.scan, after.start, after.end)
        return [Span(span.start, max(span.start, d.start)), Span(after.start, m.start() if m else after.end)]

    def tallies(self, prev: Draft, gap: str) -> bool:
        """True when ``gap`` after ``prev`` opens a running total of the same things: "50 armas largas y cortas; suman"."""
        return prev.item is not None and not re.search(r"\d", gap) and \
            self.rx(r"[,;]\s*(?:(?:y|and)\s+)?(?:ya\s+)?WORDS\s+\Z", "tally_words").search(gap) is not None

    def take_left_out_noun(self, prev: Draft, d: Draft, *, listed: bool) -> bool:
        """Gives ``d``, whose noun was left out, the goods of the bare figure listed before it that took them from its
        sentence ("De las armas largas, 11 son calibre 7.62 y ocho calibre .223"); True when it did."""
        if not listed or prev.form != "bare" or prev.item is None:
            return False
        d.item, d.commodity, d.packaging = prev.item, prev.commodity, prev.packaging
        return True

    def bare(self, d: Draft) -> bool:
        """True for a figure with no unit, rate nor noun of its own."""
        return d.form == "bare" and not d.measured and not d.rate

    def take_scale(self, d: Draft, other: Draft) -> None:
        """The first end of a change written without its scale takes the second's: "pasaron de 5 a 10 millones de
        dólares" (5 millones), "raised the reward from 5 to 10 million dollars"; not "from 800 to 1.2 million"."""
        scales = self.lex.scales[self.lang]
        if any(w in scales for w in re.findall(r"[a-z]+", self.scan[d.start:d.end])):
            return  # "de 500 mil a 2 millones": the first end has its own
        scale = 1.0
        for word in re.findall(r"[a-z]+", self.scan[other.start:other.end]):
            scale *= scales.get(word, 1.0)
        if scale > 1 and other.raw_value and d.raw_value <= 10 * other.raw_value / scale:
            d.raw_value, d.value = d.raw_value * scale, d.value * scale

    def read_elided_currency(self, drafts: list[Draft]) -> None:
        """A bare figure in millions takes the currency of the last money figure of its paragraph
        ("... 82 mil 400 millones de pesos, mientras que ... 4 mil 100 millones"), else that of the same sum told
        with its currency further on (a headline's "multa de 1.2 millones" over "1.2 millones de pesos")."""
        for n, d in enumerate(drafts):
            if not self.bare_millions(d):
                continue
            money = next((p for p in reversed(drafts[:n]) if p.currency), None)
            near = money is not None and "\n" not in self.text[money.end:d.start] and d.sentence - money.sentence <= 1
            if money is not None and (near or d.value >= BILLIONS) and not self.is_population(d):
                # not "La población es de 3 millones"; billions with no noun are money in any paragraph after money:
                # "fue un fondo de mil 500 millones de dólares. (...) «fueron casi 3 mil millones en veinte años»"
                d.currency, d.raw_unit = money.currency, None
                continue
            # a headline's "multa de 1.2 millones", "lavado por 8 mil millones": the same sum told with its currency below
            same = next((p for p in drafts[n + 1:] if p.currency and p.value == d.value and p.value_max is None), None)
            if same is not None and not self.is_population(d):
                d.currency, d.raw_unit = same.currency, None

    def read_elided_units(self, drafts: list[Draft]) -> None:
        """A bare figure listed after a weight or volume, with goods of its own after "de"/"of", is weighed in
        the same unit: "120 kilos de cocaína, 45 de metanfetamina y 3 de fentanilo", "120 pounds of cocaine,
        45 of meth"."""
        for prev, d in itertools.pairwise(drafts):
            if d.form != "bare" or d.measured or d.item is not None or prev.unit not in MASS_OR_VOLUME or \
                    prev.raw_unit is None or not self.listed_after(prev, d):
                continue
            m = re.compile(r"\s+(?:de|of)\s+").match(self.scan, d.end)
            goods = self.lex.commodity_re.match(self.scan, m.end()) if m else None
            if goods is None:
                continue
            d.unit, d.raw_unit, d.form = prev.unit, prev.raw_unit, "measure"
            d.value = d.raw_value * (prev.value / prev.raw_value if prev.raw_value else 1)
            d.commodity = d.item = self.lex.commodities[commodity_key(goods.group(1))]
            d.end = goods.end()

    def bare_millions(self, d: Draft) -> bool:
        """True for a figure in millions with no unit, currency, item nor rate: "hasta 5 millones"."""
        return d.form == "bare" and not d.measured and not d.rate and d.item is None and \
            MILLIONS.search(self.scan, d.start, d.end) is not None

    def listed_after(self, prev: Draft, d: Draft) -> bool:
        """True when ``d`` is the next figure of a list ``prev`` is in: "48 armas, 215 cargadores y 6 rifles",
        "4.5 millones de dólares ..., así como 18 vehículos", "17 granadas de fragmentación y 45 chalecos"; a qualifier
        before ``d`` is no gap ("21 handguns and about 2,000 rounds")."""
        if prev.sentence != d.sentence:
            return False
        qualifier = self.ends_with("qualifiers", d.start, window=30)  # "21 handguns and about 2,000 rounds"
        end = qualifier.start() if qualifier and qualifier.start() > prev.end else d.start
        gap = CONVERTED.sub("", self.text[prev.end:end], count=1)  # "2.3 million liters (608,000 gallons)"
        gap = MODEL.sub("", self.rx(r"\A(?:\s+(?:son|eran|fueron|are|were))?\s+WORDS\.?\s*\.?\d+(?:[.,x]\d+)*(?:\s*mm)?(?!\w)",
                                    "caliber_words").sub("", gap, count=1))  # "11 son calibre 7.62x39 mm y ocho calibre .223"
        folded = fold_chars(gap)
        cuts = [folded]
        for words in (1, 2):
            m = COMPLEMENT[words].match(folded)
            if m and gap[:m.end()] == gap[:m.end()].lower():
                cuts.append(folded[m.end():])
        m = self.rx(r"\s+WORDS(?![a-z])", "goods_forms").match(folded)
        if m:
            cuts.append(folded[m.end():])  # "2,000 pounds of fentanyl powder and 24 pill presses"
        m = COPULA_COMPLEMENT.match(folded) or EACH.match(folded)
        if m:
            cuts.append(folded[m.end():])  # "de las cuales 348 son largas y 164 cortas", "de 2 mil litros cada uno, seis"
        if any(self.joins_list(cut) for cut in cuts):
            return True
        # where the goods were, then the list goes on: "1.2 millones de litros de combustible ... en un predio de
        # Altamira, así como 30 autotanques"; a joiner no clause opens with, after a comma, no figure between
        joiner = self.rx(r",\s*WORDS\s*\Z", "list_joiners").search(folded)
        undated = re.sub(r"(?<!\d)(?:18|19|20)\d\d(?!\d)", "", folded)  # "in Vernon in 2024, along with 27 counting machines"
        return joiner is not None and len(folded) <= LISTED_GAP_CHARS and not re.search(r"[0-9;:]", undated)

    def joins_list(self, gap: str) -> bool:
        """True for the words between two listed figures: a comma, "and", "as well as", ", así como"."""
        words = " ".join(fold_chars(gap).split())
        return words in LIST_GAPS or words.lstrip(", ") in self.words("list_joiners") or \
            UNNUMBERED.fullmatch(words) is not None

    def ranked_after(self, prev: Draft, d: Draft) -> bool:
        """True when ``d`` is the next place of a ranking led by ``prev``: "Guanajuato con 2,104 víctimas,
        seguido de Chihuahua con 1,387"; ``d`` names no noun of its own."""
        if d.form != "bare" or d.measured or d.rate or d.item is not None or \
                (prev.item is None and not self.bracketed_alone(prev)):
            return False  # a bracketed ranking names its noun before the first place: "con más homicidios: Colima (52)"
        hedge = self.ends_with("qualifiers", d.start, window=30)  # "followed by Tamaulipas with nearly 13,000"
        gap = self.text[prev.end:hedge.start() if hedge is not None and hedge.start() > prev.end else d.start]
        if BRACKETED_PLACE.fullmatch(gap) and re.match(r"\s*\)", self.text[d.end:]):
            return True  # "Guanajuato, con mil 304 víctimas, encabezó la lista, seguido de Chihuahua (982)"
        return len(gap) <= 60 and (RANKED_PLACE.fullmatch(gap) is not None or GAPPED_PLACE.fullmatch(gap) is not None)

    def read_ranking_openers(self, drafts: list[Draft]) -> None:
        """A sentence opening a ranking of places with bare figures reads them like the last figure of the sentence
        before that names its noun: "... cuando se registraron 2 mil 365 víctimas. Celaya, con 388, León, con 341, e
        Irapuato, con 226, concentraron ..." (victims, all three)."""
        for n, d in enumerate(drafts):
            span = self.sentence_span(d.sentence)
            if d.form != "bare" or d.measured or d.rate or d.item is not None or \
                    not self.opens_ranking(span.start, d.start):
                continue
            before = [i for i in range(d.sentence - 1, -1, -1) if not self.blank_sentence(i)][:1]
            source = next((p for p in reversed(drafts[:n]) if before and p.sentence == before[0] and p.item is not None
                           and not p.percent and not p.currency), None)
            if source is None:
                continue
            self.take_reading(d, source, unit=True)
            for prev, nxt in itertools.pairwise(drafts[n:]):
                if nxt.sentence != d.sentence or not self.ranked_after(prev, nxt):
                    break
                self.take_reading(nxt, prev, unit=True)  # "León, con 341, e Irapuato, con 226"

    def is_average(self, d: Draft) -> bool:
        """True for an average: "a monthly average of 190,000", "un promedio diario de 67", and a bare figure
        its clause says is one ("El promedio diario de detenciones fue de 650")."""
        qualifier = self.ends_with("qualifiers", d.start, window=30)
        if self.ends_with("average_words", qualifier.start() if qualifier else d.start) is not None:
            return True
        clause = self.clause_span(d)
        if self.rx(r"(?:\s+[a-z]+){0,3}?\s+WORDS(?![a-z])", "average_after").match(self.scan, d.end) or (
                d.form == "bare" and d.item is None and self.rx(r"\s+WORDS(?![a-z])", "per_period").match(self.scan, d.end)):
            return True  # "about 60 people a year on average", "1,912 encounters, about 64 a day"
        return d.form == "bare" and d.item is None and \
            self.rx("(?<![a-z])WORDS(?![a-z])", "average_words").search(self.scan, clause.start, d.start) is not None

    def subject_clause_start(self, d: Draft) -> int:
        """Start of the clause that names the subject of a bare figure: its own, else the clause before when its
        own opens with a conjunction that carries the subject over ("Las muertes ... bajaron un 27%, aunque
        siguen por encima de las 80.000")."""
        clause = self.clause_span(d)
        aside = ASIDE_BEFORE.search(self.scan, max(0, clause.start - 40), clause.start)
        if d.form == "bare" and aside is not None and not self.rx(r"\s*WORDS\s", "subject_carriers").match(
                self.scan, clause.start):
            return self.clause_span(Draft(start=aside.start(), end=aside.start(), value=0, raw_value=0,
                                          words_only=False, sentence=d.sentence)).start  # past ", mostly fentanyl,"
        if d.form != "bare" or not self.rx(r"\s*WORDS\s", "subject_carriers").match(self.scan, clause.start) or \
                self.rx(r"WORDS\s", "others").match(self.scan, d.start):
            return clause.start  # "pero otras 16 fueron trasladadas": others, no more of the same
        return self.sentence_span(d.sentence).start

    def held_in(self, d: Draft) -> bool:
        """True for what holds the goods seized, not the goods: "seized 8 tons from two vessels", "aseguraron 2
        toneladas en dos lanchas"; not the object of a seizure noun: "el aseguramiento de tres vehículos"."""
        if not self.ends_with("holders_before", d.start, window=15):
            return False
        return not self.rx(r"(?<![a-z])WORDS\s+(?:de|of)\s*\Z", "seizure_nouns").search(
            self.scan, max(0, d.start - 40), d.start)

    def opens_with_seizure_verb(self, d: Draft) -> bool:
        """True when the quantity's sentence opens with a headline's seizure verb ("Cae cargamento de 400 kilos")."""
        span = self.sentence_span(d.sentence)
        m = self.rx(r"[\s\"“¡]*(WORDS)\s", "headline_seizure_verbs").match(self.scan, span.start)
        return m is not None and self.text[m.start(1)].isupper()

    def traded_by_relative(self, d: Draft) -> bool:
        """True for goods a relative clause says someone bought, sold or moved: "dismantled a network that bought more
        than 600 firearms", "una red que introdujo 3 toneladas": the trade, no goods seized by the verb before it."""
        return self.rx(r"(?<![a-z])(?:that|who|which|que|quien|quienes)\s+(?:[a-z]+\s+){0,2}?WORDS\s+(?:[a-z]+\s+){0,3}\Z",
                       "trade_verbs").search(self.scan, max(0, d.start - 80), d.start) is not None

    def opens_with_subset_of_goods(self, d: Draft) -> bool:
        """True when the quantity's sentence opens by picking out some of the goods told before: "Among the weapons
        were two .50-caliber rifles", "Entre las armas aseguradas había tres fusiles Barrett"."""
        span = self.sentence_span(d.sentence)
        m = self.rx(r"[\s\"“]*WORDS\s+", "subset_sentence_openers").match(self.scan, span.start)
        return m is not None and m.end() < d.start and self.lex.commodity_re.match(self.scan, m.end()) is not None

    def read_seized_subject(self, d: Draft) -> None:
        """A bare figure whose clause is about seizures of goods counts the goods seized: "Seizures of fentanyl
        pills climbed to 1.2 million", "los decomisos de cartuchos llegaron a 900 mil"."""
        if d.kind != "count" or d.form != "bare" or d.measured or d.rate or d.item is not None:
            return
        m = self.rx(r"(?<![a-z])WORDS\s+(?:of|de)\s+(?:the\s+|la\s+|los\s+|las\s+)?", "seizure_nouns").search(
            self.scan, self.subject_clause_start(d), d.start)  # "Seizures of cocaine rose 12%, from 5,000 to 5,600"
        goods = self.lex.commodity_re.match(self.scan, m.end()) if m else None
        seized = goods is not None
        if goods is None and (goods := GOODS_SUBJECT.match(self.scan, self.subject_clause_start(d))) is not None:
            # the goods themselves as the subject: "Las armas aseguradas pasaron de 31 a 77", "Rifles seized rose from 31"
            goods = self.lex.commodity_re.match(self.scan, goods.end())
            seized = goods is not None and self.seized_here_or_before(d, Span(goods.end(), d.start))
        if goods is None:
            return
        d.kind, d.commodity = "seizure" if seized else "count", self.lex.commodities[commodity_key(goods.group(1))]
        after = re.match(r"[\s-]+([a-z]+)", self.scan[goods.end():goods.end() + 20])
        packaging = self.lex.packaging.get(after.group(1)) if after else None
        d.item = f"{d.commodity} {packaging}" if packaging else d.commodity

    def is_population(self, d: Draft) -> bool:
        """True for the people of a place: "a city of about 240,000 people", "a state of 1.6 million"."""
        if d.measured or d.rate or (d.item is not None and d.head not in self.words("people_nouns")):
            return False
        qualifier = self.ends_with("qualifiers", d.start, window=30)
        if self.ends_with("populated_places", qualifier.start() if qualifier else d.start) is not None:
            return True
        clause = self.clause_span(d)  # "La población es de 3 millones", "the population reached 130 million"
        return d.item is None and self.rx(r"(?<![a-z])WORDS(?![a-z])", "population_words").search(
            self.scan, clause.start, d.start) is not None

    def tells_judgment(self, sentence: int) -> bool:
        """True when sentence number ``sentence`` tells a court's judgment ("ordered to forfeit", "multa")."""
        span = self.sentence_span(sentence)
        return self.rx("(?<![a-z0-9])WORDS", "judgment_words").search(self.scan, span.start, span.end) is not None

    def court_forfeits(self, start: int, end: int) -> bool:
        """True when a court is the subject of a seizing verb between ``start`` and ``end``: "Juez federal decomisa
        80 millones de pesos", "a judge forfeited $3 million" (a forfeiture, no goods seized at the scene); not "the
        court heard that agents seized $5 million"."""
        verb = self.rx(r"(?:\s+(?!(?:that|que)\s)[a-z]+){0,2}?\s+WORDS", "seizure_triggers")
        return any(verb.match(self.scan, m.end(), end) for m in
                   self.rx(r"(?<![a-z0-9])WORDS(?![a-z])", "court_nouns").finditer(self.scan, start, end))

    def tells_possibility(self, sentence: int) -> bool:
        """True when sentence number ``sentence`` tells what can be, not what was ("can be pressed into"), or what goods
        cost ("una caja de 50 cartuchos cuesta unos 900 pesos")."""
        span = self.sentence_span(sentence)
        return any(self.rx(r"(?<![a-z0-9])WORDS(?![a-z0-9])", name).search(self.scan, span.start, span.end) is not None
                   for name in ("modal_after", "price_words"))

    def share_when(self, drafts: list[Draft]) -> None:
        """A bare figure of a "when" clause or of a difference ("1 mil 200 menos que en 2025") is the same measure
        as the last figure of its sentence that names its item, a percentage aside: "1,942 víctimas ..., una
        disminución de 18%, cuando se registraron 2,368";
        so is a bare figure of a sentence opening with the period compared, of the sentence before: "suman 127
        homicidios ... En el mismo periodo de 2025 se contabilizaron 160" (``same_period_openers``), and the places of a
        ranking opening a sentence (``read_ranking_openers``)."""
        for n, d in enumerate(drafts):
            if d.form != "bare" or d.measured or d.rate or d.item is not None:
                continue
            clause = self.clause_span(d)
            difference = DIFFERENCE.match(self.scan, d.end) is not None  # "1 mil 200 menos que en febrero de 2025"
            if WHEN.search(self.scan, clause.start, d.start) or difference:
                sentences = {d.sentence}
            elif self.opens_same_period(d):
                sentences = {d.sentence, d.sentence - 1}
            else:
                continue
            named = next((p for p in reversed(drafts[:n]) if p.sentence in sentences and not p.percent
                          and (p.item is not None or not difference)), None)
            if named is not None and named.item is not None:
                self.take_reading(d, named, unit=True)
        self.read_ranking_openers(drafts)  # then a ranking opening the next sentence: "Celaya, con 388, León, con 341"

    def opens_same_period(self, d: Draft) -> bool:
        """True for a count whose sentence opens with the period it compares and then only a verb: "En el mismo
        periodo de 2025 se contabilizaron 160", "A year earlier, agents made 136,000"; not "En el mismo periodo,
        los homicidios dolosos bajaron de 86.9 a 59.5", which names its own subject."""
        span = self.sentence_span(d.sentence)
        m = self.rx(r"[\s\"“¿¡]*WORDS(?![a-z])", "same_period_openers").match(self.scan, span.start, d.start)
        if m is None or d.kind != "count":
            return False
        words = re.sub(r"\b(?:de|of|in)\s+(?:18|19|20)\d\d\b", "", self.scan[m.end():d.start]).split()
        return len(words) <= 3

    def seized_here_or_before(self, d: Draft, span: Span) -> bool:
        """True when ``span`` or the sentence before ``d``'s seizes or finds goods: "De las armas aseguradas, ...", "Se
        aseguraron 19 armas largas. De las armas largas, 11 son calibre 7.62"."""
        before = [self.sentence_span(i) for i in range(d.sentence - 1, max(-1, d.sentence - 3), -1) if not self.blank_sentence(i)]
        return any(self.has_trigger(name, s) for name in ("seizure_triggers", "discovery_triggers") for s in [span, *before[:1]])

    def read_seized_partitive(self, d: Draft) -> None:
        """Figures of a sentence opening with goods seized are part of them: "De las armas aseguradas, 4 mil 230
        son largas y 2 mil 182 cortas" (seizures of arms, the short ones too)."""
        span = self.sentence_span(d.sentence)
        m = SEIZED_OF.match(self.scan, span.start)
        goods = self.lex.commodity_re.match(self.scan, m.end()) if m else None
        if goods is None or d.kind != "count" or not (d.form == "bare" or d.item_words in self.words("elided_modifiers")):
            return
        comma = self.scan.find(",", goods.end(), d.start)
        if comma < 0 or not self.seized_here_or_before(d, Span(goods.end(), comma)):
            return
        d.kind = "seizure"
        d.commodity = d.item = self.lex.commodities[commodity_key(goods.group(1))]
