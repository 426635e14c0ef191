"""The tokens a numeral may start at: a digit group, a number word, a half or share word, Spanish "mil".

``read_numeral`` answers None at any other token before it reads anything; the reader passes those tokens
without asking it (about 55,000 asks per 100 documents, one in twenty of them at a numeral).
"""

from __future__ import annotations

from functools import cache

from pesquisa.extract.quantities._lexicon import half_words, load_quantity_lexicon
from pesquisa.extract.quantities._numerals import Token


def numeral_starts(toks: list[Token], lang: str) -> list[bool]:
    """For each token, whether ``read_numeral`` may read a numeral starting there."""
    words = _start_words(lang)
    return [t.is_digits or t.text in words for t in toks]


@cache
def _start_words(lang: str) -> frozenset[str]:
    """The words ``read_numeral`` reads a numeral from: half and share words, number words, and in Spanish the
    scale words of a thousand ("mil personas")."""
    lex = load_quantity_lexicon()
    thousand = {w for w, v in lex.scales[lang].items() if v == 1000} if lang == "es" else set()
    return half_words(lang) | lex.number_words[lang].keys() | thousand
