"""Numerals in English and Spanish news text, and the word lists quantities are read with.

Everything here works on a *folded* copy of the text: lower case, accents stripped, one
character for one character, so offsets found in the folded copy are offsets in the
original. Case is read from the original where it matters (a capitalized "Five Eyes" is a
name, a sentence-initial "Cuatro ciudadanos" is a count).

A numeral is a run of digits, number words and scale words read as one value:
"32,000", "1.100" (Spanish thousands dot), "2,5" (Spanish decimal comma), "17 millones",
"mil 400 millones" (1,400 × 10^6), "6 mil 602", "twenty-five", "treinta y cinco",
"a million". Scales accumulate the usual way: a thousand multiplies what is pending,
a million or more closes it ("dos millones trescientos mil" = 2,300,000).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Span


class _FoldTable(dict):
    """str.translate table folding one character to one character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        folded = base if len(base) == 1 else ch.lower() if len(ch.lower()) == 1 else ch
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold_chars(text: str) -> str:
    """``text`` lower-cased and accent-stripped, one character for each original character."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def fold_form(form: str) -> str:
    """A data-file form folded like the text it is matched against."""
    return " ".join(fold_chars(form).split())


# Tokens of folded text: dotted acronyms ("u.s.", "ee.uu."), digit groups, words, any other
# single character. Hyphens split words so "twenty-five" and "MS-13" can be read apart.
TOKEN = re.compile(r"(?:[a-z]{1,2}\.){2,}|\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?|\S")
# Noise masked before reading numbers: links, e-mail, handles, hashtags, phone numbers.
# An e-mail starts at a word's start and its parts are bounded: an open-ended ``\S+@``
# retried at every position of a 1,000,000-letter word never finished (issue 16).
NOISE = re.compile(
    r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|(?<!\S)\S{1,256}@\S{1,256}\.\w+|[@#]\w+"
    r"|(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,3}\)|\d{2,3})[\s.-]\d{3,4}[\s.-]\d{4}(?![\w])"
)


MAX_VALUE = 1e18  # numerals beyond this are junk (issue 16: a 1,000,000-digit number overflowed)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str  # folded

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def tokenize(scan: str) -> list[Token]:
    """Tokens of the folded, masked text, with offsets into the original."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(scan)]


def mask_noise(folded: str) -> str:
    """``folded`` with links, handles and phone numbers blanked out (same length)."""
    return NOISE.sub(lambda m: " " * (m.end() - m.start()), folded)


def parse_digits(s: str, lang: str) -> float | None:
    """Value of a digit group as written in ``lang``; None for versions, ids and the like.

    A separator followed by exactly three digits groups thousands ("32,000"; in Spanish
    also "1.100"); otherwise it marks decimals ("16.5", "2,5"). With both separators the
    last one is the decimal mark. English reads a dot as a decimal point always.
    """
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    if len(set(seps)) == 2:
        dec = s[max(s.rfind("."), s.rfind(","))]
        thou = "," if dec == "." else "."
        whole, frac = s.rsplit(dec, 1)
        groups = whole.split(thou)
        if not _thousand_groups(groups):
            return None
        return float("".join(groups) + "." + frac)
    sep = seps[0]
    groups = s.split(sep)
    if len(groups) > 2:
        return float("".join(groups)) if _thousand_groups(groups) else None
    thousands = len(groups[1]) == 3 and _thousand_groups(groups) and (sep == "," or lang == "es")
    return float("".join(groups)) if thousands else float(groups[0] + "." + groups[1])


def _thousand_groups(groups: list[str]) -> bool:
    """True when ``groups`` read as 1-3 leading digits then groups of exactly three."""
    return 1 <= len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])


