"""A parent and a child who share a name: the shorter name is not the longer one's when the longer is told as kin.

News names a father by the name he goes by and then his son, who bears it with one more family name: "Dámaso
López, El Licenciado, fue sentenciado ... Su hijo, Dámaso López Serrano, se entregó", "Joaquín Guzmán ... His son
Joaquín Guzmán López". The shorter name would abbreviate the longer; told first, with the longer one opened by a
possessive and a word for kin (``kin_possessives`` and ``kin`` of ``data/relations.yaml``), they are two people.
Pure.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, read_data

SENTENCE_BREAK = re.compile(r"[.!?;\n]")


@cache
def _kin_words() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data("relations.yaml")
    return frozenset(fold(w) for w in data["kin_possessives"]), frozenset(fold(w) for w in data["kin"])


def told_as_kin(text: str, short_at: int, full_at: int) -> bool:
    """True when a longer name first written at ``full_at`` comes after the shorter one (first written at
    ``short_at``), right after a possessive and a word for kin in its sentence ("Su hijo, |Dámaso López Serrano|",
    "his son |Joaquín Guzmán López|"), or in the shorter one's sentence after a word for kin and "of" (``kin_of``)
    with at most a title between ("Marco Antonio Rivas, alias «El Pelón», the son of former mayor |Marco Antonio Rivas
    Solís|"): the kin of the person named shorter, not that person."""
    if not text or short_at >= full_at:
        return False
    tail = SENTENCE_BREAK.split(text[max(0, full_at - 40):full_at])[-1]
    words = fold(tail).split()
    possessives, kin = _kin_words()
    return (len(words) >= 2 and words[-1] in kin and words[-2] in possessives) or _kin_of_before(text, short_at, full_at)


# words of a relative's title that may stand between "the son of" and the name ("former Fresnillo mayor")
TITLE_WORDS = 4


def _kin_of_before(text: str, short_at: int, full_at: int) -> bool:
    """True when the longer name comes in the shorter one's sentence right after a word for kin, "of" and at most
    ``TITLE_WORDS`` words of a title ("the son of former mayor", "hijo del exalcalde")."""
    if SENTENCE_BREAK.search(text, short_at, full_at):
        return False
    words = fold(text[max(short_at, full_at - 80):full_at]).replace(",", " ").split()
    _possessives, kin = _kin_words()
    joins = frozenset(fold(w) for w in read_data("relations.yaml")["kin_of"])
    return any(words[i] in kin and words[i + 1] in joins
               for i in range(max(0, len(words) - TITLE_WORDS - 2), len(words) - 1))
