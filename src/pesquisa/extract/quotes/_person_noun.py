"""A person's title written like an office's name but for its accent: "la secretaria" (the woman who heads the
Secretaría) is no "la Secretaría"; the lower-case word without the office's accent is the person."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import load_lexicon
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._antecedents import Antecedents


@cache
def _office_words() -> frozenset[str]:
    """The Spanish and English descriptions of an office (``org_descriptions``), as written, accents kept."""
    table = load_lexicon().speech["org_descriptions"]
    return frozenset(w.lower() for code in table for w in table[code])


def titled_as_person(known: Antecedents, subject: Span) -> bool:
    """The subject's head is written in lower case as a title head that, accents kept, is no office's description
    ("La secretaria agregó"; not "la Secretaría informó", "la secretaría precisó" nor "the office said")."""
    head = known._head_token(subject)
    return head is not None and head.text.islower() and head.text not in _office_words() and \
        head.text in load_lexicon().title_heads("es")
