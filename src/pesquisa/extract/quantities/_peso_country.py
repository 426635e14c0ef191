"""Pesos of the country a text tells of: bare "pesos" are Mexican unless the text names another country that counts in
pesos more ("La Policía Nacional de Colombia incautó ... avaluada en 150.000 millones de pesos": Colombian pesos); a
Colombian, Argentine or Chilean Spanish text writes its pesos with a bare "$" ("un avalúo de $3.000 millones").
The places, forces and demonyms of each country are in units.yaml (``peso_countries``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from pesquisa.extract.quantities._draft import Draft
from pesquisa.lexicon import read_data
from pesquisa.records import Span
from pesquisa.text import fold_chars

WORD = re.compile(r"[a-z]+")
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


@cache
def _cue_words() -> tuple[dict[tuple[str, ...], str], int]:
    """Each country's names as tuples of folded words -> its code, and the most words a name has."""
    table = {tuple(fold_chars(w).split()): code for code, words in read_data("units.yaml")["peso_countries"].items()
             for w in words}
    return table, max(len(k) for k in table)


@lru_cache(maxsize=4)
def _named(scan: str) -> dict[str, int]:
    """How many times ``scan`` names each country of ``peso_countries``, read word by word (once per text: the scanner
    asks, then the currencies); a longer name is taken over the shorter one inside it."""
    table, longest = _cue_words()
    counts = dict.fromkeys(table.values(), 0)
    firsts = {k[0] for k in table}
    words = WORD.findall(scan)
    i = 0
    while i < len(words):
        if words[i] not in firsts:
            i += 1
            continue
        size = next((n for n in range(min(longest, len(words) - i), 0, -1) if tuple(words[i:i + n]) in table), 0)
        if size:
            counts[table[tuple(words[i:i + size])]] += 1
        i += max(size, 1)
    return counts


def named_country(scan: str) -> str | None:
    """The country other than Mexico that counts in pesos (or Paraguay) named most in ``scan``, if more than Mexico."""
    whole = _named(scan)
    best = max(whole, key=lambda code: (whole[code], code == "MXN"))
    return None if best == "MXN" or not whole[best] else best


def seizes_by_secuestro(scan: str) -> bool:
    """True for a text of a country whose forces "secuestran" goods (Argentina, Uruguay, Paraguay)."""
    return named_country(scan) in _lists()[2]


def country_pesos(drafts: list[Draft], scan: str, lang: str, sentence_span: Callable[[int], Span]) -> None:
    """Gives each bare "pesos" figure (and, in Spanish, each bare "$" one) the pesos of the country its text tells of."""
    peso_words, dollar_sign, _ = _lists()
    whole = _named(scan)
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
