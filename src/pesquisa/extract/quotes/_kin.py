"""An unnamed speaker whose noun tells a gender ("his sister", "la madre de la víctima"): a pronoun of that gender
right after them ("“...,” she said") is theirs, not the last named person of the other gender the story is about."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Speaker
    from pesquisa.extract.quotes._titled import Titles


@cache
def _gendered() -> dict[str, frozenset[str]]:
    """Folded nouns of each gender (``gendered_nouns`` in speech.yaml)."""
    return {g: frozenset(fold(w) for w in words) for g, words in read_data("speech.yaml")["gendered_nouns"].items()}


def unnamed_of_gender(resolver: Titles, wanted: str) -> Speaker | None:
    """The last speaker when no one is named for them and their head noun is of the ``wanted`` gender, else None."""
    last = resolver.last
    if last is None or last.cue != "unnamed" or last.span is None:
        return None
    head = resolver._head_token(last.span)
    return last if head is not None and fold(head.text) in _gendered().get(wanted, frozenset()) else None
