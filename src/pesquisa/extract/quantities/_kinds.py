"""The kind of each quantity: money, statistic, seizure or count, decided from its sentence."""

from __future__ import annotations

import itertools
import re

from pesquisa.extract.quantities._cases import Cases
from pesquisa.extract.quantities._cash import CashLists
from pesquisa.extract.quantities._charged import Charged
from pesquisa.extract.quantities._cover import Cover
from pesquisa.extract.quantities._draft import MASS_OR_VOLUME, UNIT_KINDS, Draft
from pesquisa.extract.quantities._forfeits import Forfeits
from pesquisa.extract.quantities._found import Found
from pesquisa.extract.quantities._lexicon import commodity_key
from pesquisa.extract.quantities._period_totals import PeriodTotals
from pesquisa.extract.quantities._potential import Potential
from pesquisa.extract.quantities._seized_later import SeizedLater
from pesquisa.extract.quantities._seizers import Seizers
from pesquisa.records import Span

DIGIT = re.compile(r"\d")
# A figure of another year set beside the one before it: "About 110,000 deaths in 2022; roughly 80,400 in 2024"
PARALLEL_BY_PERIOD = re.compile(r"\s+(?:in|en|durante|during)\s+(?:(?:fiscal|el|fy)\s+)?(?:18|19|20)\d\d"
                                r"(?:\s*[;,]\s*|(?:\s*,)?\s+(?:and|y|e)\s+)")
# The word before the other end of a change: "from 80 to 60", "de 86 a 64"; not the English article of "a 41% increase"
CHANGE_TO = {"en": re.compile(r"(?<![a-z])to\s+\Z"), "es": re.compile(r"(?<![a-z])(?:a|hasta)\s+\Z")}
# The subject of a percentage whose verb is left out, after "and": "... y el secuestro 21 por ciento", "and kidnapping 21%"
GAPPED_SUBJECT = re.compile(r"\s*,?\s+(?:y|e|and)\s+(?:(?:el|la|los|las|the)\s+)?[a-z]+(?:\s+(?:de|del|of)\s+[a-z]+)?\s+")
# Crimes as the subject opening a sentence: "Robberies fell 20%", "Reports of extortion rose", "Las extorsiones subieron"
CRIME_SUBJECT = (r"[\s\"“]*(?:(?:the|los|las|el|la)\s+)?(?:(?:number|numero|reports|denuncias|cases|casos)\s+(?:of|de|por)\s+)?"
                 r"WORDS(?![a-z])")
# What may stand between a counted noun and the verb telling its death: a complement of a few words and an
# aside between commas ("de la Policía Estatal, de 28 y 34 años,"); not a topic ("carpetas de investigación por
# homicidio" are no deaths)
APPOSITION = (r"(?:\s+(?:de|of|aged)\s+\d+\s+(?:(?:anos|years)\s+)?(?:y|o|and|or)\s+(?:mas|older|over))?"  # "de 18 años y más"
              r"(?:\s+(?:de|del|of|from)\s+(?:(?:la|el|los|las|the)\s+)?[a-z]+"
              r"(?:\s+(?!(?:por|for|para|sobre|contra|against|on|about|into|over)\s)[a-z]+){0,2})?"
              r"(?:\s*,[^,.;:()]{1,40},)?")

# the vehicle or place the goods were carried in, between the verb and them: "transportaban en un tractocamión 48
# paquetes", "were transporting in a tractor-trailer 300 pounds of meth"
VEHICLE_BETWEEN = (r"(?:(?:en|in|on|inside|aboard|a\s+bordo\s+de)\s+(?:(?:un|una|el|la|su|sus|a|an|the|his|her|their)\s+)?"
                   r"[a-z-]+\s+)?")


