"""An officer named again by a noun of the forces: "El comandante de la Décima Zona Militar, general X, ..." then
"El militar explicó que ...". The noun is an unnamed source of its own (a soldier who speaks off the record), so it
names someone only when the story holds an officer of a rank it covers (speech.yaml ``force_nouns``), and only as
a bare definite description ("el militar", "el marino"; not "un militar", nor "el militar, quien pidió ...")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data
from pesquisa.records import LocalEntity

if TYPE_CHECKING:
    from pesquisa.extract.quotes._speakers import Resolver

_DEFINITE = frozenset({"el", "la"})


@cache
def _force_nouns() -> dict[str, tuple[str, ...]]:
    """Each folded noun of the forces with the ranks, folded, that it names again."""
    return {fold(noun): tuple(fold(r) for r in ranks) for noun, ranks in read_data("speech.yaml")["force_nouns"].items()}


def ranked_officer(known: Resolver, words: list[str], at: int) -> LocalEntity | None:
    """The officer the bare definite description ``words`` ("el militar") names again: the person of the story whose
    title holds a rank of the noun, named before ``at``; else None."""
    if len(words) != 2 or words[0] not in _DEFINITE:
        return None
    for rank in _force_nouns().get(words[1], ()):
        hit = known._described(rank.split(), at)
        if hit is not None:
            return hit
    return None
