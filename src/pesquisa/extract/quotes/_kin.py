"""An unnamed speaker whose noun tells a gender ("his sister", "la madre de la víctima"): a pronoun of that gender
right after them ("“...,” she said") is theirs, not the last named person of the other gender the story is about."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import fold, read_data
from pesquisa.records import Span

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


def last_unless_a_body(resolver: Titles, subject: Span, at: int) -> Speaker | None:
    """The last speaker, unless the subject's head is a noun of a person of some gender ("relató la mujer", "the man
    said") and the last speaker is none or no person (a place, a body): the person acting as a subject since, else
    someone unnamed in the subject's words."""
    from pesquisa.extract.quotes._antecedents import Speaker

    last = resolver.last
    head = resolver._head_token(subject)
    if (last is not None and last.person) or head is None or \
            not any(fold(head.text) in nouns for nouns in _gendered().values()):
        return last
    acted = resolver._last_subject(at)  # "Rosa lleva dos años buscando ... relató la madre": a person acting since
    if acted is not None and acted.person and (last is None or last.span is None or
                                                (acted.span is not None and acted.span.start > last.span.start)):
        return acted
    return Speaker(resolver.text[subject.start:subject.end], None, subject, "unnamed")
