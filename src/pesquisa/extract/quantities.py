"""Quantities: numbers with their unit, item and meaning, in English and Spanish news.

A quantity is read outward from a numeral (``_numbers.read_numeral``): a currency
before it ("US $", "$"), a unit, percent sign or currency word after it ("toneladas",
"%", "millones de dólares"), a second numeral making a range ("between 5 and 10"), a
qualifier before it ("more than", "al menos"), and the item it counts or measures
("of fentanyl", "ciudadanos mexicanos", "from Mexico"). Its kind comes from the
sentence: money for a currency; statistic for percentages, ratios, rates, deaths and
population figures; seizure when the sentence reports goods seized; count otherwise.

Rules, not a model: numbers in news are formulaic, the data files carry the vocabulary
(units.yaml, commodities.yaml, quantity_kinds.yaml) and the whole corpus reads in
milliseconds. What is *not* a quantity matters as much: years, dates, times of day,
durations, ages, labels ("Article 19", "MS-13"), list markers, phone numbers, and number
words not followed by a noun ("one of the survivors", "un día").

The trade-off is precision for breadth: a count's noun phrase is found by shape (the
first English plural; a Spanish plural and its agreeing adjectives), not by parsing, so
an unusual noun phrase yields a shorter item rather than a wrong number.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from pesquisa.extract._numbers import (
    Numeral,
    Token,
    commodity_key,
    fold_chars,
    load_lexicon,
    mask_noise,
    read_numeral,
    split_sentences,
    tokenize,
    words_pattern,
)
from pesquisa.records import Quantity, Span

__all__ = ["extract_quantities"]

OPEN_QUOTES = "\"“«‘'"
CLOSE_QUOTES = "\"”»’'"
# Clause breaks: commas (not inside "32,000"), semicolons, colons, brackets, dashes.
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:(\n—–]|\s-\s")
RATE = re.compile(r"\s+(?:per|for every|out of|in every|por cada|de cada|por)\s+(?=\d)")
ARTICLE = r"(?:the\s+|la\s+|los\s+|las\s+|el\s+)?"
LIST_GAPS = {",", "and", "y", "e", ", and", ", y", "or", "o", ";"}
MASS_OR_VOLUME = ("kg", "l")


def extract_quantities(text: str, *, lang: str, sentences: list[Span] | None = None) -> list[Quantity]:
    """Quantities in ``text`` (a clean article body), in text order; pure, writes nothing.

    ``lang`` is "en" or "es" (anything starting with "es" reads as Spanish). ``sentences``
    are sentence spans in ``text``; when None the text is split by a simple rule. Each
    quantity's ``span`` gives its ``text`` exactly. Raises nothing for messy input: what
    cannot be read is left out.
    """
    if not text:
        return []
    reader = _Reader(text, "es" if lang.lower().startswith("es") else "en", sentences)
    drafts = reader.read_all()
    reader.classify(drafts)
    return [d.to_quantity(text) for d in drafts]


@dataclass(slots=True)
class _Draft:
    """A quantity being read: offsets, value, unit and the facts its kind is decided on."""

    start: int
    end: int
    value: float
    raw_value: float
    words_only: bool
    sentence: int
    unit: str | None = None
    raw_unit: str | None = None
    currency: str | None = None
    percent: bool = False
    fell: bool = False
    times: bool = False
    rate: bool = False
    value_max: float | None = None
    qualifier: str | None = None
    item: str | None = None
    head: str | None = None  # folded head noun of the item
    item_words: str = ""  # folded item words
    commodity: str | None = None
    packaging: str | None = None
    form: str = "bare"  # measure | np | origin | partitive | rate | bare
    kind: str = "count"

    def to_quantity(self, text: str) -> Quantity:
        return Quantity(
            text=text[self.start:self.end], span=Span(self.start, self.end), value=_clean(self.value),
            unit=self.currency or self.unit, item=self.item, kind=self.kind, raw_value=_clean(self.raw_value),
            raw_unit=self.raw_unit, qualifier=self.qualifier,
            value_max=None if self.value_max is None else _clean(self.value_max))

    @property
    def measured(self) -> bool:
        return bool(self.currency or self.unit or self.percent or self.times)


class _Reader:
    """Reads the quantities of one text; holds the text, its folded copy and its tokens."""

    def __init__(self, text: str, lang: str, sentences: list[Span] | None):
        self.text = text
        self.lang = lang
        self.lex = load_lexicon()
        self.scan = mask_noise(fold_chars(text))
        self.toks: list[Token] = tokenize(self.scan)
        self.starts = [t.start for t in self.toks]
        self.sentences = sorted(split_sentences(text) if sentences is None else sentences, key=lambda s: s.start)
        self.sent_starts = [s.start for s in self.sentences]

    # --- helpers ------------------------------------------------------------------

    def words(self, name: str) -> set[str]:
        return self.lex.words[name][self.lang]

    def rx(self, template: str, name: str) -> re.Pattern[str]:
        return words_pattern(template, name, self.lang)

    def ends_with(self, name: str, pos: int, window: int = 40) -> re.Match[str] | None:
        """Match of the word list ``name`` ending right before ``pos`` (blanks allowed)."""
        return self.rx(r"(?<![a-z0-9])WORDS\s*\Z", name).search(self.scan, max(0, pos - window), pos)

    def tok_at(self, pos: int) -> int | None:
        """Index of the first token starting at or after ``pos``."""
        k = bisect.bisect_left(self.starts, pos)
        return k if k < len(self.toks) else None

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_span(self, idx: int) -> Span:
        return self.sentences[idx] if self.sentences else Span(0, len(self.text))

    def capitalized(self, k: int) -> bool:
        return self.text[self.toks[k].start].isupper()

    def sentence_initial(self, pos: int) -> bool:
        """True when only quotes, dashes and blanks stand between the sentence start and ``pos``."""
        span = self.sentence_span(self.sentence_of(pos))
        if not span.start <= pos <= span.end:
            return True
        return re.fullmatch(r"[\s\"“”‘’'«»¿¡(\-–—•*]*", self.text[span.start:pos]) is not None

    def touching(self, a: int, b: int) -> bool:
        """True when tokens ``a`` and ``b`` touch."""
        return 0 <= a and b < len(self.toks) and self.toks[a].end == self.toks[b].start

    def gap_breaks(self, a: int, b: int) -> bool:
        """True when tokens ``a`` and ``b`` are not on one line with only blanks between."""
        if a < 0 or b >= len(self.toks):
            return True
        gap = self.scan[self.toks[a].end:self.toks[b].start]
        return "\n" in gap or gap.strip() != ""

    # --- reading ------------------------------------------------------------------

    def read_all(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        i = 0
        while i < len(self.toks):
            draft, nxt = self.read(i)
            if draft is not None:
                drafts.append(draft)
            i = max(nxt, i + 1)
        return drafts

    def read(self, i: int) -> tuple[_Draft | None, int]:
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
        if self.glued(start, end, num):
            return None, rejected
        d = _Draft(start=start, end=end, value=num.value, raw_value=num.value, words_only=num.words_only,
                   sentence=self.sentence_of(start))
        self.read_currency_before(d)
        self.read_measure(d, num)
        if self.is_year_or_date(d, num):
            return None, rejected
        last = self.read_range(d, num) or num
        if self.is_duration_or_time(d, last):
            return None, rejected
        self.read_rate(d)
        if not d.measured and not d.rate:
            self.read_count_item(d, num)
            if d.form == "bare" and self.is_bare_label(d):
                return None, rejected
        elif d.unit in MASS_OR_VOLUME:
            self.read_goods_after(d, d.end)
        elif d.percent:
            self.read_percent_item(d)
        if d.words_only and not d.measured and d.form in ("bare", "rate"):
            return None, rejected  # "one of the survivors", "the two met"
        if d.words_only and d.value == 1 and (d.form != "np" or d.measured):
            return None, rejected  # "one" only before a noun: "one person", not "one in five"
        if d.words_only and self.text[start].isupper() and not self.sentence_initial(start) \
                and not self.lowercase_follows(num):
            return None, rejected  # "Five Eyes", "Against Two Men" in a title-case headline
        self.read_qualifier(d)
        self.read_others(d)
        k = self.tok_at(d.end)
        return d, len(self.toks) if k is None else k

    def lowercase_follows(self, num: Numeral) -> bool:
        """True when the word after the numeral is lower case ("Cuatro ciudadanos" after a dateline)."""
        k = num.last + 1
        return k < len(self.toks) and self.toks[k].is_word and self.text[self.toks[k].start].islower()

    def glued(self, start: int, end: int, num: Numeral) -> bool:
        """True when the numeral is part of a word, code, date or time ("MS-13", "24/7", "10:30", "14th")."""
        text = self.text
        before = text[start - 1] if start > 0 else " "
        before2 = text[start - 2] if start > 1 else " "
        after = text[end] if end < len(text) else " "
        after2 = text[end + 1] if end + 1 < len(text) else " "
        if before.isalnum() or before in "_#=/@&" or (before in "-–" and (before2.isalnum() or num.words_only)):
            return True
        if (before == ":" and before2.isdigit()) or (before in "'’" and before2.isalnum()):
            return True
        if (before in "\"'" and before2 == "=") or (after in "/:" and after2.isdigit()):
            return True
        if (after in "-–" and after2.isalpha()) or after in "°ºª":
            return True
        if after.isalpha() and not num.words_only:
            return not self.attached_unit(end)  # "5kg", "$3bn", "50mdd" are fine; "14th", "2000s" not
        return False

    def attached_unit(self, pos: int) -> bool:
        m = re.match(r"[a-z0-9]+", self.scan[pos:pos + 12])
        word = m.group() if m else ""
        lex = self.lex
        return (word in lex.units[self.lang] or word in lex.currency_scales or word in lex.currency_abbrev
                or word in self.words("time_nouns"))

    def read_currency_before(self, d: _Draft) -> None:
        m = self.lex.currency_before_re.search(self.scan, max(0, d.start - 12), d.start)
        if m:
            d.currency = self.lex.currency_before[m.group(1).replace(" ", "")]
            d.raw_unit = self.text[m.start(1):m.end(1)]
            d.start = m.start(1)

    def read_measure(self, d: _Draft, num: Numeral) -> None:
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
        if d.currency and num.scale == 1:
            m = lex.currency_scale_re.match(scan, pos)
            if m:
                d.value = d.raw_value = d.value * lex.currency_scales[m.group(1)]
                pos = d.end = m.end()
        for pattern, unit in ((lex.percent_re[lang], "%"), (lex.points_re[lang], "pp")):
            m = pattern.match(scan, pos)
            if m:
                d.percent, d.unit, d.raw_unit, d.end = True, unit, self.text[m.start(1):m.end(1)], m.end()
                return
        link = re.compile(r"\s+(?:de|of)(?=\s)").match(scan, pos) if num.scale > 1 else None
        after_link = link.end() if link else pos  # "17 millones de dólares", "un millón de litros"
        m = lex.currency_after_re[lang].match(scan, after_link)
        if m:
            d.currency = lex.currency_after[lang][" ".join(m.group(1).split())]
            d.raw_unit, d.end = self.text[m.start(1):m.end(1)], m.end()
            return
        if d.currency:
            return
        m = lex.unit_re[lang].match(scan, after_link)
        if m and self.unit_is_word(m):
            measure = lex.units[lang][" ".join(m.group(1).split())]
            d.unit, d.raw_unit, d.end, d.form = measure.unit, self.text[m.start(1):m.end(1)], m.end(), "measure"
            d.value = d.raw_value * measure.factor
            return
        m = self.rx(r"\s+WORDS", "times_words").match(scan, pos)
        if m is None:
            return
        comp = self.rx(r"\s+WORDS\s+[a-z]+(?:\s+(?:than|que|de lo que)\s+[a-z]+)?", "comparatives").match(scan, m.end())
        if comp:
            d.times, d.item, d.end = True, self.text[m.end():comp.end()].strip(), comp.end()

    def unit_is_word(self, m: re.Match[str]) -> bool:
        """False for a one-letter unit that is a capital or starts a word ("la 4T", "5 T-shirts")."""
        if len(m.group(1)) > 1:
            return True
        return self.text[m.start(1)].islower() and self.text[m.end():m.end() + 1] not in ("-", "'", "’")

    def read_range(self, d: _Draft, num: Numeral) -> Numeral | None:
        """Second numeral of "between 5 and 10", "entre 5 y 10", "de 5 a 10", "5 to 10", "5-10".

        "and"/"y" need "between"/"entre" before, "a" needs "de"; "from 69,000 in 2020 to
        110,000" and "pasó de 5 a 10" are changes, not ranges. The low end takes the unit,
        currency and scale of the high end ("between 5 and 10 million tonnes").
        """
        scan = self.scan
        m = re.compile(r"(\s*)(and|to|y|a|-|–)\s*").match(scan, d.end)
        if not m:
            return None
        join = m.group(2)
        opener = self.ends_with("range_open", d.start)
        opened = opener.group().split()[0] if opener else None
        if join in ("and", "to", "y", "a") and not m.group(1):
            return None
        if (join in ("and", "y") and opened not in ("between", "entre")) or (join == "a" and opened != "de"):
            return None
        qualifier = self.ends_with("qualifiers", d.start, window=30)
        if join in ("to", "a") and self.ends_with("change_from", qualifier.start() if qualifier else d.start):
            return None
        if join in ("-", "–") and (num.words_only or d.measured):
            return None
        pos = m.end()
        lead = self.lex.currency_lead_re.match(scan, pos)  # "$5 million to $10 million"
        k = self.tok_at(lead.end() if lead else pos)
        second = read_numeral(self.toks, k, scan, self.lang) if k is not None else None
        if second is None or second.words_only != num.words_only or self.toks[second.first].start - pos > 12:
            return None
        high = _Draft(start=self.toks[second.first].start, end=self.toks[second.last].end, value=second.value,
                      raw_value=second.value, words_only=second.words_only, sentence=d.sentence,
                      currency=d.currency)
        self.read_measure(high, second)
        if d.unit and high.unit and d.unit != high.unit:
            return None
        low = d.value if (d.measured or num.scale > 1) else d.value * second.scale
        if d.unit is None and high.unit is not None:
            low *= high.value / high.raw_value if high.raw_value else 1
            d.unit, d.raw_unit, d.form, d.percent = high.unit, high.raw_unit, high.form, high.percent
        if d.currency is None and high.currency:
            low *= high.value / second.value if second.value else 1
            d.currency, d.raw_unit = high.currency, high.raw_unit
        if high.value <= low:
            return None
        if d.unit is None or d.currency:
            d.raw_value = low
        d.value, d.value_max, d.end = low, high.value, high.end
        if opener:
            d.start = min(d.start, opener.start())
        return second

    def read_rate(self, d: _Draft) -> None:
        """Takes the denominator of a rate into the quantity: "25 per 100,000 inhabitants", "3 de cada 10"."""
        m = RATE.match(self.scan, d.end)
        k = self.tok_at(m.end()) if m else None
        den = read_numeral(self.toks, k, self.scan, self.lang) if m and k is not None else None
        if m is None or den is None:
            return
        d.rate, d.end = True, self.toks[den.last].end
        j = den.last + 1
        if j < len(self.toks) and not self.gap_breaks(j - 1, j) and self.np_word(j):
            d.end = self.toks[j].end
        if not d.measured:
            d.item, d.form = self.text[m.start():d.end].strip(), "rate"

    # --- what is not a quantity ---------------------------------------------------

    def is_year_or_date(self, d: _Draft, num: Numeral) -> bool:
        """True for a year ("in 2019", "fiscal 2019") or the day of a date ("13 de agosto", "Aug. 13")."""
        if d.measured:
            return False
        digits = num.plain_digits
        if digits and re.fullmatch(r"\d{4}", digits) and 1800 <= int(digits) <= 2100:
            return True
        if num.value > 31 or num.value != int(num.value):
            return False
        day_after = r"(?:\s*(?:,|y|and|al|a|-|–|to)\s*\d{1,2})*\s*(?:de\s+|of\s+)?WORDS"
        if self.rx(day_after, "months").match(self.scan, d.end):
            return True  # "13 de agosto", "22 y 24 de enero", "13 August"
        day_before = r"WORDS\.?\s+(?:\d{1,2}\s*(?:,|and|y|-|–|to)\s*)*\Z"
        return self.rx(day_before, "months").search(self.scan, max(0, d.start - 40), d.start) is not None

    def is_duration_or_time(self, d: _Draft, last: Numeral) -> bool:
        """True for a duration, age, distance or time of day ("45 años", "nine months", "6 de la tarde")."""
        if d.measured:
            return False
        toks, time_nouns = self.toks, self.words("time_nouns")
        k = last.last + 1
        if k < len(toks) and toks[k].text in time_nouns:
            return True
        if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text in time_nouns:
            return True  # "20-year sentence"
        listed = re.compile(r"(?:\s*(?:,|y|and|o|or|-|–)\s*\d+)+\s+([a-z]+)").match(self.scan, d.end)
        if listed and listed.group(1) in time_nouns:
            return True  # "de 19 y 23 años"
        return re.compile(r"\s*(?:de la (?:manana|tarde|noche|madrugada)|o'clock)").match(self.scan, d.end) is not None

    def is_bare_label(self, d: _Draft) -> bool:
        """True when a number with no unit and no item is a label, age, marker or id, not a count."""
        text = self.text
        if d.words_only or d.value < 2:
            return True
        listed = re.compile(r"(?:\d+\s*(?:,|and|y|or|o|-|–)\s*)+\Z").search(self.scan, max(0, d.start - 30), d.start)
        if self.ends_with("label_words", listed.start() if listed else d.start, window=20):
            return True  # "a las 6", "el 22", "aged 45", "article 19", "ages 19 and 23"
        k = self.tok_at(d.start)
        if k and self.toks[k - 1].is_word and self.capitalized(k - 1) and not self.gap_breaks(k - 1, k) \
                and not self.sentence_initial(self.toks[k - 1].start):
            return True  # "Highway 15", "Flight 370"
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        rest = text[d.end:len(text) if line_end < 0 else line_end]
        if not text[line_start:d.start].strip(" \t•*-–—") and (not rest.strip() or re.match(r"[.)]\s", rest)):
            return True  # alone on its line, or a list marker "1." / "2)"
        before, after = text[:d.start].rstrip(), text[d.end:].lstrip()
        if before.endswith((",", "(")) and after[:1] in (",", ")", ";") and d.value <= 120:
            return True  # an age: "Homero Zamorano Jr., 45, who"
        if before[-1:] in OPEN_QUOTES + "[" and after[:1] in CLOSE_QUOTES + "]" and d.value_max is None:
            return True  # a quoted id: [the_ad id="89560"]
        return re.compile(r"(?:per|cada)\s*\Z").search(self.scan, max(0, d.start - 12), d.start) is not None

    # --- items --------------------------------------------------------------------

    def read_count_item(self, d: _Draft, num: Numeral) -> None:
        """Item of a count: a partitive ("51 de ellos"), an origin ("27 from Mexico"), a noun phrase."""
        scan = self.scan
        part = self.rx(r"\s+WORDS", "partitives").match(scan, d.end)
        if part:
            d.form, d.end = "partitive", part.end()
            return
        origin = self.rx(r"\s+WORDS\s+(?:the\s+)?", "origins").match(scan, d.end)
        if origin:
            place: list[int] = []
            k = self.tok_at(origin.end())
            while k is not None and k < len(self.toks) and self.toks[k].is_word and self.capitalized(k):
                if place and self.gap_breaks(place[-1], k):
                    break
                place.append(k)
                k += 1
            if place:
                d.form, d.end = "origin", self.toks[place[-1]].end
                return
        link = re.compile(r"\s+(?:de|of)\s+").match(scan, d.end) if num.scale >= 1_000_000 else None
        k = self.tok_at(link.end() if link else d.end)  # "17 millones de personas"
        if k is None or self.gap_breaks(k - 1, k):
            return
        goods = self.lex.commodity_re.match(scan, self.starts[k]) if self.lang == "es" else None
        if goods:  # a Spanish commodity with its own "de": "150 armas de fuego"
            d.form, d.head = "np", goods.group(1).split()[0]
            d.commodity = d.item = self.lex.commodities[commodity_key(goods.group(1))]
            d.end = goods.end()
            self.extend_goods(d, goods)
            return
        np = self.noun_phrase(k, plural=d.value > 1 or d.value_max is not None)
        if np is None:
            return
        d.form = "np"
        self.set_item(d, *np)
        self.attach_goods(d)

    def noun_phrase(self, k: int, *, plural: bool, mass: bool = False) -> tuple[int, int, int] | None:
        """(first, head, last) token indexes of the noun phrase at token ``k``, or None.

        English: modifiers, then the head, the first plural ("Mexican nationals",
        "potentially lethal doses"). Spanish: the head first ("ciudadanos"), then up to
        two agreeing modifiers ("mexicanos"). After a unit (``mass``) the head may be
        singular ("of fuel"). A single quoted word counts too: 13 “actions”.
        """
        toks = self.toks
        quoted = toks[k].text in OPEN_QUOTES
        j = k + 1 if quoted else k
        if j >= len(toks) or (quoted and not self.touching(k, j)):
            return None
        span = self.np_es(j, plural=plural, mass=mass) if self.lang == "es" else self.np_en(j, plural=plural, mass=mass)
        if span is None:
            return None
        _first, head, last = span
        if not quoted:
            return span
        if last + 1 < len(toks) and toks[last + 1].text in CLOSE_QUOTES and self.touching(last, last + 1):
            return k, head, last + 1
        return None

    def np_word(self, k: int) -> bool:
        """True for a token that can stand in a noun phrase: a word, not a function word or numeral."""
        t = self.toks[k]
        lex = self.lex
        return (t.is_word and t.text not in lex.number_words[self.lang] and t.text not in lex.scales[self.lang]
                and t.text not in self.words("function_words"))

    def np_en(self, j: int, *, plural: bool, mass: bool) -> tuple[int, int, int] | None:
        toks, others = self.toks, self.words("others")
        cands: list[int] = []
        k = j
        while k < len(toks) and len(cands) < 4:
            if cands and toks[k].text == "-" and self.touching(k - 1, k) and self.touching(k, k + 1):
                k += 1  # "fentanyl-laced", "AR-15 rifles"
                if toks[k].is_digits:
                    k += 1
                    continue
            elif cands and self.gap_breaks(k - 1, k):
                break
            word = toks[k].text
            leading_other = not cands and word in others  # "Two other men"
            if not (self.np_word(k) or leading_other):
                break
            if word.endswith("ed") and not leading_other and commodity_key(word) not in self.lex.commodities:
                break  # a participle or verb: "16 were arrested", "fuel believed stolen"
            cands.append(k)
            if not leading_other and self.plural_en(word):
                return cands[0], k, k
            k += 1
        cands = [c for c in cands if toks[c].text not in others]
        if not cands or (plural and not mass) or toks[cands[0]].text.endswith(("ing", "ly")):
            return None
        if not mass and len(cands) == 1:
            return cands[0], cands[0], cands[0]
        head = cands[0]  # a mass noun or a singular: the last word before a break ("one Mexican national")
        for c in cands[1:]:
            if self.capitalized(c) and not self.capitalized(head):
                break
            head = c
        return cands[0], head, head

    def plural_en(self, word: str) -> bool:
        if word in self.lex.words["irregular_plurals"]["en"]:
            return True
        return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and "." not in word

    def np_es(self, j: int, *, plural: bool, mass: bool) -> tuple[int, int, int] | None:
        word = self.toks[j].text
        if not self.np_word(j) or _verb_like_es(word) or (self.capitalized(j) and not mass and not word.isupper()):
            return None
        if plural and not mass and not word.endswith("s"):
            return None
        last = self.es_modifiers(j, agree_with=word)
        return j, j, last

    def es_modifiers(self, k: int, *, agree_with: str) -> int:
        """Last token of up to two Spanish adjectives after token ``k`` agreeing in number with ``agree_with``."""
        last = k
        for _ in range(2):
            n = last + 1
            if n >= len(self.toks) or self.gap_breaks(last, n) or not self.np_word(n) or self.capitalized(n):
                break
            w = self.toks[n].text
            if _verb_like_es(w) or w.endswith("mente") or agree_with.endswith("s") != w.endswith("s"):
                break
            last = n
        return last

    def set_item(self, d: _Draft, first: int, head: int, last: int) -> None:
        """Item from the noun phrase tokens: a commodity's English name, else the words as written."""
        words = [t for t in self.toks[first:last + 1] if t.is_word]
        if words and words[0].text in self.words("others"):
            words = words[1:]
        d.end = self.toks[last].end
        d.head = self.toks[head].text
        d.item_words = " ".join(t.text for t in words)
        d.item = self.text[words[0].start:words[-1].end] if words else None
        m = self.lex.commodity_re.search(d.item_words)
        d.commodity = self.lex.commodities[commodity_key(m.group(1))] if m else None
        d.packaging = self.lex.packaging.get(d.head)
        if d.commodity:
            d.item = d.commodity if d.form == "measure" or not d.packaging else f"{d.commodity} {d.packaging}"

    def attach_goods(self, d: _Draft) -> None:
        """Extends a count over "of/de <commodity>": "17 million rounds of ammunition"."""
        m = re.compile(r"\s+(?:of|de|del)\s+" + ARTICLE).match(self.scan, d.end)
        g = self.lex.commodity_re.match(self.scan, m.end()) if m else None
        if not g:
            return
        d.commodity = self.lex.commodities[commodity_key(g.group(1))]
        d.end = g.end()
        self.extend_goods(d, g)
        d.packaging = self.lex.packaging.get(d.head or "")
        d.item = f"{d.commodity} {d.packaging}" if d.packaging else d.commodity

    def extend_goods(self, d: _Draft, g: re.Match[str]) -> None:
        """Takes the words that still describe the goods: "fentanyl pills", "cigarros apócrifos"."""
        k = self.tok_at(g.end())
        if k is None or self.gap_breaks(k - 1, k):
            return
        if self.lang == "en":
            if self.toks[k].text in self.lex.packaging and not self.capitalized(k):
                d.end = self.toks[k].end
            return
        last = self.es_modifiers(k - 1, agree_with=g.group(1).split()[-1])
        d.end = self.toks[last].end

    def read_goods_after(self, d: _Draft, pos: int, links: str = r"of|de|del") -> None:
        """Item after a unit or percentage: "of fentanyl pills", "de ácido acético glacial"."""
        m = re.compile(r"\.?\s+(?:" + links + r")\s+" + ARTICLE).match(self.scan, pos)
        if not m:
            return
        g = self.lex.commodity_re.match(self.scan, m.end())
        if g:
            d.commodity = d.item = self.lex.commodities[commodity_key(g.group(1))]
            d.end = g.end()
            self.extend_goods(d, g)
            return
        k = self.tok_at(m.end())
        np = self.noun_phrase(k, plural=False, mass=True) if k is not None and self.starts[k] == m.end() else None
        if np is not None:
            self.set_item(d, *np)

    def read_percent_item(self, d: _Draft) -> None:
        """"9.2% decline in homicides", "30% of the fentanyl": the change word, what changed, the sign."""
        m = self.rx(r"\s+(WORDS)", "fall_words").match(self.scan, d.end) or \
            self.rx(r"\s+(WORDS)", "rise_words").match(self.scan, d.end)
        if m:
            d.fell = self.rx("WORDS", "fall_words").fullmatch(m.group(1)) is not None
            d.end = m.end()
            self.read_goods_after(d, d.end, links=r"in|of|en|de|del")
        else:
            self.read_goods_after(d, d.end)
        if d.fell or self.falls_before(d):
            d.value = -abs(d.value)

    def falls_before(self, d: _Draft) -> bool:
        """True when a fall word stands just before the percentage ("fell 9.2%", "una caída del 9%")."""
        fall, qualifiers = self.words("fall_words"), self.words("qualifiers")
        skip = {"a", "an", "by", "of", "some", "un", "una", "de", "del", "en", "el", "around", "about"}
        k = self.tok_at(d.start)
        for j in range((k or 0) - 1, max((k or 0) - 4, -1), -1):
            w = self.toks[j].text
            if w in fall:
                return True
            if w not in skip and w not in qualifiers:
                return False
        return False

    def read_qualifier(self, d: _Draft) -> None:
        m = self.ends_with("qualifiers", d.start, window=30)
        if m:
            d.qualifier = " ".join(self.text[m.start():m.end()].split()).lower()

    def read_others(self, d: _Draft) -> None:
        """Keeps "otros"/"another" just before the number in the text: "otros dos individuos", "otras 16"."""
        m = self.ends_with("others", d.start, window=15)
        if m and not d.currency and not d.percent:
            d.start = m.start()

    # --- kinds --------------------------------------------------------------------

    def classify(self, drafts: list[_Draft]) -> None:
        """Sets each draft's kind; a bare number listed right after a statistic shares it."""
        for d in drafts:
            d.kind = self.kind_of(d)
        for prev, d in itertools.pairwise(drafts):
            if d.kind == "count" and prev.kind == "statistic" and d.form in ("origin", "partitive", "bare") \
                    and prev.sentence == d.sentence and self.scan[prev.end:d.start].strip() in LIST_GAPS:
                d.kind = "statistic"  # "27 from Mexico, 14 from Honduras, seven from Guatemala"

    def kind_of(self, d: _Draft) -> str:
        """money | statistic | seizure | count, in that order of precedence."""
        if d.currency:
            return "money"
        if d.percent or d.times or d.rate:
            return "statistic"
        goods = d.unit in MASS_OR_VOLUME or d.commodity is not None or d.packaging is not None
        if not goods and (self.is_death_figure(d) or d.head in self.words("population_words")):
            return "statistic"
        sentence = self.sentence_span(d.sentence)
        if goods and any(self.has_trigger(name, sentence) for name in ("seizure_triggers", "discovery_triggers")):
            return "seizure"
        if self.is_seizable(d) and self.has_trigger("seizure_triggers", self.clause_span(d)):
            return "seizure"  # "seized 14 vehicles": other things, when their own clause says so
        return "count"

    def clause_span(self, d: _Draft) -> Span:
        """The clause around a quantity: its sentence cut at commas, semicolons, colons and dashes."""
        span = self.sentence_span(d.sentence)
        breaks = list(CLAUSE_BREAK.finditer(self.scan, span.start, d.start))
        after = CLAUSE_BREAK.search(self.scan, d.end, span.end)
        return Span(breaks[-1].end() if breaks else span.start, after.start() if after else span.end)

    def is_death_figure(self, d: _Draft) -> bool:
        """True for deaths and victims: named in the item, right after it, or before it in its clause.

        A counted noun needs the death word close by ("the deaths of 53 migrants"), a bare
        number only in its clause ("Deaths ... rose from 69,000"): "3 bodies found near
        the whereabouts of 3 missing surfers" counts surfers.
        """
        if self.rx("WORDS", "death_words").search(d.item_words):
            return True
        after = r"\s+(?:were\s+|was\s+|have\s+|had\s+|fueron\s+|han\s+|habian\s+)?WORDS"
        if self.rx(after, "death_words").match(self.scan, d.end):
            return True
        clause = self.scan[self.clause_span(d).start:d.start]
        if d.form == "np":  # "people died and 35 suspects were held": the suspects did not die
            clause = " ".join(re.split(r"\s(?:and|y|e)\s", clause)[-1].split()[-3:])
        return self.rx("WORDS", "death_words").search(clause) is not None

    def has_trigger(self, name: str, span: Span) -> bool:
        """True when ``span`` holds a trigger word; a seizure verb must be no "aseguró que" ("stated that")."""
        not_before = self.words("not_before") if name == "seizure_triggers" else set()
        for m in self.rx("(?<![a-z0-9])WORDS", name).finditer(self.scan, span.start, span.end):
            following = re.findall(r"[a-z0-9]+", self.scan[m.end():min(span.end, m.end() + 40)])[:4]
            cut = next((n for n, w in enumerate(following) if w[0].isdigit() or w in not_before), None)
            if cut is not None and following[cut] in not_before and (cut == 0 or following[cut - 1] != "lo"):
                continue  # "aseguró que", "aseguró este martes que"; not "asegurado en lo que va del año"
            return True
        return False

    def is_seizable(self, d: _Draft) -> bool:
        """True for a counted noun that is no person, group, event, victim or population."""
        if d.form != "np" or not d.head:
            return False
        if d.head in self.words("not_goods") or d.head in self.words("population_words"):
            return False
        return not self.rx("WORDS", "death_words").fullmatch(d.head)


def _verb_like_es(word: str) -> bool:
    """True for Spanish finite verbs and gerunds that follow a bare number ("fueron", "operando")."""
    return word.endswith(("ron", "ndo", "ban", "ria", "rian", "aba", "ian"))


def _clean(value: float) -> float:
    """``value`` without float noise ("16.5 millones" is 16500000.0, not 16500000.000000002)."""
    rounded = round(value, 6)
    return float(round(rounded)) if abs(rounded - round(rounded)) < 1e-9 else rounded
