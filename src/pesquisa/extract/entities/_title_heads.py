"""Title heads around a span the model tagged: "Secretary of |State", "Foreign Affairs| Minister", "Federal
Public| Defender" (``data/titles.yaml`` heads), for the checks of ``_model``."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import caseless
from pesquisa.extract.entities._names import is_given_name, names_data
from pesquisa.records import Span


def _heads() -> str:
    """The title heads as one regex alternation, longest first."""
    return "|".join(re.escape(h) for h in sorted(names_data().title_heads, key=len, reverse=True))


@cache
def _title_head_after() -> re.Pattern[str]:
    return re.compile(r"[ \xa0]+(?:" + _heads() + r")\b", re.I)


@cache
def _title_of_before() -> re.Pattern[str]:
    return re.compile(r"\b(?:ex-?)?(?:" + _heads() + r")\s+(?:of|de|del|for|para)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


@cache
def _title_head_ending() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _heads() + r")[ \xa0]+$", re.I)


def title_head_before(text: str, start: int) -> bool:
    """A title head right before a span ('la diputada |PS Emilia Nuyado'): ``_title_head_ending`` searched over the
    40 characters before it, told by the head's length instead of trying all heads at each of the 40 places.

    The head ends where the spaces before the span (and a last newline, which ``$`` passes) start, since no head
    ends with a space; its characters match under ``re.I`` exactly when their ``caseless`` forms are equal."""
    window = text[max(0, start - 40):start]
    stem = window[:-1] if window.endswith("\n") else window
    end = len(stem.rstrip(" \xa0"))
    if end == len(stem):
        return False
    by_length, longest = _heads_by_length()
    tail = caseless(stem[max(0, end - longest):end])
    return any(n <= len(tail) and tail[len(tail) - n:] in heads and _BOUNDARY.match(window, end - n) is not None
               for n, heads in by_length)


_BOUNDARY = re.compile(r"\b")


@cache
def _heads_by_length() -> tuple[tuple[tuple[int, frozenset[str]], ...], int]:
    """The title heads (``caseless``) by their length, and the longest length."""
    by_length: dict[int, set[str]] = {}
    for head in names_data().title_heads:
        assert head[-1:] not in " \xa0", head  # the search above relies on it
        by_length.setdefault(len(head), set()).add(caseless(head))
    return tuple((n, frozenset(heads)) for n, heads in sorted(by_length.items())), max(by_length, default=0)


def title_precedes(text: str, start: int) -> bool:
    """A title head and 'of' right before a span ('Secretary of |State')."""
    return bool(_title_of_before().search(text[max(0, start - 40):start]))


@cache
def _title_head_here() -> re.Pattern[str]:
    return re.compile(r"(?:" + _heads() + r")\b", re.I)


def opens_title(text: str, span: Span) -> bool:
    """The span is the first words of a longer title head ('Federal Public| Defender')."""
    found = _title_head_here().match(text, span.start)
    return found is not None and found.end() > span.end


def title_follows(text: str, end: int) -> bool:
    """A title head right after a span ('Foreign Affairs| Minister')."""
    return bool(_title_head_after().match(text, end))


_CAPITAL_NEXT = re.compile(r"[ \xa0]+[A-ZÁÉÍÓÚÑ]")


def titles_next(text: str, span: Span) -> bool:
    """The span is a title that ends on its head, and a name follows it: "|Bexar County Sheriff| Javier Salazar",
    "|Laredo Sector Border Patrol Chief| Juan Bernal" (a place and a body before the head, the model's person). A span
    opening with a given name is a person whose surname is a head ("Luisa María Alcalde Luján", "Mark Judge")."""
    words = text[span.start:span.end].split()
    if len(words) < 2 or is_given_name(words[0]) or not _CAPITAL_NEXT.match(text, span.end):
        return False
    heads = names_data().title_heads
    return any(" ".join(words[k:]).lower() in heads for k in range(1, len(words)))
