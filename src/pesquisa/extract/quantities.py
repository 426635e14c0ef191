"""Quantities: numbers with their unit, item and meaning, in English and Spanish news.

A quantity is read outward from a numeral (see ``_numbers``): a currency before it
("US $", "$"), a unit, percent sign or currency word after it ("toneladas", "%",
"millones de dólares"), a second numeral making a range ("between 5 and 10"), a qualifier
before it ("more than", "al menos"), and the item it counts or measures ("of fentanyl",
"ciudadanos mexicanos", "from Mexico"). Its kind comes from the sentence: money for a
currency; statistic for percentages, ratios, deaths and population figures; seizure when
the sentence reports goods seized; count otherwise.

Rules, not a model: numbers in news are formulaic, the data files carry the vocabulary
(units, commodities, trigger words), and the whole corpus runs in milliseconds. What is
*not* a quantity matters as much: years, dates, times of day, ages, labels ("Article 19",
"MS-13"), list markers, phone numbers, and number words not followed by a noun
("one of the survivors", "un día").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from pesquisa.extract._numbers import (
    Numeral,
    QuantityLexicon,
    Token,
    fold_chars,
    load_lexicon,
    mask_noise,
    parse_digits,
    read_numeral,
    tokenize,
)
from pesquisa.records import Quantity, Span

__all__ = ["extract_quantities", "split_sentences"]

OPEN_QUOTES = "\"“«‘'"
CLOSE_QUOTES = "\"”»’'"
RATE = re.compile(r"\s+(?:per|for every|out of|in every|por cada|de cada|por)\s+(?=\d)")
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:(\n—–]|\s-\s")
# Sentence ends: . ! ? (and a closing quote) before a blank and a capital, digit or quote.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*(?:-(?=\s))?(?=\s+[\"“‘«¿¡(]*[A-ZÁÉÍÓÚÑ0-9])")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "no",
    "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "lic", "ing", "sra", "srta", "dra", "gral", "mtro", "dip", "núm", "num",
}
LANGS = ("en", "es")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: lines, cut after . ! ? before a capital (abbreviations kept)."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in SENTENCE_END.finditer(line):
            word = re.search(r"([\w.]+)[.!?…]*[\"”’»)]*$", line[: m.end()])
            token = (word.group(1) if word else "").rstrip(".").lower()
            if token in ABBREVIATIONS or len(token) == 1 or "." in token:
                continue  # "Jr.", "U.S.", "S.A. de C.V." end no sentence
            spans.append(Span(start, pos + m.end()))
            start = pos + m.end()
        if line[start - pos:].strip():
            spans.append(Span(start, pos + len(line)))
        pos += len(line) + 1
    return [_strip(text, s) for s in spans if text[s.start:s.end].strip()]


def _strip(text: str, span: Span) -> Span:
    seg = text[span.start:span.end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return Span(span.start + lead, span.end - trail)


@dataclass(slots=True)
class _Draft:
    """A quantity being read: offsets, value, unit and the facts its kind is decided on."""

    start: int
    end: int
    num_start: int
    value: float
    raw_value: float
    words_only: bool
    unit: str | None = None
    raw_unit: str | None = None
    currency: str | None = None
    percent: bool = False
    times: bool = False
    rate: bool = False
    value_max: float | None = None
    qualifier: str | None = None
    item: str | None = None
    head: str | None = None  # folded head noun of the item
    item_words: str = ""  # folded item words
    commodity: str | None = None
    packaging: str | None = None
    form: str = "bare"  # measure | np | origin | partitive | bare
    sentence: int = 0
    kind: str = "count"
    notes: list[str] = field(default_factory=list)


class _Reader:
    """Reads quantities from one text; holds the text, its folded copy and its tokens."""

    def __init__(self, text: str, lang: str, sentences: list[Span] | None):
        self.text = text
        self.lang = lang
        self.lex: QuantityLexicon = load_lexicon()
        self.scan = mask_noise(fold_chars(text))
        self.toks: list[Token] = tokenize(self.scan)
        self.starts = [t.start for t in self.toks]
        self.sentences = sorted(sentences if sentences is not None else split_sentences(text),
                                key=lambda s: s.start)
        self.sent_starts = [s.start for s in self.sentences]

    # --- helpers ------------------------------------------------------------------

    def words(self, name: str) -> set[str]:
        return self.lex.words[name][self.lang]

    def regex(self, name: str) -> re.Pattern[str] | None:
        return self.lex.regex[name].get(self.lang)

    def ends_with(self, name: str, pos: int, window: int = 40) -> re.Match[str] | None:
        """Match of the word list ``name`` ending right before ``pos`` (blanks allowed)."""
        pat = self.regex(name)
        if pat is None:
            return None
        rx = re.compile(r"(?:" + pat.pattern + r")\s*\Z")
        return rx.search(self.scan, max(0, pos - window), pos)

    def tok_at(self, pos: int) -> int | None:
        """Index of the first token starting at or after ``pos``."""
        k = bisect.bisect_left(self.starts, pos)
        return k if k < len(self.toks) else None

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_span(self, idx: int) -> Span:
        return self.sentences[idx] if self.sentences else Span(0, len(self.text))

    def is_capitalized(self, tok: Token) -> bool:
        return self.text[tok.start].isupper()

    def sentence_initial(self, pos: int) -> bool:
        """True when only quotes, dashes and blanks stand between the sentence start and ``pos``."""
        span = self.sentence_span(self.sentence_of(pos))
        if not (span.start <= pos <= span.end):
            return True
        return re.fullmatch(r"[\s\"“”‘’'«»¿¡(\-–—•*]*", self.text[span.start:pos]) is not None

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
        """The quantity whose numeral starts at token ``i`` (or None) and the next token to read.

        Steps: numeral; glued to a word or code?; currency before, unit/percent/currency
        after; ratio ("50 times more"); range; dates, years, times, durations rejected;
        item; bare-number checks; qualifier and "otros" before.
        """
        num = read_numeral(self.toks, i, self.scan, self.lang)
        if num is None:
            return None, i + 1
        nxt = num.last + 1
        start, end = self.toks[num.first].start, self.toks[num.last].end
        if self.glued(start, end, num):
            return None, nxt
        d = _Draft(start=start, end=end, num_start=start, value=num.value, raw_value=num.value,
                   words_only=num.words_only, sentence=self.sentence_of(start))
        self.read_currency_before(d)
        self.read_measure(d, num)
        if self.is_year_or_date(d, num):
            return None, nxt
        last_num = self.read_range(d, num) or num
        if self.is_duration_or_time(d, last_num):
            return None, nxt
        self.read_rate(d)
        if d.currency is None and not d.percent and d.unit is None and not d.times and not d.rate:
            self.read_count_item(d, num)
            if d.form == "bare" and self.bad_bare(d, num):
                return None, nxt
        elif d.unit in ("kg", "l"):
            self.read_goods_after(d, d.end)
        elif d.percent:
            self.read_percent_item(d)
        if d.words_only and d.form in ("bare",) and d.unit is None and d.currency is None and not d.percent:
            return None, nxt
        if d.words_only and self.text[start].isupper() and not self.sentence_initial(d.start) \
                and not self.lowercase_follows(num):
            return None, nxt  # "Five Eyes", "Against Two Men" in a title-case headline
        self.read_qualifier(d)
        self.read_others(d)
        k = self.tok_at(d.end)
        return d, (k if k is not None else len(self.toks))

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
        if before == ":" and before2.isdigit():
            return True
        if before in "'’" and not num.words_only and before2.isalnum():
            return True
        if before in "\"'" and before2 == "=":
            return True
        if after in "/:" and after2.isdigit():
            return True
        if after in "-–" and after2.isalpha():
            return True
        if after in "°ºª":
            return True
        if after.isalpha() and not num.words_only:
            # attached units and scales are fine ("5kg", "10%", "$3bn", "50mdd"); "14th", "2000s" are not
            return not self.attached_unit(end)
        return False

    def attached_unit(self, pos: int) -> bool:
        lex = self.lex
        m = re.match(r"[a-z0-9]+", self.scan[pos:])
        word = m.group() if m else ""
        return (word in lex.units[self.lang] or word in lex.currency_scales or word in lex.currency_abbrev
                or word in self.words("time_nouns"))

    def read_currency_before(self, d: _Draft) -> None:
        m = self.lex.currency_before_re.search(self.scan, max(0, d.start - 12), d.start)
        if m:
            d.currency = self.lex.currency_before[m.group(1).replace(" ", "")]
            d.raw_unit = self.text[m.start(1):m.end(1)]
            d.start = m.start(1)

    def read_measure(self, d: _Draft, num: Numeral) -> None:
        """Unit, percent, currency word or ratio written after the numeral; updates value and end."""
        lex, scan, lang = self.lex, self.scan, self.lang
        pos = d.end
        m = re.compile(r"\s?(" + "|".join(map(re.escape, sorted(lex.currency_abbrev, key=len, reverse=True)))
                       + r")(?![a-z0-9])").match(scan, pos)
        if m:
            code, scale = lex.currency_abbrev[m.group(1)]
            d.currency, d.raw_unit = code, self.text[m.start(1):m.end(1)]
            d.value = d.raw_value = d.value * scale
            d.end = m.end()
            return
        if d.currency:
            m = re.compile(r"\s?(" + "|".join(sorted(lex.currency_scales, key=len, reverse=True))
                           + r")(?![a-z0-9])").match(scan, pos)
            if m and num.scale == 1:
                d.value = d.raw_value = d.value * lex.currency_scales[m.group(1)]
                pos = d.end = m.end()
        m = lex.percent_re[lang].match(scan, pos)
        if m:
            d.percent, d.unit, d.raw_unit, d.end = True, "%", self.text[m.start(1):m.end(1)], m.end()
            return
        m = lex.points_re[lang].match(scan, pos)
        if m:
            d.percent, d.unit, d.raw_unit, d.end = True, "pp", self.text[m.start(1):m.end(1)], m.end()
            return
        linker = re.compile(r"(?:\s+(?:de|of))?") if num.scale > 1 else re.compile("")
        link = linker.match(scan, pos)
        after_link = link.end() if link else pos
        m = lex.currency_after_re[lang].match(scan, after_link)
        if m:
            d.currency = lex.currency_after[lang][" ".join(m.group(1).split())]
            d.raw_unit = self.text[m.start(1):m.end(1)]
            d.end = m.end()
            return
        if d.currency:
            return
        m = lex.unit_re[lang].match(scan, after_link)
        if m and self.unit_is_word(m):
            unit = lex.units[lang][" ".join(m.group(1).split())]
            d.unit, d.raw_unit = unit.unit, self.text[m.start(1):m.end(1)]
            d.value = d.raw_value * unit.factor
            d.end, d.form = m.end(), "measure"
            return
        m = re.compile(r"\s+(" + self.regex("times_words").pattern + r")").match(scan, pos)
        if m:
            d.times, d.end = True, m.end()
            comp = re.compile(r"\s+(?:" + self.regex("comparatives").pattern + r")\s+[a-z]+"
                              r"(?:\s+(?:than|que|de lo que)\s+[a-z]+)?").match(scan, d.end)
            if comp:
                d.item = self.text[d.end:comp.end()].strip()
                d.end = comp.end()

    def unit_is_word(self, m: re.Match[str]) -> bool:
        """False for a one-letter unit that is a capital or starts a word ("la 4T", "5 T-shirts")."""
        if len(m.group(1)) > 1:
            return True
        return self.text[m.start(1)].islower() and self.text[m.end():m.end() + 1] not in ("-", "'", "’")

    def read_range(self, d: _Draft, num: Numeral) -> Numeral | None:
        """Second numeral of "between 5 and 10", "entre 5 y 10", "de 5 a 10", "5 to 10", "5-10"."""
        scan = self.scan
        m = re.compile(r"\s*(and|to|y|a|-|–)\s*").match(scan, d.end)
        if not m:
            return None
        join = m.group(1)
        if join in ("and", "to", "y", "a") and not re.match(r"\s", scan[m.start():m.start() + 1] or "x"):
            return None
        opener = self.ends_with("range_open", d.start)
        if join in ("and", "y") and not (opener and opener.group().strip() in ("between", "entre")):
            return None
        if join == "a" and not (opener and opener.group().strip() == "de"):
            return None
        if join == "to" and self.ends_with("change_from", d.start):
            return None
        if join in ("-", "–") and (num.words_only or not scan[d.end - 1].isdigit() and d.unit):
            return None
        k = self.tok_at(m.end())
        if k is None:
            return None
        pos = m.end()
        lead = self.lex.currency_lead_re.match(scan, pos)  # "$5 million to $10 million"
        if lead:
            k = self.tok_at(lead.end())
            if k is None:
                return None
        second = read_numeral(self.toks, k, scan, self.lang)
        if second is None or self.toks[second.first].start - pos > 12:
            return None
        if num.words_only != second.words_only:
            return None
        low = d.value if d.unit or d.currency or num.scale > 1 else d.value * second.scale
        probe = _Draft(start=self.toks[second.first].start, end=self.toks[second.last].end,
                       num_start=self.toks[second.first].start, value=second.value,
                       raw_value=second.value, words_only=second.words_only)
        if d.currency:
            probe.currency = d.currency
        self.read_measure(probe, second)
        if d.unit and probe.unit and d.unit != probe.unit:
            return None
        if d.unit is None and probe.unit is not None:
            factor = probe.value / probe.raw_value if probe.raw_value else 1
            low = low * factor
            d.unit, d.raw_unit, d.form = probe.unit, probe.raw_unit, probe.form
            d.percent = probe.percent
        if d.currency is None and probe.currency:
            d.currency, d.raw_unit = probe.currency, probe.raw_unit
            low = low * (probe.value / second.value if second.value else 1)
        if probe.value < low or probe.value == low:
            return None
        d.value, d.value_max = low, probe.value
        d.raw_value = low if d.unit is None or d.currency else d.raw_value
        d.end = probe.end
        if opener:
            d.start = min(d.start, opener.start())
        return second

    def read_rate(self, d: _Draft) -> None:
        """Takes the denominator of a rate into the quantity: "25 per 100,000 inhabitants", "3 de cada 10"."""
        m = RATE.match(self.scan, d.end)
        if not m:
            return
        k = self.tok_at(m.end())
        den = read_numeral(self.toks, k, self.scan, self.lang) if k is not None else None
        if den is None:
            return
        d.rate, d.end = True, self.toks[den.last].end
        j = den.last + 1
        if j < len(self.toks) and not self.gap_breaks(j - 1, j) and self.np_word(j):
            d.end = self.toks[j].end
        if d.form == "bare":
            d.item = self.text[m.start():d.end].strip()
        d.form = "rate"

    def is_year_or_date(self, d: _Draft, num: Numeral) -> bool:
        """True for a year ("in 2019", "fiscal 2019") or a day of a date ("13 de agosto", "Aug. 13")."""
        if d.currency or d.unit or d.percent:
            return False
        digits = num.plain_digits
        if digits and re.fullmatch(r"\d{4}", digits) and 1800 <= int(digits) <= 2100:
            return True
        if num.value > 31 or num.value != int(num.value):
            return False
        months = self.regex("months").pattern
        if re.compile(r"(?:\s*(?:,|y|and|al|a|-|–|to)\s*\d{1,2})*\s*(?:de\s+|of\s+)?(?:" + months + r")"
                      ).match(self.scan, d.end):
            return True  # "13 de agosto", "22 y 24 de enero", "13 August"
        before = re.compile(r"(?:" + months + r")\.?\s+(?:\d{1,2}\s*(?:,|and|y|-|–|to)\s*)*\Z")
        return before.search(self.scan, max(0, d.start - 40), d.start) is not None

    def is_duration_or_time(self, d: _Draft, last: Numeral) -> bool:
        """True for a duration, age, distance or time of day ("45 años", "nine months", "6 de la tarde")."""
        if d.currency or d.unit or d.percent:
            return False
        toks, time_nouns = self.toks, self.words("time_nouns")
        k = last.last + 1
        if k < len(toks) and toks[k].text in time_nouns:
            return True
        listed = re.compile(r"(?:\s*(?:,|y|and|o|or|-|–)\s*\d+)+\s+([a-z]+)").match(self.scan, d.end)
        if listed and listed.group(1) in time_nouns:
            return True  # "de 19 y 23 años"
        if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text in time_nouns:
            return True  # "20-year sentence"
        return re.compile(r"\s*(?:de la (?:manana|tarde|noche|madrugada)|o'clock)").match(self.scan, d.end) is not None

    # --- items --------------------------------------------------------------------

    def read_count_item(self, d: _Draft, num: Numeral) -> None:
        """Item of a count: partitive, origin, quoted noun or noun phrase; sets form and end."""
        scan = self.scan
        part = re.compile(r"\s+(?:" + self.regex("partitives").pattern + r")").match(scan, d.end)
        if part:
            d.form, d.end = "partitive", part.end()
            return
        origin = re.compile(r"\s+(?:" + self.regex("origins").pattern + r")\s+(?:the\s+)?").match(scan, d.end)
        if origin:
            k = self.tok_at(origin.end())
            place = []
            while k is not None and k < len(self.toks) and self.toks[k].is_word and self.is_capitalized(self.toks[k]):
                if place and not re.fullmatch(r" ", scan[self.toks[place[-1]].end:self.toks[k].start]):
                    break
                place.append(k)
                k += 1
            if place:
                d.form, d.end = "origin", self.toks[place[-1]].end
                return
        link = re.compile(r"\s+(?:de|of)\s+").match(scan, d.end) if num.scale >= 1_000_000 else None
        k = self.tok_at(link.end() if link else d.end)  # "17 millones de personas"
        if k is None:
            return
        np = self.noun_phrase(k, plural=d.value > 1 or d.value_max is not None)
        if np is None:
            return
        first, head, last = np
        d.form = "np"
        self.set_item(d, first, head, last)
        self.attach_goods(d)

    def noun_phrase(self, k: int, *, plural: bool, mass: bool = False) -> tuple[int, int, int] | None:
        """(first, head, last) token indexes of the noun phrase at token ``k``, or None.

        English: modifiers then the head, which is the first plural noun ("Mexican
        nationals", "potentially lethal doses"); a mass noun after a unit may be singular.
        Spanish: the head first ("ciudadanos"), then up to two agreeing modifiers
        ("mexicanos"); gerunds, adverbs and finite verbs end it.
        """
        toks, text = self.toks, self.text
        quoted = toks[k].text in OPEN_QUOTES and k + 1 < len(toks)
        j = k + 1 if quoted else k
        if j >= len(toks) or toks[j - 1].end != toks[j].start and quoted:
            return None
        if self.lang == "es":
            span = self.np_es(j, plural=plural, mass=mass)
        else:
            span = self.np_en(j, plural=plural, mass=mass)
        if span is None:
            return None
        first, head, last = span
        if quoted:
            if last + 1 < len(toks) and toks[last + 1].text in CLOSE_QUOTES and toks[last + 1].start == toks[last].end:
                return k, head, last + 1
            return None
        return first, head, last

    def gap_breaks(self, a: int, b: int) -> bool:
        """True when tokens ``a`` and ``b`` are not on one line separated by blanks."""
        if a < 0 or b >= len(self.toks):
            return True
        gap = self.scan[self.toks[a].end:self.toks[b].start]
        return "\n" in gap or gap.strip() != ""

    def np_word(self, k: int) -> bool:
        """True for a token that can stand in a noun phrase (a word, not a function word or numeral)."""
        t = self.toks[k]
        if not t.is_word:
            return False
        lex = self.lex
        if t.text in lex.number_words[self.lang] or t.text in lex.scales[self.lang]:
            return False
        return t.text not in self.words("function_words")

    def np_en(self, j: int, *, plural: bool, mass: bool) -> tuple[int, int, int] | None:
        toks, others = self.toks, self.words("others")
        cands: list[int] = []
        k = j
        while k < len(toks) and len(cands) < 4:
            if cands and toks[k].text == "-" and self.glued_pair(k - 1, k) and self.glued_pair(k, k + 1):
                k += 1  # "fentanyl-laced", "AR-15 rifles"
                if toks[k].is_digits:
                    k += 1
                    continue
            elif cands and self.gap_breaks(k - 1, k):
                break
            t = toks[k]
            leading_other = not cands and t.text in others
            if not (self.np_word(k) or leading_other):
                break
            if t.text.endswith("ed") and not leading_other and t.text not in self.lex.commodities:
                break  # a participle or verb: "16 were arrested", "fuel believed stolen"
            cands.append(k)
            if not leading_other and self.plural_en(t.text):
                return cands[0], k, k
            k += 1
        cands = [c for c in cands if toks[c].text not in others]
        if not cands or (plural and not mass):
            return None
        if toks[cands[0]].text.endswith(("ing", "ly")) and toks[cands[0]].text not in self.lex.commodities:
            return None
        if not mass:
            return cands[0], cands[0], cands[0]
        head = cands[0]
        for c in cands[1:]:
            if self.is_capitalized(toks[c]) and not self.is_capitalized(toks[head]):
                break
            head = c
        return cands[0], head, head

    def glued_pair(self, a: int, b: int) -> bool:
        """True when tokens ``a`` and ``b`` touch."""
        return 0 <= a and b < len(self.toks) and self.toks[a].end == self.toks[b].start

    def plural_en(self, word: str) -> bool:
        if word in self.lex.words["irregular_plurals"]["en"]:
            return True
        return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and "." not in word

    def np_es(self, j: int, *, plural: bool, mass: bool) -> tuple[int, int, int] | None:
        toks = self.toks
        t = toks[j]
        if not self.np_word(j) or (self.is_capitalized(t) and not t.text.isupper() and not mass):
            return None
        if _verb_like_es(t.text):
            return None
        if plural and not t.text.endswith("s") and not mass:
            return None
        head = last = j
        for _ in range(2):
            k = last + 1
            if k >= len(toks) or self.gap_breaks(last, k) or not self.np_word(k):
                break
            w = toks[k].text
            if self.is_capitalized(toks[k]) or _verb_like_es(w) or w.endswith("mente"):
                break
            if toks[head].text.endswith("s") != w.endswith("s"):
                break
            last = k
        return head, head, last

    def set_item(self, d: _Draft, first: int, head: int, last: int) -> None:
        toks = self.toks
        words = [t for t in toks[first:last + 1] if t.is_word]
        if words and words[0].text in self.words("others"):
            words = words[1:]
        d.end = toks[last].end
        d.head = toks[head].text
        d.item_words = " ".join(t.text for t in words)
        if words:
            d.item = self.text[words[0].start:words[-1].end]
        m = self.lex.commodity_re.search(d.item_words)
        if m:
            d.commodity = self.lex.commodities[_norm(m.group(1))]
        pack = self.lex.packaging.get(d.head)
        if pack:
            d.packaging = pack
        if d.commodity:
            d.item = d.commodity if d.form == "measure" or not d.packaging else f"{d.commodity} {d.packaging}"

    def attach_goods(self, d: _Draft) -> None:
        """Extends a count over "of/de <commodity>": "17 million rounds of ammunition"."""
        m = re.compile(r"\s+(?:of|de|del)\s+(?:la\s+|los\s+|las\s+|el\s+)?").match(self.scan, d.end)
        if not m:
            return
        g = self.lex.commodity_re.match(self.scan, m.end())
        if not g:
            return
        commodity = self.lex.commodities[_norm(g.group(1))]
        d.end = g.end()
        self.extend_goods_modifiers(d, g)
        d.commodity = commodity
        pack = self.lex.packaging.get(d.head or "")
        d.packaging = pack
        d.item = f"{commodity} {pack}" if pack else commodity

    def extend_goods_modifiers(self, d: _Draft, g: re.Match[str]) -> None:
        """Takes the words that still describe the goods: "fentanyl pills", "cigarros apócrifos"."""
        k = self.tok_at(g.end())
        last_word = g.group(1).split()[-1]
        if k is None or self.gap_breaks(k - 1, k):
            return
        if self.lang == "en":
            if self.toks[k].text in self.lex.packaging and not self.is_capitalized(self.toks[k]):
                d.end = self.toks[k].end  # "fentanyl pills"
            return
        for _ in range(2):
            if k >= len(self.toks) or self.gap_breaks(k - 1, k) or not self.np_word(k):
                break
            w = self.toks[k].text
            if self.is_capitalized(self.toks[k]) or _verb_like_es(w) or w.endswith("mente"):
                break
            if last_word.endswith("s") != w.endswith("s"):
                break
            d.end = self.toks[k].end
            k += 1

    def read_goods_after(self, d: _Draft, pos: int, links: str = r"of|de|del") -> None:
        """Item after a unit or percentage: "of fentanyl pills", "de ácido acético glacial"."""
        m = re.compile(r"\.?\s+(?:" + links + r")\s+(?:the\s+|la\s+|los\s+|las\s+|el\s+)?").match(self.scan, pos)
        if not m:
            return
        g = self.lex.commodity_re.match(self.scan, m.end())
        if g:
            d.commodity = d.item = self.lex.commodities[_norm(g.group(1))]
            d.end = g.end()
            self.extend_goods_modifiers(d, g)
            return
        k = self.tok_at(m.end())
        if k is None or self.toks[k].start != m.end():
            return
        np = self.noun_phrase(k, plural=False, mass=True)
        if np is None:
            return
        first, head, last = np
        self.set_item(d, first, head, last)

    def read_percent_item(self, d: _Draft) -> None:
        """"9.2% decline in homicides", "30% of the fentanyl": the change word and what changed."""
        m = re.compile(r"\s+(" + self.regex("fall_words").pattern + "|" + self.regex("rise_words").pattern
                       + r")").match(self.scan, d.end)
        if m:
            if self.regex("fall_words").fullmatch(m.group(1)):
                d.value, d.notes = -abs(d.value), [*d.notes, "fall"]
            d.end = m.end()
            self.read_goods_after(d, d.end, links=r"in|of|en|de|del")
        elif not d.rate:
            self.read_goods_after(d, d.end, links=r"of|de|del")
        if "fall" not in d.notes and self.falls_before(d):
            d.value = -abs(d.value)

    def falls_before(self, d: _Draft) -> bool:
        """True when a fall word stands just before the percentage ("fell 9.2%", "una caída del 9%")."""
        k = self.tok_at(d.start)
        if k is None:
            return False
        fall = self.words("fall_words")
        skip = {"a", "an", "by", "of", "some", "un", "una", "de", "del", "en", "el", "around", "about"}
        j, seen = k - 1, 0
        while j >= 0 and seen < 3:
            w = self.toks[j].text
            if w in fall:
                return True
            if w not in skip and w not in self.words("qualifiers"):
                return False
            j, seen = j - 1, seen + 1
        return False

    # --- checks around the number -------------------------------------------------

    def bad_bare(self, d: _Draft, num: Numeral) -> bool:
        """True when a number with no unit and no item is a label, age, marker or word numeral."""
        text = self.text
        if d.words_only or d.value < 2:
            return True
        listed = re.compile(r"(?:\d+\s*(?:,|and|y|or|o|-|–)\s*)+\Z").search(self.scan, max(0, d.start - 30), d.start)
        label_end = listed.start() if listed else d.start
        if self.ends_with("label_words", label_end, window=20):
            return True  # "a las 6", "el 22", "aged 45", "article 19", "ages 19 and 23"
        k = self.tok_at(d.start)
        if k and k > 0:
            prev = self.toks[k - 1]
            if prev.is_word and self.is_capitalized(prev) and not self.sentence_initial(prev.start) \
                    and not self.gap_breaks(k - 1, k):
                return True  # "Highway 15", "Flight 370"
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:d.start].strip(" \t•*-–—") and (
                not text[d.end:line_end].strip() or re.match(r"[.)]\s", text[d.end:d.end + 2])):
            return True  # a number alone on its line, or a list marker "1." / "2)"
        before = text[:d.start].rstrip()
        after = text[d.end:].lstrip()
        if before.endswith((",", "(")) and after[:1] in (",", ")", ";") and d.value <= 120:
            return True  # an age: "Homero Zamorano Jr., 45, who"
        if before[-1:] in OPEN_QUOTES + "[" and after[:1] in CLOSE_QUOTES + "]" and d.value_max is None:
            return True  # a quoted or bracketed id: [the_ad id="89560"]
        if re.compile(r"\s*(?:per|por cada|cada)\s*\Z").search(self.scan, max(0, d.start - 12), d.start):
            return True
        return False

    def read_qualifier(self, d: _Draft) -> None:
        m = self.ends_with("qualifiers", d.start, window=30)
        if m:
            d.qualifier = " ".join(self.text[m.start():m.end()].split()).lower()

    def read_others(self, d: _Draft) -> None:
        """Keeps "otros"/"another" written just before the number in the text: "otros dos individuos"."""
        m = self.ends_with("others", d.start, window=15)
        if m and d.currency is None and not d.percent:
            d.start = m.start()

    # --- kinds --------------------------------------------------------------------

    def classify(self, drafts: list[_Draft]) -> None:
        """Sets each draft's kind; then items listed after a statistic share it."""
        for d in drafts:
            d.kind = self.kind_of(d)
        for prev, d in zip(drafts, drafts[1:]):
            if d.kind == "count" and prev.kind == "statistic" and d.form in ("origin", "partitive", "bare") \
                    and prev.sentence == d.sentence:
                gap = self.scan[prev.end:d.start].strip()
                if gap in (",", "and", "y", "e", ", and", ", y", "or", "o", ";"):
                    d.kind = "statistic"

    def kind_of(self, d: _Draft) -> str:
        if d.currency:
            return "money"
        if d.percent or d.times or d.rate:
            return "statistic"
        goods = d.unit in ("kg", "l") or d.commodity is not None or d.packaging is not None
        if not goods and self.is_death_figure(d):
            return "statistic"
        if d.head and d.head in self.words("population_words"):
            return "statistic"
        span = self.sentence_span(d.sentence)
        if goods and self.has_trigger("seizure_triggers", span):
            return "seizure"
        if goods and self.has_trigger("discovery_triggers", span):
            return "seizure"
        if self.is_goods(d) and self.has_trigger("seizure_triggers", self.clause_span(d)):
            return "seizure"  # "seized 14 vehicles": other things seized, when the clause says so
        return "count"

    def clause_span(self, d: _Draft) -> Span:
        """The clause around a quantity: its sentence cut at commas, semicolons, colons and dashes."""
        span = self.sentence_span(d.sentence)
        before = self.scan[span.start:d.start]
        breaks = list(CLAUSE_BREAK.finditer(before))
        start = span.start + breaks[-1].end() if breaks else span.start
        after = CLAUSE_BREAK.search(self.scan, d.end, span.end)
        return Span(start, after.start() if after else span.end)

    def is_death_figure(self, d: _Draft) -> bool:
        """Deaths and victims: in the item, right after it, or earlier in the same clause."""
        death = self.regex("death_words")
        if death.search(d.item_words or ""):
            return True
        if re.compile(r"\s+(?:were\s+|was\s+|have\s+|had\s+|fueron\s+|han\s+|habian\s+)?(?:" + death.pattern
                      + r")").match(self.scan, d.end):
            return True
        span = self.sentence_span(d.sentence)
        clause = self.scan[span.start:d.start]
        breaks = list(CLAUSE_BREAK.finditer(clause))
        if breaks:
            clause = clause[breaks[-1].end():]
        if d.form == "np":
            # a counted noun needs the death word close by: "the deaths of 53 migrants",
            # not "3 bodies found near the whereabouts of 3 missing surfers"
            clause = " ".join(clause.split()[-3:])
        return death.search(clause) is not None

    def has_trigger(self, name: str, span: Span) -> bool:
        """True when the sentence holds a trigger word not followed by "que" ("aseguró que" = said)."""
        pat = self.regex(name)
        if pat is None:
            return False
        not_before = self.words("not_before")
        for m in pat.finditer(self.scan, span.start, span.end):
            following = re.findall(r"[a-z0-9]+", self.scan[m.end():min(span.end, m.end() + 40)])[:4]
            cut = next((n for n, w in enumerate(following) if w[0].isdigit() or w in not_before), None)
            if cut is not None and following[cut] in not_before and (cut == 0 or following[cut - 1] != "lo"):
                continue  # "aseguró que", not "asegurado en lo que va del año"
            return True
        return False

    def is_goods(self, d: _Draft) -> bool:
        """True when the quantity counts things that can be seized (not people, groups or events)."""
        if d.form != "np" or not d.head:
            return False
        if d.head in self.words("not_goods") or self.regex("death_words").fullmatch(d.head):
            return False
        return d.head not in self.words("population_words")


def _verb_like_es(word: str) -> bool:
    """Spanish finite verbs and gerunds that follow a bare number ("fueron", "operando")."""
    return word.endswith(("ron", "ndo", "ban", "ria", "rian", "aba", "ian"))


def _norm(form: str) -> str:
    return " ".join(re.sub(r"[\s-]+", " ", form).split()) if form not in load_lexicon().commodities else form


def extract_quantities(text: str, *, lang: str, sentences: list[Span] | None = None) -> list[Quantity]:
    """Quantities in ``text`` (a clean article body), in text order; pure, writes nothing.

    ``lang`` is "en" or "es" (anything starting with "es" reads as Spanish). ``sentences``
    are sentence spans in ``text``; when None the text is split by a simple rule
    (``split_sentences``). Each quantity's ``span`` gives its ``text`` exactly.
    Raises nothing for messy input: what cannot be read is left out.
    """
    lang = "es" if lang.lower().startswith("es") else "en"
    if not text:
        return []
    reader = _Reader(text, lang, sentences)
    drafts = reader.read_all()
    reader.classify(drafts)
    return [
        Quantity(
            text=text[d.start:d.end],
            span=Span(d.start, d.end),
            value=_clean_number(d.value),
            unit=d.currency or d.unit,
            item=d.item,
            kind=d.kind,
            raw_value=_clean_number(d.raw_value),
            raw_unit=d.raw_unit,
            qualifier=d.qualifier,
            value_max=_clean_number(d.value_max) if d.value_max is not None else None,
        )
        for d in drafts
    ]


def _clean_number(value: float) -> float:
    """``value`` rounded off float noise ("16.5 millones" is 16500000.0, not 16500000.000000002)."""
    rounded = round(value, 6)
    return float(rounded) if abs(rounded - round(rounded)) > 1e-9 else float(round(rounded))
