"""The quantity lexicon: units.yaml, commodities.yaml and quantity_kinds.yaml, folded and compiled once.

Every form is folded like the text it is matched against (``pesquisa.text.fold_chars``),
so a pattern found in the folded copy of a text gives offsets in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.text import fold_chars, fold_form


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
    fractions: dict[str, dict[str, float]]  # lang -> folded word -> denominator ("quarter": 4)
    share_fractions: dict[str, dict[str, float]]  # the same, for a share: "three-quarters of the guns"
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
    anaphor_re: dict[str, re.Pattern[str]]  # "of the drug", "del alcaloide": a drug named before (group 1: the word)
    anaphors: dict[str, set[str]]  # folded word (both languages) -> the commodities it can point back to
    words: dict[str, dict[str, set[str]]]  # list name -> lang -> folded words
    regex: dict[str, dict[str, re.Pattern[str]]]  # list name -> lang -> pattern


LANGS = ("en", "es")


def _unit_tables(units_data: dict) -> dict:
    """Units, percent signs and percentage points per language, with their patterns."""
    units: dict[str, dict[str, Unit]] = {lang: {} for lang in LANGS}
    for entry in units_data["units"]:
        for lang in LANGS:
            for form in entry["forms"][lang]:
                units[lang][fold_form(form)] = Unit(entry["unit"], float(entry["factor"]))
    # each form carries its own word end (see _alternation)
    return {
        "units": units,
        "unit_re": {lang: re.compile(r"\s*(" + _alternation(units[lang]) + ")") for lang in LANGS},
        "percent_re": {lang: re.compile(r"\s*(" + _alternation(units_data["percent"][lang]) + ")") for lang in LANGS},
        "points_re": {lang: re.compile(r"\s*(" + _alternation(units_data["percentage_points"][lang]) + ")")
                      for lang in LANGS},
    }


def _currency_tables(units_data: dict) -> dict:
    """Currency signs before a number, words after it, abbreviations with their scale, and their patterns."""
    before: dict[str, str] = {}
    after: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    abbrev: dict[str, tuple[str, float]] = {}
    for cur in units_data["currencies"]:
        for form in cur["before"]:
            before[fold_form(form).replace(" ", "")] = cur["code"]
        for lang in LANGS:
            for form in cur["after"][lang]:
                after[lang][fold_form(form)] = cur["code"]
        for form, scale in (cur.get("abbreviations") or {}).items():
            abbrev[fold_form(form)] = (cur["code"], float(scale))
    before_alt = "|".join(
        r"\s*".join(re.escape(p) for p in fold_form(f).split(" "))
        for f in sorted({fold_form(f) for c in units_data["currencies"] for f in c["before"]}, key=len, reverse=True))
    return {
        "currency_before_re": re.compile(r"(?<![a-z0-9])(" + before_alt + r")\s*\Z"),
        "currency_lead_re": re.compile(r"(" + before_alt + r")\s*(?=\d)"),
        "currency_before": before,
        "currency_after_re": {lang: re.compile(r"\s*(" + _alternation(after[lang]) + ")") for lang in LANGS},
        "currency_after": after,
        "currency_abbrev": abbrev,
        "currency_abbrev_re": re.compile(r"\s?(" + _alternation(abbrev) + ")"),
        "currency_scale_re": re.compile(r"\s?(" + _alternation(units_data["currency_scales"]) + ")"),
    }


def _goods_tables(goods: dict) -> dict:
    """Commodities (any form -> canonical English name), packaging words, and the commodity pattern."""
    commodities: dict[str, str] = {}
    for canon, forms in goods["commodities"].items():
        for form in _both(forms):
            commodities.setdefault(commodity_key(form), canon)
    packaging: dict[str, str] = {}
    for name, forms in goods["packaging"].items():
        for form in _both(forms):
            packaging.setdefault(fold_form(form), name)
    commodity_re = re.compile(r"(" + _alternation(commodities, spaced=r"[\s-]+") + ")")
    anaphor_re = {lang: re.compile(r"(?<![a-z0-9])(?:" + _alternation(goods["anaphor_determiners"][lang]) + r")\s+("
                                   + _alternation(goods["anaphors"][lang]) + ")") for lang in LANGS}
    anaphors = {fold_form(word): set(goods["refer_to"]) if drugs == "any" else set(drugs)
                for lang in LANGS for word, drugs in goods["anaphors"][lang].items()}
    return {"commodities": commodities, "packaging": packaging, "commodity_re": commodity_re,
            "anaphor_re": anaphor_re, "anaphors": anaphors}


def _word_tables(kinds: dict) -> dict:
    """The word lists of quantity_kinds.yaml, folded, and one pattern per list and language."""
    words: dict[str, dict[str, set[str]]] = {}
    regex: dict[str, dict[str, re.Pattern[str]]] = {}
    for name, block in kinds.items():
        if not isinstance(block, dict):
            continue
        words[name] = {lang: {fold_form(w) for w in _words(block, lang)} for lang in LANGS}
        regex[name] = {lang: re.compile(r"(?<![a-z0-9])(?:" + _alternation(_words(block, lang)) + ")")
                       for lang in LANGS if _words(block, lang)}
    words["not_before"] = {lang: {fold_form(w) for w in kinds["not_before"]} for lang in LANGS}
    return {"words": words, "regex": regex}


@cache
def load_quantity_lexicon() -> QuantityLexicon:
    """units.yaml, commodities.yaml and quantity_kinds.yaml, read once."""
    units_data = read_data("units.yaml")
    return QuantityLexicon(
        number_words={lang: {fold_form(k): float(v) for k, v in units_data["number_words"][lang].items()}
                      for lang in LANGS},
        article_numbers={fold_form(a) for a in units_data["article_numbers"]},
        scales={lang: {fold_form(k): float(v) for k, v in units_data["scales"][lang].items()} for lang in LANGS},
        fractions={lang: {fold_form(k): float(v) for k, v in units_data["fractions"][lang].items()} for lang in LANGS},
        share_fractions={lang: {fold_form(k): float(v) for k, v in units_data["share_fractions"][lang].items()}
                         for lang in LANGS},
        currency_scales={k: float(v) for k, v in units_data["currency_scales"].items()},
        **_unit_tables(units_data), **_currency_tables(units_data),
        **_goods_tables(read_data("commodities.yaml")), **_word_tables(read_data("quantity_kinds.yaml")),
    )


@cache
def words_pattern(template: str, name: str, lang: str) -> re.Pattern[str]:
    """``template`` with WORDS standing for the word list ``name`` of quantity_kinds.yaml, compiled once."""
    words = load_quantity_lexicon().regex[name].get(lang)
    alternation = words.pattern if words is not None else r"(?!x)x"
    return re.compile(template.replace("WORDS", "(?:" + alternation + ")"))


@cache
def half_words(lang: str) -> frozenset[str]:
    """The words that may open a half or share ("half", "mitad", "halved", "tercio"): joined once per language, not
    for every token a numeral may start at."""
    lex = load_quantity_lexicon()
    return frozenset(lex.words["half_shares"][lang] | lex.words["halving_verbs"][lang] | lex.share_fractions[lang].keys())