class Kinds(Forfeits, Seizers, Cases, CashLists, Potential, Cover, Found, SeizedLater, Charged, PeriodTotals):
    """The kind of each quantity: money, statistic, seizure or count, decided from its sentence."""

    def classify(self, drafts: list[Draft]) -> None:
        """Sets each draft's kind; a number listed right after a statistic or a seizure shares it,
        and so does the bare other end of a change ("from 80 to 60 a day", "down from 2,100")."""
        self.read_elided_currency(drafts)
        self.read_elided_units(drafts)
        for prev, d in itertools.pairwise(drafts):
            if d.form == "elided" and prev.form == "np" and self.listed_after(prev, d):
                d.item, d.head, d.item_words = prev.item, prev.head, prev.item_words  # its noun left out
                d.commodity, d.packaging = prev.commodity, prev.packaging
        for n, d in enumerate(drafts):
            d.kind = self.kind_of(d)
            if d.kind == "count" and d.weighs_referred and any(p.kind == "seizure" and p.commodity == d.commodity
                                                                for p in drafts[:n]):
                d.kind = "seizure"  # "aseguró 2.3 toneladas de cocaína. ... La droga, unas 5 mil libras": that seizure
            self.read_seized_partitive(d)
            self.read_seized_subject(d)
        for prev, d, listed in self.list_links(drafts):
            if d.commodity is not None and prev.head in self.words("not_goods") and self.opens_subset(prev, d):
                d.kind, d.commodity = prev.kind, None  # "6 personas, entre ellas dos químicos": chemists, no chemicals
                d.item = self.text[d.start:d.end].split(maxsplit=1)[-1]
            elif d.form == "elided" and (d.item is not None or self.take_left_out_noun(prev, d, listed=listed)):
                d.kind = prev.kind  # "tres camionetas de carga, dos de pasajeros": what the figure before is
            elif listed and d.kind == "count" and prev.kind == "statistic" and d.form in ("origin", "partitive", "bare"):
                d.kind = "statistic"  # "27 from Mexico, 14 from Honduras, seven from Guatemala"
            elif d.kind == "count" and prev.kind in ("statistic", "seizure") and self.opens_subset(prev, d):
                d.kind = prev.kind  # "87 víctimas, entre ellas 12 menores", "27 vehicles, including six trucks"
                if d.item is None:
                    d.item, d.commodity = prev.item, prev.commodity  # "14 vehicles, seven of them armored"
            elif listed and d.kind == "count" and prev.kind == "seizure" and (self.is_seizable(d) or self.weighs_goods(d)):
                self.take_listed_seizure(prev, d)  # "con 200 mil pastillas, 3.5 kilos de fentanilo y 8 kilos de ..."
            elif d.currency and prev.currency and d.kind != prev.kind and self.converts_money(prev, d):
                d.kind = prev.kind  # "seized 3 million pesos ($160,000) in cash": the same money, converted
            elif listed and d.kind == "money" and prev.kind == "seizure" and prev.currency:
                d.kind = "seizure"  # "decomisaron 2,5 millones de pesos, 150 mil dólares y 30 mil euros en efectivo"
            elif listed and d.kind == "count" and prev.kind == "seizure" and prev.commodity and self.bare(d):
                d.kind, d.item, d.commodity = "seizure", prev.commodity, prev.commodity  # "620 fusiles AR-15, 410 AK-47"
        for prev, d in itertools.pairwise(drafts):
            if prev.sentence == d.sentence and self.ranked_after(prev, d):
                self.take_reading(d, prev, unit=True)  # "Guanajuato con 2,104 víctimas, seguido de Chihuahua con 1,387"
            elif prev.sentence == d.sentence:
                self.share_change(prev, d)
                self.share_fall(prev, d)
                if d.kind == "count" and prev.kind == "seizure" and self.is_seizable(d) and self.listed_after(prev, d):
                    self.take_listed_seizure(prev, d)  # "de las cuales 348 son largas y 164 cortas": 348 seized by now
                elif d.kind == "count" and prev.kind == "statistic" and d.head in self.words("group_nouns") and \
                        self.listed_after(prev, d):
                    d.kind = "statistic"  # "Las víctimas sumaron 531, de las cuales 389 fueron hombres y 142 mujeres"
        for prev, d in reversed(list(itertools.pairwise(drafts))):
            seized_after = self.rx("(?<![a-z0-9])WORDS", "seizure_triggers").search(self.scan, d.end, self.clause_span(d).end)
            # "recovered 294 drones and 280 kg of heroin": the verb that found the goods found the things listed with them
            found = self.has_trigger("discovery_triggers", Span(self.clause_span(prev).start, prev.start))
            if prev.kind == "count" and d.kind == "seizure" and (seized_after or found) and self.listed_after(prev, d) and (
                    self.is_seizable(prev) or self.weighs_goods(prev)):
                prev.kind = "seizure"  # "23 vehicles, 2 boats seized in crackdown": the verb after the list seizes it all
        self.share_when(drafts)
        self.read_victims_parts(drafts)
        self.read_cash_listed_before(drafts)  # "1.5 MDD y 800 mil pesos en efectivo": both seized

    def list_links(self, drafts: list[Draft]) -> list[tuple[Draft, Draft, bool]]:
        """(figure before, figure, listed) for each figure after the first; the size of the containers counted before
        it is stepped over: in "15 reactores de 500 litros y cuatro condensadores" the condensers follow the reactors."""
        links = []
        for n, (prev, d) in enumerate(itertools.pairwise(drafts)):
            listed = self.listed_after(prev, d)
            sizer = drafts[n - 1] if n > 0 else None
            sizing = (prev.kind == "count" and prev.unit in MASS_OR_VOLUME) or prev.kind == "length"
            if listed and sizer is not None and sizing and self.sizes_figure_before(sizer, prev):
                prev = sizer  # "15 reactores de 500 litros y cuatro condensadores", "dos narcolanchas de 14 metros, seis motores"
            links.append((prev, d, listed))
        return links

    def sizes_figure_before(self, sizer: Draft, d: Draft) -> bool:
        """True for a measure sizing the things counted right before it: "15 reactores de 500 litros", "cuatro reactores
        de síntesis con capacidad de 2 mil litros cada uno", "four reactors with a capacity of 2,000 liters each"."""
        gap = self.scan[sizer.end:d.start]
        if re.fullmatch(r"\s+(?:de|of)\s+", gap):
            return d.kind == "length" or self.is_container_size(d)
        return len(gap) <= 60 and not re.search(r"[0-9;:,]", gap) and bool(self.rx("WORDS", "capacity_words").search(gap))

    def share_change(self, prev: Draft, d: Draft) -> None:
        """The bare end of a change takes the kind, item and unit of the figure at its other end.

        "al pasar de 86 a 64 víctimas diarias", "fell from 80 a day to about 60 a day": the first
        end is read like the second, unit included ("from 5 to 10 percent"). "1,200 pounds of
        fentanyl, down from 2,100", "70,000 died, down from 74,000", "killed 48,000 people, or
        roughly 130 a day", "de los cuales 92 mil 400": the second is read like the first, but a
        percentage change is no unit of the level after it ("fell 27%, to 80,400"). A bare figure set beside the one
        before by its year, or told as its running total, is read like it ("110,000 deaths in 2022; roughly 80,400 in 2024").
        """
        qualifier = self.ends_with("qualifiers", d.start, window=30)
        gap = self.scan[prev.end:qualifier.start() if qualifier else d.start]
        parallel = PARALLEL_BY_PERIOD.fullmatch(gap) or self.tallies(prev, gap)  # "50 armas; suman mil 900"
        if self.bare(d) and d.item is None and not prev.percent and parallel:
            self.take_reading(d, prev, unit=True)  # "About 110,000 deaths in 2022; roughly 80,400 in 2024"
            return
        gap_figures = self.rx(r"\d+\s+WORDS(?![a-z])", "time_nouns").sub("", re.sub(r"\b(?:18|19|20)\d\d\b", "", gap))
        if len(gap) > 80 or re.search(r"\d|[;:()]", gap_figures):
            return  # another figure between them; a year or a span may stand there ("in the 12 months ending in June")
        if self.bare(prev) and re.fullmatch(r"\s+(?:de\s+(?:las|los)|of\s+the)\s+", gap):
            self.take_reading(prev, d, unit=True)  # "15 mil 600 de las 128 mil personas desaparecidas"
        elif (self.bare(prev) or (self.bare(d) and d.item in (None, prev.item) and not prev.percent)) and \
                self.rx(r"(?:from|de|desde)\s+(?:WORDS\s+)?\Z", "change_openers").search(
                    self.scan, max(0, prev.start - 40), prev.start) and re.search(CHANGE_TO[self.lang], gap) and \
                not self.links_back(gap):  # "fue de 25.6 en 2025, frente a 29": a comparison, no change
            # "de 86 a 64 víctimas": the first end read like the second; "cayeron de 27.000 libras en 2023 a unas
            # 12.000": the second like the first
            if self.bare(prev):
                self.take_reading(prev, d, unit=True)
                self.take_scale(prev, d)  # "de 5 a 10 millones de dólares": 5 millones
            else:
                self.take_reading(d, prev, unit=True)
        elif self.bare(d) and d.item is None and (prev.kind != "count" or prev.item or prev.unit) and \
                self.links_back(gap, after_change=prev.percent):
            self.take_reading(d, prev, unit=not prev.percent)
            if prev.percent:
                d.kind = self.level_kind(prev)  # "deportations rose 12%, to 198,000": a count, not a share
        elif self.bare(d) and d.item is None and (prev.unit or prev.currency) and not prev.percent and \
                self.rx(r"WORDS\s", "others").match(self.scan, d.start):
            self.take_reading(d, prev, unit=True)  # "se aseguraron 10 millones de litros ..., y en julio otros 8 millones"
        elif d.unit and d.unit == prev.unit and not prev.percent and self.links_back(gap):
            d.kind = prev.kind  # "promedió 5,800 barriles diarios, frente a 6,900 barriles un año antes": the same measure
            d.item, d.commodity = d.item or prev.item, d.commodity or prev.commodity

    def take_listed_seizure(self, prev: Draft, d: Draft) -> None:
        """``d``, listed after the seized ``prev``, is seized: "se aseguraron dos armas cortas, 60 cartuchos, 3 vehículos";
        an adjective standing for the noun takes its goods ("38 armas largas, 12 cortas": short arms)."""
        d.kind = "seizure"
        if prev.commodity and d.commodity is None and d.item_words in self.words("elided_modifiers"):
            d.commodity = d.item = prev.commodity

    def share_fall(self, prev: Draft, d: Draft) -> None:
        """A percentage whose verb is left out shares the fall of the one before: "El robo de vehículo disminuyó 14.2 por
        ciento y el secuestro 21 por ciento", "Robbery fell 12% and kidnapping 21%"."""
        if prev.percent and d.percent and prev.value < 0 < d.value and GAPPED_SUBJECT.fullmatch(self.scan, prev.end, d.start):
            d.value = -d.value

    def level_kind(self, change: Draft) -> str:
        """Kind of the level a percentage change reaches ("rose 12%, to 198,000"), from the subject before the change:
        a statistic for deaths, rates, averages, populations, records and crimes ("Overdose deaths fell 27%, to 80,400",
        "Robberies fell 20%, to 1,300"), a seizure
        for seizures ("Los decomisos cayeron 20%, a 9 mil"), else a count."""
        before = Span(self.sentence_span(change.sentence).start, change.start)
        if any(self.rx("(?<![a-z])WORDS", name).search(self.scan, before.start, before.end)
               for name in ("death_words", "rate_words", "average_words", "population_words")):
            return "statistic"
        if any(self.rx(CRIME_SUBJECT, name).match(self.scan, before.start) for name in ("case_crimes", "crime_totals")):
            return "statistic"  # "Reports of extortion rose by a third, to 240"; not "Las detenciones por delitos"
        if self.rx("(?<![a-z])WORDS", "seizure_nouns").search(self.scan, before.start, before.end):
            return "seizure"
        return "count"

    def links_back(self, gap: str, *, after_change: bool = False) -> bool:
        """True when ``gap`` ends with words making the next figure another reading ("frente a los", "down 23.8% from")."""
        if after_change and re.fullmatch(r"\s+(?:from|desde)\s+", gap):
            return True
        return any(self.rx(template, name).search(gap) for template, name in (
            (r"(?<![a-z])WORDS,?\s+(?:(?:los|las|the)\s+)?\Z", "change_links"), (r",\s*WORDS,?\s+\Z", "change_links_after_comma"),
            (r"(?<![a-z])WORDS,?\s+\Z", "relative_partitives")))

    def kind_of(self, d: Draft) -> str:
        """money | statistic | length | seizure | count, in that order of precedence."""
        if d.currency:
            return "seizure" if self.is_cash_seized(d) else "money"
        if d.percent or d.times or d.rate:
            return "statistic"
        if d.unit in UNIT_KINDS:
            return UNIT_KINDS[d.unit]  # "destruyeron 4 hectáreas de amapola", "a tunnel of 300 meters": no goods seized
        if self.bare(d) and d.item is None and d.value != int(d.value):
            return "statistic"  # "al pasar de 86.9 a 59.1": a level or an average; no count is a fraction
        if d.form == "np" and d.head and self.rx("WORDS", "seizure_triggers").fullmatch(d.head):
            return "count"  # "312 fentanyl busts", "dos decomisos de cocaína": seizures counted, not goods
        goods = d.unit in MASS_OR_VOLUME or d.commodity is not None or d.packaging is not None
        could = self.rx("(?<![a-z0-9])WORDS", "potential_words").search(self.scan, self.clause_span(d).start, d.start)
        if not goods and not could and (self.is_death_figure(d) or d.head in self.words("population_words")):
            return "statistic"  # not "enough to kill 6.8 million people": deaths that could be
        if not goods and (self.is_average(d) or self.is_population(d) or self.levels_a_rate(d)):
            return "statistic"  # "a monthly average of 190,000", "a city of about 240,000 people"
        if not goods and self.is_period_total(d):
            return "statistic"  # "durante 2025 se abrieron 1,245 carpetas", "en 2025 detuvieron a 1.830 personas"
        typical = self.rx(r"[\s\"“]*WORDS(?![a-z])", "average_openers").match(self.scan, self.sentence_span(d.sentence).start)
        if goods and (typical or self.ends_with("average_words", d.start, window=25)):
            return "statistic"  # "el combustible robado promedió 5,800 barriles diarios": an average, no goods seized
        if self.rx(r"\s+(?:con|with|containing)\s+(?:[a-z]+\s+){0,2}?WORDS", "death_words").match(self.scan, d.end):
            return "statistic"  # "1,850 bolsas con restos", "bags containing human remains": the dead, not goods
        clause = self.clause_span(d)
        if self.tells_capacity(d, clause) or self.traded_by_relative(d):
            return "count"  # "un buque con capacidad para 800 mil litros", "a network that bought 600 firearms"
        if self.is_cover_load(d):
            return "count"  # "oculta en un cargamento de 18 toneladas de aguacate", "escondidos entre 1.200 cajas de fruta"
        if d.unit in MASS_OR_VOLUME and (self.is_container_size(d) or self.sizes_each(d)):
            return "count"  # "35 tambos de 200 litros", "55-gallon drums", "fardos de 35 kilos cada uno": each one's size
        if self.is_potential(d, clause):
            return "count"
        if self.is_flow(d, clause):  # "moved 10 to 15 tons of cocaine each year": the traffic's yearly measure
            return "statistic" if d.unit in MASS_OR_VOLUME else "count"  # "200 mil armas al año": guns counted
        if self.is_production_total(d, clause):
            return "statistic"  # "Colombia produced a record 2,664 tons of cocaine in 2023"
        if self.in_seized_list(d) and (goods or self.is_seizable(d)):
            return "seizure"  # "donde se aseguraron:" and a bullet "- 35 tambos con sustancias químicas"
        sentence = self.sentence_span(d.sentence)
        outside = self.outside_item(d, sentence)
        if goods and any(self.has_trigger(name, s) for name in ("seizure_triggers", "discovery_triggers") for s in outside):
            return "seizure"
        if goods and self.has_trigger("destruction_triggers", Span(clause.start, d.start)):
            return "seizure"  # "México destruye 1.500 kilos de fentanilo"
        if goods and (self.caught_with(d, clause) or self.opens_with_seizure_verb(d) or self.held_or_charged(d, clause)):
            return "seizure"  # "detenidos en Hermosillo con 40 kilos de metanfetamina", "convicted for importing 52 kilos"
        if self.packs_seized_load(d):
            return "seizure"  # "The cocaine was packed in 8,000 bricks" under a headline or after a seizure
        if (d.commodity is not None or d.unit in MASS_OR_VOLUME or self.carries_packages(d)) and self.seizure_told_before(d):
            return "seizure"  # "aseguraron un semisumergible. (...) transportaba 179 bultos de cocaína"
        if d.commodity is not None and self.rx("(?<![a-z])WORDS", "seizure_triggers").search(self.scan, d.start, d.end):
            return "seizure"  # "4 mil 350 armas aseguradas": goods the item itself says were seized
        judged = self.is_forfeited(d, clause)  # "must forfeit two trucks", "Two houses were forfeited"
        if self.is_seizable(d) and not self.held_in(d) and not judged and not self.seizes_itself(d) and \
                self.seized_or_found(d, clause):
            return "seizure"  # "seized 14 vehicles", not "seized 8 tons from two vessels" nor "must forfeit two trucks"
        return "count"

    def caught_with(self, d: Draft, clause: Span) -> bool:
        """Goods right after "con" / "with" in a clause that tells an arrest: "were arrested in Hermosillo with 40
        kilos", "detenidos en Hermosillo con 40 kilos" (the arrest and the goods apart), an alias or an age between
        them; or carried by those arrested: "detuvieron a 3 hombres, que portaban 2 armas cortas"."""
        m = self.rx(r"(?<![a-z])(?:con|with|(WORDS))\s+" + VEHICLE_BETWEEN + r"(?:[a-z]+\s+){0,2}\Z", "carried_words").search(
            self.scan, clause.start, d.start)
        if m is None:
            return False
        sentence = self.sentence_span(d.sentence)
        # "cuando transportaban 48 paquetes con 52 kilos": the goods a carried load held are carried too
        carried = m.group(1) or self.rx(r"(?<![a-z])WORDS", "carried_words").search(self.scan, clause.start, m.start())
        start = sentence.start if carried else self.start_across_asides(clause.start, sentence)  # "a X, alias Y, con"
        end = sentence.end if carried else d.start  # "the boat was carrying 5,200 pounds when crews stopped it"
        return self.rx("(?<![a-z0-9])WORDS", "arrest_words").search(self.scan, start, end) is not None

    def is_cash_seized(self, d: Draft) -> bool:
        """True for money seized: "seized about $5 million", "netted $5 million in cash"; not "valued at $13 million"."""
        clause = self.clause_span(d)
        before = Span(clause.start, d.start)
        if self.priced_by_word(d, before) or self.is_forfeited(d, clause) or self.goods_for_sum(d):
            return False  # "valued at $13 million", "ordered to forfeit $4.5 million", "Juez decomisa 80 millones"
        cash = self.rx(r"(?:\s*\([^()]{1,40}\))?\s+WORDS", "cash_words").match(self.scan, d.end) is not None  # "$1 (£1) in cash"
        cash = cash or self.cash_apposed(d)  # "A quantity of cash, €12,000, was also seized"
        goods = re.compile(r"\s+(?:worth\s+of\s+|in\s+|of\s+|en\s+|de\s+)").match(self.scan, d.end)
        if not cash and goods and self.valued_goods_at(goods.end()):
            return False  # "seize $9 million in fentanyl", "$2 million worth of meth", "$210 million in illegal drugs"
        sentence = self.sentence_span(d.sentence)
        found = self.rx(r"(?<![a-z])WORDS(?!\s+(?:that|que)(?![a-z]))", "discovery_triggers").search(
            self.scan, sentence.start, sentence.end)  # "Officers also found ... $85,000 in cash", "$23,000 in cash were found"
        if cash and (self.has_trigger("seizure_triggers", sentence) or self.in_seized_list(d) or found):
            return True  # and a bullet "- $9.6 million in cash" of a list of what was seized
        if self.caught_with(d, clause):
            return True  # "Capturan a 'El Chapo Isidro' con 2 millones de dólares"
        return self.has_trigger("seizure_triggers", before)

    def valued_goods_at(self, pos: int) -> bool:
        """True when goods other than cash are named at ``pos``, after at most one adjective: "fentanyl", "illegal
        drugs"; not "small bills" (cash itself)."""
        adjective = re.compile(r"[a-z]+\s+").match(self.scan, pos)
        for start in (pos, adjective.end() if adjective else None):
            m = self.lex.commodity_re.match(self.scan, start) if start is not None else None
            if m and self.lex.commodities[commodity_key(m.group(1))] != "cash":
                return True
        return False

    def weighs_goods(self, d: Draft) -> bool:
        """True for a weight or volume of goods that sizes no container and tells no potential ("3.5 kilos de fentanilo")."""
        return d.unit in MASS_OR_VOLUME and d.commodity is not None and not self.is_container_size(d) and \
            not self.is_potential(d, self.clause_span(d))

    def is_container_size(self, d: Draft) -> bool:
        """True for a measure that sizes containers: "tambos de 200 litros", "20 bidones de 50 litros de metanfetamina",
        "200-liter drums"; not one container's contents: "un tanque de 30 mil litros de diésel"."""
        before = self.rx(r"(?<![a-z])(WORDS)(?:\s+de\s+[a-z]+)?\s+(?:de|of)\s+\Z", "container_words").search(
            self.scan, max(0, d.start - 45), d.start)  # "16 tanques de almacenamiento de mil litros"
        if before:
            return d.commodity is None or before.group(1).endswith("s")
        return self.rx(r"(?:-|\s*)WORDS(?![a-z])", "container_words").match(self.scan, d.end) is not None

    def is_flow(self, d: Draft, clause: Span) -> bool:
        """True for a figure per unit of time that its own clause does not seize ("200,000 guns are smuggled each year")."""
        digits = [m.start() for m in DIGIT.finditer(self.scan, clause.start, clause.end)
                  if not d.start <= m.start() < d.end]
        lo = max([clause.start] + [p + 1 for p in digits if p < d.start])  # no other figure's period
        hi = min([clause.end] + [p for p in digits if p >= d.end])
        if not any(self.is_rate_word(m) for m in self.rx("(?<![a-z0-9])WORDS(?![a-z0-9])", "per_period")
                   .finditer(self.scan, lo, hi)):
            return False
        return not any(self.has_trigger(name, s) for name in ("seizure_triggers", "discovery_triggers")
                       for s in self.outside_item(d, clause))

    def is_rate_word(self, m: re.Match[str]) -> bool:
        """True for "each year", "a day", "al año" as a rate: not "a year earlier", "in less than a year"."""
        if self.rx(r"\s+WORDS(?![a-z0-9])", "period_not_after").match(self.scan, m.end()) and \
                not self.rx("WORDS", "period_adjectives").fullmatch(m.group()):
            return False  # not "al día siguiente"; "barriles diarios de combustible" is a rate
        return self.ends_with("period_not_before", m.start(), window=12) is None

    def is_death_figure(self, d: Draft) -> bool:
        """True for deaths and victims: named in the item, right after it, or before it in its clause.

        A counted noun needs the death word close by ("the deaths of 53 migrants"), a bare
        number only in its clause ("Deaths ... rose from 69,000"): "3 bodies found near
        the whereabouts of 3 missing surfers" counts surfers.
        """
        if self.rx("WORDS", "death_words").search(d.item_words) or self.counts_crime_cases(d) or \
                self.item_runs_into(d, "death_words"):
            return True  # "las 12 víctimas", "174 casos de secuestro", "950 personas privadas de la libertad"
        after = (r"\s+(?:more\s+|mas\s+)?(?:were\s+|was\s+|have\s+(?:been\s+)?|has\s+been\s+|had\s+(?:been\s+)?|are\s+"
                 r"|is\s+|remain\s+|remained\s+|fueron\s+|han\s+(?:sido\s+)?|habian\s+(?:sido\s+)?|siguen\s+|resultaron\s+"
                 r"|permanecen\s+)?(?:(?:registered|listed|reported|counted|found)\s+(?:as\s+)?"
                 r"|(?:registrad|reportad|contabilizad|localizad|hallad|encontrad)[oa]s\s+(?:como\s+)?|(?:como|as)\s+)?WORDS")
        if self.rx(after, "death_words").match(self.scan, d.end):
            return True
        told = self.rx(APPOSITION + after, "death_words").match(self.scan, d.end) if d.form == "np" else None
        if told and not self.names_crime_group(d.end, told.end()):
            return True  # "Dos agentes de la Policía Estatal, de 28 y 34 años, murieron"; "Two officers, 28 and 34, died"
        relative = r",?\s+(?:que|quienes|who|that)\s[^.;:,()]{0,80}?(?<![a-z0-9])WORDS"
        m = self.rx(relative, "death_words").match(self.scan, d.end) if d.form == "np" else None
        if m and not self.rx(r"(?<![a-z])WORDS\s+(?:a|al|an|the|his|her|their|two|three|\d+)\s+\Z", "killer_verbs").search(
                self.scan, max(d.end, m.end() - 30), self.end_of_word_after(m.end())):
            return True  # "dos mujeres que ... han sido asesinadas", "30 personas que han encontrado la muerte"
        qualifier = self.ends_with("qualifiers", d.start, window=30)  # "los restos de por lo menos ocho personas"
        clause = self.scan[self.subject_clause_start(d):qualifier.start() if qualifier else d.start]
        if d.form == "np":  # "people died and 35 suspects were held": the suspects did not die
            clause = " ".join(re.split(r"\s(?:and|y|e)\s", clause)[-1].split()[-3:])
            if clause.split()[-1:] and clause.split()[-1] in self.words("place_prepositions"):
                return False  # "phoned victims from 12 call centers", "murieron en 12 municipios": where, not who
        return self.rx("WORDS", "death_words").search(clause) is not None or self.taken_by_killing(d)

    def end_of_word_after(self, pos: int) -> int:
        """End of the blank and the word after ``pos`` (the object a killing verb takes: "mataron a", "killed the")."""
        m = re.compile(r"\s+[a-z0-9]+\s+").match(self.scan, pos)
        return m.end() if m else pos

    def is_seizable(self, d: Draft) -> bool:
        """True for a counted noun that is no person, group, event, victim or population."""
        if d.form != "np" or not d.head:
            return False
        if d.head in self.words("not_goods") or d.head in self.words("population_words") or \
                d.head in self.words("time_nouns"):
            return False  # "sentenced to 25 years ... and ordered to forfeit": a term, no goods
        if self.rx("WORDS", "seizure_triggers").fullmatch(d.head):
            return False  # "dos decomisos", "three seizures": the events, not the goods
        return not self.rx("WORDS", "death_words").fullmatch(d.head)