@dataclass(slots=True)
class Numeral:
    """A numeral read from tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    value: float
    words_only: bool  # no digit in it ("cuatro", "a million")
    scale: float  # the last scale applied (1 when none): "between 5 and 10 million"
    plain_digits: str | None  # the digit group when the numeral is only that ("2019")


def _gap(scan: str, a: Token, b: Token) -> str:
    return scan[a.end:b.start]


def read_numeral(toks: list[Token], i: int, scan: str, lang: str) -> Numeral | None:
    """The numeral starting at token ``i``, or None when none starts there.

    Steps: read atoms (digits, number words, scale words) while the joins between them
    are ones a numeral allows; then fold them into one value.
    """
    lex = load_lexicon()
    words, scales = lex.number_words[lang], lex.scales[lang]
    t = toks[i]
    if t.is_digits:
        v = parse_digits(t.text, lang)
        if v is None:
            return None
        atoms: list[tuple[str, float]] = [("d", v)]
    elif t.text in words:
        atoms = [("w", words[t.text])]
    elif t.text in scales and lang == "es" and scales[t.text] == 1000:
        atoms = [("s", 1000.0)]  # "mil personas", "mil millones"
    else:
        return None
    j = i
    while j + 1 < len(toks):
        nxt = _next_atom(toks, j, scan, atoms, words, scales, lang)
        if nxt is None:
            break
        j, atom = nxt
        atoms.append(atom)
    # an article counts only before a scale ("a million", "un millón", "medio millón"); so
    # does Spanish "un/una/uno", an article far more often than a number. English "one"
    # stands alone here; the extractor keeps it only before a noun ("one person").
    alone = len(atoms) == 1 or atoms[1][0] != "s"
    if atoms[0][0] == "w" and alone and (t.text in lex.article_numbers or (atoms[0][1] <= 1 and lang == "es")):
        return None
    value, last_scale = _combine(atoms)
    if not value < MAX_VALUE:  # a digit run of thousands of characters, or inf: no figure anyone reports
        return None
    return Numeral(i, j, value, all(a[0] != "d" for a in atoms), last_scale,
                   t.text if len(atoms) == 1 and atoms[0][0] == "d" else None)


def _space(gap: str) -> bool:
    """True for the blank between two words of one numeral (not a line break)."""
    return gap != "" and gap.strip() == "" and "\n" not in gap


def _next_atom(toks, j, scan, atoms, words, scales, lang):
    """(index, atom) of the atom that continues the numeral after token ``j``, or None.

    Joins a numeral allows: a blank ("dos mil", "17 million"), a hyphen between tens and
    units ("twenty-five"), "y" between tens and units ("treinta y cinco"), "and" after a
    scale ("two hundred and fifty"). Digits follow only a Spanish scale word ("mil 400").
    """
    prev_kind, prev_val = atoms[-1]
    k = j + 1
    gap = _gap(scan, toks[j], toks[k])
    joiner = None
    if gap == "" and toks[k].text == "-":
        if k + 1 >= len(toks) or _gap(scan, toks[k], toks[k + 1]) != "":
            return None
        joiner, k = "-", k + 1
    elif _space(gap) and toks[k].text in ("y", "and"):
        if k + 1 >= len(toks) or not _space(_gap(scan, toks[k], toks[k + 1])):
            return None
        joiner, k = toks[k].text, k + 1
    elif not _space(gap):
        return None
    t = toks[k]
    tens_unit = prev_kind == "w" and 20 <= prev_val < 100 and prev_val % 10 == 0
    if t.is_digits:
        v = parse_digits(t.text, lang)
        if v is None or joiner or lang != "es" or prev_kind != "s" or v >= prev_val:
            return None
        return k, ("d", v)
    if t.text in scales:
        if joiner or (prev_kind == "s" and scales[t.text] <= prev_val):
            return None
        return k, ("s", float(scales[t.text]))
    if t.text in words and t.text not in load_lexicon().article_numbers and (words[t.text] >= 2 or tens_unit):
        v = float(words[t.text])
        if prev_kind == "d":
            return None
        if joiner in ("-", "y"):
            ok = tens_unit and v < 10
        elif joiner == "and":
            ok = prev_kind == "s"
        else:
            ok = prev_kind == "s" or (tens_unit and v < 10) or (
                prev_kind == "w" and prev_val >= 100 and prev_val % 100 == 0 and v < 100)
        return (k, ("w", v)) if ok else None
    return None


def _combine(atoms: list[tuple[str, float]]) -> tuple[float, float]:
    """(value, last scale) of a list of atoms: "mil 400 millones" -> (1.4e9, 1e6)."""
    total, current, last_scale = 0.0, None, 1.0
    for kind, v in atoms:
        if kind in ("d", "w"):
            current = (current or 0.0) + v
        elif v < 1_000_000:
            current = (current if current is not None else 1.0) * v
            last_scale = v
        else:
            total += (current if current is not None else 1.0) * v
            current = None
            last_scale = v
    return total + (current or 0.0), last_scale


# --- sentences ------------------------------------------------------------------------

# Sentence ends: . ! ? (a closing quote, a Spanish dateline dash ".-") before a blank and a
# capital, digit or opening quote.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*(?:-(?=\s))?(?=\s+[\"“‘«¿¡(]*[A-ZÁÉÍÓÚÑ0-9])")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "no",
    "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "lic", "ing", "sra", "srta", "dra", "gral", "mtro", "dip", "núm", "num",
}


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``: its lines, cut after . ! ? before a capital; "Jr." and "U.S." end none."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in SENTENCE_END.finditer(line):
            word = re.search(r"([\w.]+)[.!?…]*[\"”’»)]*-?$", line[: m.end()])
            token = (word.group(1) if word else "").rstrip(".").lower()
            if token in ABBREVIATIONS or len(token) == 1 or "." in token:
                continue
            spans.append(Span(start, pos + m.end()))
            start = pos + m.end()
        spans.append(Span(start, pos + len(line)))
        pos += len(line) + 1
    return [t for t in (_trim(text, s) for s in spans) if t.end > t.start]


def _trim(text: str, span: Span) -> Span:
    seg = text[span.start:span.end]
    return Span(span.start + len(seg) - len(seg.lstrip()), span.end - (len(seg) - len(seg.rstrip())))


# --- word lists -----------------------------------------------------------------------


def _alternation(forms, *, spaced: str = r"\s+") -> str:
    """Regex alternation of folded ``forms``, longest first; spaces match ``spaced``.

    A form ending in a letter or digit must end a word ("kg" not in "kgb"); one ending in
    a sign need not ("33%of" in a flattened list). "*" stands for any letters ("seiz*").
    """
    parts = []
    for form in sorted({fold_form(f) for f in forms}, key=len, reverse=True):
        part = spaced.join(re.escape(p).replace(r"\*", "[a-z]*") for p in form.split(" "))
        parts.append(part + r"(?![a-z0-9])" if form[-1].isalnum() else part)
    return "|".join(parts)


def commodity_key(form: str) -> str:
    """Lookup key of a commodity form as written or matched ("fentanyl-laced  pills" = "fentanyl laced pills")."""
    return " ".join(re.sub(r"[\s-]+", " ", fold_chars(form)).split())


def _words(block: dict, lang: str) -> list[str]:
    return list(block.get(lang, [])) if isinstance(block, dict) else list(block)


def _both(block: dict) -> list[str]:
    return [*block.get("en", []), *block.get("es", [])]


@dataclass(slots=True)
class Unit:
    unit: str
    factor: float


@dataclass
class QuantityLexicon:
    """The three data files, folded and compiled once."""

    number_words: dict[str, dict[str, float]]
    article_numbers: set[str]
    scales: dict[str, dict[str, float]]
    currency_scales: dict[str, float]
    units: dict[str, dict[str, Unit]]  # lang -> folded form -> unit
    unit_re: dict[str, re.Pattern[str]]
    percent_re: dict[str, re.Pattern[str]]
    points_re: dict[str, re.Pattern[str]]
    currency_before_re: re.Pattern[str]  # a currency ending right before a number
    currency_lead_re: re.Pattern[str]  # a currency starting here, a number after it
    currency_before: dict[str, str]  # folded form without spaces -> code
    currency_after_re: dict[str, re.Pattern[str]]
    currency_after: dict[str, dict[str, str]]  # lang -> folded word -> code
    currency_abbrev: dict[str, tuple[str, float]]
    currency_abbrev_re: re.Pattern[str]  # "50 mdd", "200mdp"
    currency_scale_re: re.Pattern[str]  # "$3bn", "$5 m"
    commodity_re: re.Pattern[str]
    commodities: dict[str, str]  # commodity_key(form) -> canonical
    packaging: dict[str, str]  # folded form -> English name
    words: dict[str, dict[str, set[str]]]  # list name -> lang -> folded words
    regex: dict[str, dict[str, re.Pattern[str]]]  # list name -> lang -> pattern


@cache
def load_lexicon() -> QuantityLexicon:
    """units.yaml, commodities.yaml and quantity_kinds.yaml, read once."""
    units_data = read_data("units.yaml")
    goods = read_data("commodities.yaml")
    kinds = read_data("quantity_kinds.yaml")
    langs = ("en", "es")

    units: dict[str, dict[str, Unit]] = {lang: {} for lang in langs}
    for entry in units_data["units"]:
        for lang in langs:
            for form in entry["forms"][lang]:
                units[lang][fold_form(form)] = Unit(entry["unit"], float(entry["factor"]))
    word_end = ""  # each form carries its own word end (see _alternation)
    unit_re = {lang: re.compile(r"\s*(" + _alternation(units[lang]) + ")" + word_end) for lang in langs}
    percent_re = {lang: re.compile(r"\s*(" + _alternation(units_data["percent"][lang]) + ")" + word_end)
                  for lang in langs}
    points_re = {lang: re.compile(r"\s*(" + _alternation(units_data["percentage_points"][lang]) + ")" + word_end)
                 for lang in langs}

    before: dict[str, str] = {}
    after: dict[str, dict[str, str]] = {lang: {} for lang in langs}
    abbrev: dict[str, tuple[str, float]] = {}
    for cur in units_data["currencies"]:
        for form in cur["before"]:
            before[fold_form(form).replace(" ", "")] = cur["code"]
        for lang in langs:
            for form in cur["after"][lang]:
                after[lang][fold_form(form)] = cur["code"]
        for form, scale in (cur.get("abbreviations") or {}).items():
            abbrev[fold_form(form)] = (cur["code"], float(scale))
    before_alt = "|".join(
        r"\s*".join(re.escape(p) for p in fold_form(f).split(" "))
        for f in sorted({fold_form(f) for c in units_data["currencies"] for f in c["before"]}, key=len, reverse=True))
    currency_before_re = re.compile(r"(?<![a-z0-9])(" + before_alt + r")\s*\Z")
    currency_lead_re = re.compile(r"(" + before_alt + r")\s*(?=\d)")
    currency_after_re = {lang: re.compile(r"\s*(" + _alternation(after[lang]) + ")" + word_end) for lang in langs}

    commodities: dict[str, str] = {}
    for canon, forms in goods["commodities"].items():
        for form in _both(forms):
            commodities.setdefault(commodity_key(form), canon)
    packaging: dict[str, str] = {}
    for name, forms in goods["packaging"].items():
        for form in _both(forms):
            packaging.setdefault(fold_form(form), name)
    commodity_re = re.compile(r"(" + _alternation(commodities, spaced=r"[\s-]+") + ")" + word_end)

    words: dict[str, dict[str, set[str]]] = {}
    regex: dict[str, dict[str, re.Pattern[str]]] = {}
    for name, block in kinds.items():
        if not isinstance(block, dict):
            continue
        words[name] = {lang: {fold_form(w) for w in _words(block, lang)} for lang in langs}
        regex[name] = {lang: re.compile(r"(?<![a-z0-9])(?:" + _alternation(_words(block, lang)) + ")")
                       for lang in langs if _words(block, lang)}
    words["not_before"] = {lang: {fold_form(w) for w in kinds["not_before"]} for lang in langs}

    return QuantityLexicon(
        number_words={lang: {fold_form(k): float(v) for k, v in units_data["number_words"][lang].items()}
                      for lang in langs},
        article_numbers={fold_form(a) for a in units_data["article_numbers"]},
        scales={lang: {fold_form(k): float(v) for k, v in units_data["scales"][lang].items()} for lang in langs},
        currency_scales={k: float(v) for k, v in units_data["currency_scales"].items()},
        units=units, unit_re=unit_re, percent_re=percent_re, points_re=points_re,
        currency_before_re=currency_before_re, currency_lead_re=currency_lead_re, currency_before=before,
        currency_after_re=currency_after_re, currency_after=after, currency_abbrev=abbrev,
        currency_abbrev_re=re.compile(r"\s?(" + _alternation(abbrev) + ")"),
        currency_scale_re=re.compile(r"\s?(" + _alternation(units_data["currency_scales"]) + ")"),
        commodity_re=commodity_re, commodities=commodities, packaging=packaging,
        words=words, regex=regex,
    )


@cache
def words_pattern(template: str, name: str, lang: str) -> re.Pattern[str]:
    """``template`` with WORDS standing for the word list ``name`` of quantity_kinds.yaml, compiled once."""
    words = load_lexicon().regex[name].get(lang)
    alternation = words.pattern if words is not None else r"(?!x)x"
    return re.compile(template.replace("WORDS", "(?:" + alternation + ")"))
