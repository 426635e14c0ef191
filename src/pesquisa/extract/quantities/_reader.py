"""Reading one quantity outward from its numeral: currency, unit, range, rate, qualifier. ``Reader`` puts the mixins
together; ``read`` lists the steps in order."""

from __future__ import annotations

import itertools
import math
import re

from pesquisa.extract.quantities._crimes import Crimes
from pesquisa.extract.quantities._draft import AREA, MASS_OR_VOLUME, Draft
from pesquisa.extract.quantities._hotlines import Hotlines
from pesquisa.extract.quantities._lengths import METRE, names_a_place, short_length, sizes_packages, unread_length, with_inches
from pesquisa.extract.quantities._letter_currency import letter_currency
from pesquisa.extract.quantities._numerals import Numeral, read_numeral
from pesquisa.extract.quantities._refer import Refers
from pesquisa.extract.quantities._rejects import Rejects
from pesquisa.extract.quantities._respective import Respective
from pesquisa.extract.quantities._rows import Columns
from pesquisa.extract.quantities._starts import numeral_starts
from pesquisa.extract.quantities._tons import ton_of
from pesquisa.extract.quantities._worth import Worth

RATE = re.compile(r"\s+(?:per|for every|out of|in every|por cada|de cada|por)\s+(?=\d)")
# "seven in ten pills", "3 out of every 4 guns", "dos de cada tres elementos": a share, words or digits
RATIO = re.compile(r"\s+(?:in|out of every|out of|of every|in every|for every|de cada|en cada)\s+")
# A unit sized by a measure after it is a container counted: "24 barrels of 200 liters", "10 barriles de 200 litros"
SIZED_AFTER = re.compile(r"\s+(?:of|de)\s+\d[\d.,]*(?=\s*[a-z])")
# the words of a share of a whole ("one in four", "3 de cada 10", "seven out of every 10"), no rate per capita
SHARE = re.compile(r"\s+(?:in|out of every|out of|of every|in every|de cada|en cada)\s+")
SHARE_BASE = 100  # a share is told of a small whole: "1 in 4", "3 de cada 10", "one in 100"; "25 per 100,000" is a rate
# two measures of the same goods, named once after the second: "4 mil litros y 850 kilos de sustancias químicas"
PAIRED = re.compile(r"\s+(?:y|e|and)\s+(?:(?:more than|about|nearly|mas de|casi|cerca de)\s+)?")
# a figure whose noun is left out, listed after another: "tres camionetas de carga y dos de pasajeros"
ELIDED_BEFORE = re.compile(r"(?:\s(?:y|e|and)|,)\s*\Z")
ELIDED_AFTER = re.compile(r"\s+(?:de|del|of)\s+(?!(?:el|la|los|las|lo|sus?|ellos|ellas|estos|estas|esos|esas|cada|un|una|the"
                          r"|them|those|these|its|their|his|her|each|a|an)(?![a-z]))[a-z]")
ELIDED_COMPLEMENT = re.compile(r"\s+(?:de|del|of)\s+[a-z]+(?:\s+(?!(?:y|e|o|u|and|or|en|in|con|with)(?![a-z]))[a-z]+)?(?![a-z])")
# the ends of a change told after its percentage: "rose 12%, from 5,000 to 5,600", "subió 12%, al pasar de 5 mil a"
PERCENT_THEN_FROM = re.compile(r"(?:%|percent|por ciento)\s*,\s*(?:from|al pasar de|pasando de|de)\s*\Z")
GLUED_SCALE = re.compile(r"(?:bn|mn|m|k)(?=\s)")  # "180bn pesos", "3.6m litres": the scale, then its word
HALF_ARTICLE = re.compile(r"(?<![a-z])la\s+\Z")  # "la mitad de los detenidos"
FINE_DAYS = re.compile(r"\s+(dias(?:\s+(?:de\s+)?multa)?|days)(?![a-z])")
PER_CAPITA = re.compile(r"\s+(?:per|for every|por cada|por)\s+(?=\d)")


