"""Pesos of the country a text tells of: bare "pesos" are Mexican unless the text names another country that counts in
pesos more ("La Policía Nacional de Colombia incautó ... avaluada en 150.000 millones de pesos": Colombian pesos); a
Colombian, Argentine or Chilean Spanish text writes its pesos with a bare "$" ("un avalúo de $3.000 millones").
The places, forces and demonyms of each country are in units.yaml (``peso_countries``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pesquisa.extract.quantities._draft import Draft
from pesquisa.lexicon import read_data
from pesquisa.records import Span
from pesquisa.text import fold_chars

SENTENCE_WEIGHT = 2  # a country named in the figure's own sentence counts this many times more than one named elsewhere


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    """Per currency code, one pattern for the folded names of its country."""
    units = read_data("units.yaml")
    return {code: re.compile(r"(?<![a-z])(?:" + "|".join(
        re.escape(fold_chars(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + r")(?![a-z])")
        for code, words in units["peso_countries"].items()}


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of pesos, the countries writing theirs with a bare "$", those whose forces "secuestran" goods."""
    units = read_data("units.yaml")
    return frozenset(units["peso_words"]), frozenset(units["dollar_sign_pesos"]), \
        frozenset(units["southern_seizure_countries"])


def named_country(scan: str) -> str | None:
    """The country other than Mexico that counts in pesos (or Paraguay) named most in ``scan``, if more than Mexico."""
    whole = {code: len(rx.findall(scan)) for code, rx in _cues().items()}
    best = max(whole, key=lambda code: (whole[code], code == "MXN"))
    return None if best == "MXN" or not whole[best] else best


def seizes_by_secuestro(scan: str) -> bool:
    """True for a text of a country whose forces "secuestran" goods (Argentina, Uruguay, Paraguay)."""
    return named_country(scan) in _lists()[2]


def country_pesos(drafts: list[Draft], scan: str, lang: str, sentence_span: Callable[[int], Span]) -> None:
    """Gives each bare "pesos" figure (and, in Spanish, each bare "$" one) the pesos of the country its text tells of."""
    peso_words, dollar_sign, _ = _lists()
    whole = {code: len(rx.findall(scan)) for code, rx in _cues().items()}
    if not any(n for code, n in whole.items() if code != "MXN"):
        return  # no other country of pesos named: the Mexican peso and the dollar stay
    for d in drafts:
        raw = fold_chars(d.raw_unit or "").strip()
        pesos = d.currency == "MXN" and raw in peso_words
        sign = d.currency == "USD" and raw == "$" and lang == "es"
        if not (pesos or sign):
            continue
        span = sentence_span(d.sentence)
        score = {code: n + SENTENCE_WEIGHT * len(_cues()[code].findall(scan, span.start, span.end))
                 for code, n in whole.items()}
        best = max(score, key=lambda code: (score[code], code == "MXN"))
        if best not in ("MXN", "PYG") and (pesos or best in dollar_sign):
            d.currency = best