class Reader(Rejects, Columns, Crimes, Refers, Respective, Worth, Hotlines):
    """Reads every quantity of one text (see ``read`` for the steps)."""

    def read_all(self) -> list[Draft]:
        drafts: list[Draft] = []
        i, starts = 0, numeral_starts(self.toks, self.lang)
        while i < len(self.toks):
            draft, nxt = self.read(i) if starts[i] else (None, i + 1)
            if draft is not None and not self.is_conversion(drafts, draft):
                drafts.append(draft)
            i = max(nxt, i + 1)
        for prev, d in itertools.pairwise(drafts):
            if prev.measured and d.measured and prev.item is None and d.commodity and prev.unit in MASS_OR_VOLUME and \
                    PAIRED.fullmatch(self.scan, prev.end, d.start):
                prev.commodity = prev.item = d.commodity  # "4 mil litros y 850 kilos de sustancias químicas": both
        return drafts

    def is_model_number(self, num: Numeral) -> bool:
        """True for a short plain number right after a capitalized English name, a lower-case noun after it.

        Not after a possessive ("Sinaloa's 20 municipalities") nor in Spanish, whose headlines put the
        subject before the figure ("Asegura Marina 3 narcolaboratorios") and models after the noun.
        """
        k = num.first
        return self.lang == "en" and num.plain_digits is not None and len(num.plain_digits) <= 4 and k > 0 and \
            not self.toks[k - 1].text.endswith("'s") and \
            self.toks[k - 1].is_word and self.capitalized(k - 1) and not self.gap_breaks(k - 1, k) and \
            self.toks[k - 1].text not in self.words("function_words") and \
            not self.sentence_initial(self.toks[k - 1].start) and self.lowercase_follows(num)

    def read(self, i: int) -> tuple[Draft | None, int]:
        """The quantity whose numeral starts at token ``i`` (or None), and the next token to read.

        Steps: the numeral; rejected when glued to a word or code; currency before and
        unit, percent, currency word or ratio after; years and dates rejected; a range;
        durations and times rejected; a rate; the item; bare numbers checked; word
        numerals need a noun; qualifier and "otros" before.
        """
        num = read_numeral(self.toks, i, self.scan, self.lang)
        if num is None:
            return None, i + 1
        rejected = num.last + 1
        start, end = self.toks[num.first].start, self.toks[num.last].end
        if self.glued(start, end, num) or self.is_denominator(start) or self.in_table_header(start):
            return None, rejected  # a header's "Tasa por 100 mil habitantes" names a column, no figure
        d = Draft(start=start, end=end, value=num.value, raw_value=num.value, words_only=num.words_only,
                   sentence=self.sentence_of(start))
        self.read_currency_before(d)
        self.read_measure(d, num)
        if self.is_year_or_date(d, num) or self.is_no_measure_held(d, num):
            return None, max(rejected, self.tok_at(d.end) or len(self.toks)) if d.measured else rejected  # "5 feet 9 inches"
        last = self.read_range(d, num) or num
        rejected = last.last + 1  # a rejected range is skipped whole ("aged 18 to 34")
        sentence_length = not d.measured and self.read_sentence_length(d, last)
        if not sentence_length and self.is_duration_or_time(d, last):
            return None, rejected
        self.read_rate(d)
        if sentence_length:
            pass
        elif not d.measured and not d.rate:
            self.read_count_item(d, num)
            if d.form == "bare":
                self.read_table_labels(d)  # "Personas detenidas: 742", "Fentanyl (lbs)" over "Nogales | 4,210"
            self.read_elided_noun(d)
            if self.is_no_count(d):
                return None, rejected
            if d.form == "np":
                self.read_rate(d, per_capita=True)  # "97 homicidios por cada 100 mil habitantes"
        elif d.unit in MASS_OR_VOLUME or d.unit == AREA:
            self.read_goods_after(d, d.end)  # "1,200 hectares of poppy": the crop, counted by its area
            if d.item is None:
                self.read_goods_told(d)  # "2.1 toneladas son de fentanilo"
            if d.item is None:
                self.read_row_label(d)  # "Fentanyl: 1,210 lbs"
        elif d.percent:
            self.read_percent_item(d)
        if d.words_only and not d.measured and d.form == "bare" and not self.stands_for_its_noun(d):
            return None, rejected  # "one of the survivors", "the two met"; not "seven in ten"
        if self.is_lone_one(d, num):
            return None, rejected  # "one" only before a noun ("one person", not "one in five") or "a kilo of"
        if d.words_only and self.text[start].isupper() and not self.sentence_initial(start) \
                and not self.lowercase_follows(num) and d.unit is None:
            return None, rejected  # "Five Eyes", "Against Two Men" in a title-case headline
        if d.form == "np" and self.is_model_number(num):
            return None, rejected  # "Glock 19 pistols", "Beretta 92 pistols": a model, not a count
        self.read_qualifier(d)
        self.read_others(d)
        k = self.tok_at(d.end)
        return d, len(self.toks) if k is None else k

    def is_no_count(self, d: Draft) -> bool:
        """True for a figure read with no unit that counts nothing: a label, an age, a rate's base."""
        return (d.form == "bare" and (self.is_bare_label(d) or self.label_no_quantity(d))) or \
            self.is_age_after_comparative(d) or self.is_rate_base(d) or self.is_caliber_figure(d) or self.is_phone_number(d)

    def is_caliber_figure(self, d: Draft) -> bool:
        """True for a fraction before goods, a caliber: "900 rounds of 7.62 ammunition", "cartuchos 5.56"; no goods
        are counted in fractions (a scale word makes a size: "1.9 million pills")."""
        return d.form == "np" and d.commodity is not None and d.value != int(d.value) and not self.sized(d)

    def read_elided_noun(self, d: Draft) -> None:
        """Marks a bare figure listed after another with only a complement of its own as one whose noun was left out
        ("tres camionetas de carga y dos de pasajeros", "12 fusiles AK-47 y ocho calibre .223"), its text running over
        the complement; not "35 of meth"."""
        caliber = self.rx(r"\s+WORDS\.?\s*\.?\d+(?:[.,x]\d+)*(?:\s*mm)?(?!\w)", "caliber_words").match(self.scan, d.end)
        if d.form == "bare" and caliber and ELIDED_BEFORE.search(self.scan, max(0, d.start - 6), d.start):
            d.form, d.end = "elided", caliber.end()
            return
        after = ELIDED_AFTER.match(self.scan, d.end)
        if d.form != "bare" or after is None or not ELIDED_BEFORE.search(self.scan, max(0, d.start - 6), d.start) or \
                self.lex.commodity_re.match(self.scan, after.end() - 1):
            return
        d.form = "elided"
        m = ELIDED_COMPLEMENT.match(self.scan, d.end)
        d.end = m.end() if m and self.text[m.start():m.end()].islower() else d.end

    def read_currency_before(self, d: Draft) -> None:
        m = self.lex.currency_before_re.search(self.scan, max(0, d.start - 12), d.start)
        if m is None and (glued := letter_currency(self.text, d.start, d.value)):
            d.currency, d.raw_unit, d.start = glued[0], self.text[glued[1]:d.start], glued[1]  # "Q2 mil millones"
        elif m:
            d.currency = self.lex.currency_before[m.group(1).replace(" ", "")]
            d.raw_unit = self.text[m.start(1):m.end(1)]
            d.start = m.start(1)

    def read_measure(self, d: Draft, num: Numeral) -> None:
        """Unit, percent, currency word or ratio written after the numeral; sets value and end.

        Order: a currency abbreviation with its own scale ("50 mdd"); a scale letter after a
        currency ("$3bn"); percent; percentage points; a currency word ("millones de
        dólares"); a unit ("toneladas", "barrels"); a ratio ("50 times more potent").
        """
        lex, scan, lang = self.lex, self.scan, self.lang
        pos = d.end
        m = lex.currency_abbrev_re.match(scan, pos)
        if m:
            code, scale = lex.currency_abbrev[m.group(1)]
            d.currency, d.raw_unit, d.end = code, self.text[m.start(1):m.end(1)], m.end()
            d.value = d.raw_value = d.value * scale
            return
        if num.scale == 1 and (d.currency or self.glued_scale(pos)):
            m = lex.currency_scale_re.match(scan, pos)  # "$3bn", and British "180bn pesos", "3.6m litres"
            if m:
                d.value = d.raw_value = d.value * lex.currency_scales[m.group(1)]
                pos = d.end = m.end()
        if num.share:
            self.read_share_written(d, num)
            return  # "three-quarters of the guns": a share, its percentage the value
        if self.read_percent(d, pos):
            return  # "12%", "3 percentage points", "dropped 3.1 points"
        link = re.compile(r"\s+(?:de|of)(?=\s)").match(scan, pos) if num.scale > 1 else None
        after_link = link.end() if link else pos  # "17 millones de dólares", "un millón de litros"
        if self.hyphen_mass(pos):
            after_link = pos + 1  # "a record 8-ton meth bust"
        m = lex.currency_after_re[lang].match(scan, after_link)
        if m:
            d.currency = lex.currency_after[lang][" ".join(m.group(1).split())]
            d.raw_unit, d.end = self.text[m.start(1):m.end(1)], m.end()
            return
        if d.currency:
            return
        m = FINE_DAYS.match(scan, after_link)
        if m and self.rx(r"(?<![a-z0-9])WORDS\s*(?:(?:entre\s+)?[0-9.,]+(?:\s+mil)?\s+(?:a|y|to|and)\s+)?\Z",
                         "fine_words").search(scan, max(0, d.start - 45), d.start):  # "multas de 500 a mil 500 días"
            d.currency, d.raw_unit, d.end = "UMA", self.text[m.start(1):m.end(1)], m.end()
            return  # "multa de 4 mil días": days of fine, the unit of a Mexican court's fine
        m = lex.unit_re[lang].match(scan, after_link) or short_length(scan, after_link, lang)  # "300 m de longitud"
        if m and self.unit_is_word(m) and not self.sized_after(m.end()) and not unread_length(scan, m, d.start, lang) and \
                not sizes_packages(scan, m, lang):  # "40 kilo bricks": bricks counted
            measure = ton_of(scan, d.start, m.group(1), lex.units[lang].get(" ".join(m.group(1).split()), METRE), lang)
            d.unit, d.raw_unit, d.end, d.form = measure.unit, self.text[m.start(1):m.end(1)], m.end(), "measure"
            half = self.rx(r"\s+WORDS(?![a-z])", "and_a_half").match(scan, d.end)
            # not "85 tambos de 200 litros y media tonelada de material": the half of another unit, a second measure
            if half and d.value == int(d.value) and not lex.unit_re[lang].match(scan, half.end()):
                d.raw_value, d.end = d.raw_value + 0.5, half.end()  # "una tonelada y media", "a ton and a half"
            d.value, d.end = with_inches(scan, d.end, measure, d.raw_value * measure.factor)  # "6 feet 2 inches": one length
            return
        m = self.rx(r"\s+WORDS", "times_words").match(scan, pos)
        if m is None:
            return
        comp = self.rx(r"\s+WORDS\s+[a-z]+(?:\s+(?:than|que|de lo que)\s+[a-z]+)?", "comparatives").match(scan, m.end())
        if comp:
            d.times, d.item, d.end = True, self.text[m.end():comp.end()].strip(), comp.end()

    def read_share_written(self, d: Draft, num: Numeral) -> None:
        """Makes ``d`` the percentage a written fraction gives ("three-quarters of the guns"), a half's article with it:
        "más de la mitad de las armas" (the qualifier stands before the article)."""
        article = HALF_ARTICLE.search(self.scan, max(0, d.start - 4), d.start)
        if article and self.toks[num.first].text in self.words("half_shares"):
            d.start = article.start()
        d.percent, d.unit, d.raw_unit = True, "%", self.text[d.start:d.end]

    def glued_scale(self, pos: int) -> bool:
        """True for a scale letter glued to a figure ending at ``pos`` before a currency word or a unit: "180bn pesos",
        "3.6m litres" (not "5m tall", "5k run")."""
        m = GLUED_SCALE.match(self.scan, pos)
        return m is not None and bool(self.lex.currency_after_re[self.lang].match(self.scan, m.end()) or
                                      self.lex.unit_re[self.lang].match(self.scan, m.end()))

    def sized_after(self, pos: int) -> bool:
        """True when a measure follows the unit ending at ``pos``: "barrels of 200 liters"; not "tons of 4-piperidone"."""
        m = SIZED_AFTER.match(self.scan, pos)
        return m is not None and self.lex.unit_re[self.lang].match(self.scan, m.end()) is not None

    def unit_is_word(self, m: re.Match[str]) -> bool:
        """False for a one-letter unit that is a capital or starts a word ("la 4T", "5 T-shirts"), or an abbreviation that
        starts a name ("5 Ft. Worth officers")."""
        if len(m.group(1)) > 1:
            return not names_a_place(self.text, m)
        return self.text[m.start(1)].islower() and self.text[m.end():m.end() + 1] not in ("-", "'", "’")

    def read_range(self, d: Draft, num: Numeral) -> Numeral | None:
        """Second numeral of "between 5 and 10", "entre 5 y 10", "de 5 a 10", "5 to 10", "5-10".

        "and"/"y" need "between"/"entre" before, "a" needs "de"; "from 69,000 in 2020 to
        110,000" and "pasó de 5 a 10" are changes, not ranges. The low end takes the unit,
        currency and scale of the high end ("between 5 and 10 million tonnes").
        """
        scan = self.scan
        m = re.compile(r"(\s*)(and|to|y|a|or|o|-|–)(?![a-z])\s*").match(scan, d.end)  # not the "o" of "over"
        if not m:
            return None
        join = m.group(2)
        opener = self.ends_with("range_open", d.start)
        opened = opener.group().split()[0] if opener else None
        if join in ("and", "to", "y", "a") and not m.group(1):
            return None
        if (join in ("and", "y") and opened not in ("between", "entre")) or (join == "a" and opened != "de"):
            return None
        if join in ("or", "o") and (d.measured or not m.group(1)):
            return None  # "77 o 78%": a range only when the second number carries the unit
        qualifier = self.ends_with("qualifiers", d.start, window=30)
        if join in ("to", "a") and self.is_change_start(qualifier.start() if qualifier else d.start):
            return None
        # "$2 to $3 million", "$5-10 million": a currency written before a figure that has nothing after it
        only_currency_before = d.currency is not None and not d.unit and not d.percent and not d.times and \
            d.end == self.toks[num.last].end
        measured = d.measured and not only_currency_before
        if join in ("-", "–") and (num.words_only or measured or (m.group(1) and not scan[m.end(2):m.end(2) + 1].isspace())):
            return None  # not "21,900 -19%": a dash after a blank, glued to the next figure, is its sign
        pos = m.end()
        lead = self.lex.currency_lead_re.match(scan, pos)  # "$5 million to $10 million"
        k = self.tok_at(lead.end() if lead else pos)
        second = read_numeral(self.toks, k, scan, self.lang) if k is not None else None
        scale_word = second is not None and second.words_only and second.value >= 1000  # "de 500 a mil días"
        ap_style = second is not None and num.words_only and not second.words_only and second.value >= 10
        if second is None or (second.words_only != num.words_only and not (scale_word or ap_style)) or \
                self.toks[second.first].start - pos > 12:
            return None
        high = Draft(start=self.toks[second.first].start, end=self.toks[second.last].end, value=second.value,
                      raw_value=second.value, words_only=second.words_only, sentence=d.sentence,
                      currency=d.currency)
        self.read_measure(high, second)
        if d.unit and high.unit and d.unit != high.unit:
            return None
        if d.percent and not high.percent:
            return None  # "homicides fell 5.4% to 28,890 victims": a change and the level it reached, no range
        # "between 5 and 10 million": the low end shares the scale; "de 500 a 3 mil": it cannot (500 mil > 3 mil)
        shared = not (measured or num.scale > 1 or scale_word) and d.value * second.scale < second.value
        # "entre 19 mil y 29 mil millones": the low end's "mil" is the high end's "mil millones"
        shared = shared or (not measured and 1 < num.scale < second.scale and d.value * second.scale < second.value)
        low = d.value * second.scale if shared else d.value
        if join in ("or", "o") and not high.measured:
            return None
        if not self.take_high_end(d, high, second, low):
            return None
        if opener:
            d.start = min(d.start, opener.start())
        return second

    def is_change_start(self, pos: int) -> bool:
        """True when the words before ``pos`` open a change, not a range: "rose from", "pasó de", "raised the reward
        from", "elevó de", "aumentó la recompensa de"."""
        if self.ends_with("change_from", pos) or PERCENT_THEN_FROM.search(self.scan, max(0, pos - 40), pos):
            return True
        return self.rx(r"(?<![a-z])WORDS(?:\s+[a-z]+){0,3}\s+(?:from|de)\s*\Z", "change_verbs").search(
            self.scan, max(0, pos - 60), pos) is not None

    def take_high_end(self, d: Draft, high: Draft, second: Numeral, low: float) -> bool:
        """Makes ``d`` the range from ``low`` to ``high``, the low end taking the high end's unit or currency; False,
        ``d`` as it was read, when the low end does not stay below the high one ("2023 27,000 84%": no percent)."""
        unit_of_high = d.unit is None and high.unit is not None
        if unit_of_high:
            low *= high.value / high.raw_value if high.raw_value else 1
        # a currency word after the high end wins over a bare "$" before the low one: "de $500 a $800 pesos"
        currency_of_high = high.currency and (d.currency is None or (d.raw_unit == "$" and high.currency != d.currency))
        if currency_of_high:
            low *= high.value / second.value if second.value else 1
        if high.value <= low:
            return False
        if unit_of_high:
            d.unit, d.raw_unit, d.form, d.percent = high.unit, high.raw_unit, high.form, high.percent
        if currency_of_high:
            d.currency, d.raw_unit = high.currency, high.raw_unit
        if d.unit is None or d.currency:
            d.raw_value = low
        d.value, d.value_max, d.end = low, high.value, high.end
        return True

    def read_rate(self, d: Draft, *, per_capita: bool = False) -> None:
        """Takes the denominator of a rate into the quantity: "25 per 100,000 inhabitants", "3 de cada 10".

        After a counted noun (``per_capita``) only a population base of 100 or more is a rate:
        "97 homicides per 100,000 residents", not "26 personas por 5 delitos"; the noun stays the item.
        """
        m = (PER_CAPITA if per_capita else RATE).match(self.scan, d.end)
        ratio = None if m or per_capita or d.measured else RATIO.match(self.scan, d.end)
        m = m or ratio
        k = self.tok_at(m.end()) if m else None
        den = read_numeral(self.toks, k, self.scan, self.lang) if m and k is not None else None
        if m is None or den is None or ((per_capita or m.group().split() == ["por"]) and not self.rate_base(den.value)):
            return  # "recompensas por 300 millones de pesos por 45 objetivos": "por" a few is no rate, "por 100 mil" is
        # AP style writes ten and up in digits: "seven in 10 Americans", "seven out of every 10 pills"
        ap_style = d.words_only and not den.words_only and den.value >= 10
        if ratio and not (d.value < den.value <= 1000 and (den.words_only == d.words_only or ap_style)):
            return  # "5 in 2024" is no share; "seven in ten" and "3 out of 4" are
        d.rate, d.end = True, self.toks[den.last].end
        j = den.last + 1
        if j < len(self.toks) and not self.gap_breaks(j - 1, j) and self.np_word(j) and self.plural(j):
            d.end = self.toks[j].end  # the population counted: "per 100,000 residents", not "de cada 10 realizan"
        if not d.measured and not per_capita:
            d.item, d.form = self.text[m.start():d.end].strip(), "rate"
        if not d.measured and SHARE.fullmatch(m.group()) and d.value < den.value <= SHARE_BASE:
            self.read_share(d, den.value, self.toks[den.last].end)

    @staticmethod
    def rate_base(value: float) -> bool:
        """True for the base of a rate per head: 100 or a greater power of ten ("per 100,000 residents", "por cada mil");
        not an amount: "8 mil 400 transferencias por 2 mil 300 millones", "26 personas por 5 delitos"."""
        return value >= 100 and math.log10(value) == int(math.log10(value))

    def read_share(self, d: Draft, base: float, base_end: int) -> None:
        """A share read as a percentage of what it counts: "one in four Mexicans" is 25% of Mexicans, "3 de cada 10
        armas" 30% of arms; the written figures stay in ``raw_value`` and ``raw_unit``."""
        d.raw_unit = " ".join(self.text[self.toks[self.tok_at(d.start) or 0].end:base_end].split())
        d.value = round(100 * d.value / base, 2)
        d.unit, d.percent = "%", True
        d.item = self.text[base_end:d.end].strip() or None

    def plural(self, k: int) -> bool:
        word = self.toks[k].text
        return self.plural_en(word) if self.lang == "en" else word.endswith("s")

    def read_qualifier(self, d: Draft) -> None:
        m = self.ends_with("qualifiers", d.start, window=30)
        if m:
            d.qualifier = " ".join(self.text[m.start():m.end()].split()).lower()

    def read_others(self, d: Draft) -> None:
        """Keeps "otros"/"another" just before the number in the text: "otros dos individuos", "otras 16"."""
        m = self.ends_with("others", d.start, window=15)
        if m and not d.currency and not d.percent:
            d.start = m.start()
