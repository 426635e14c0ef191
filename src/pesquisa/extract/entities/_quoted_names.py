"""A place named inside a quoted name of several capitalized words: "the “Fentanyl Free America” priority", "el
programa “Sinaloa Unido”", "la campaña “Michoacán Seguro”". The quotes make the words one name (a programme, a
slogan, a ship's, a campaign's); the place the lexicon finds in it is no place the text speaks of."""

from __future__ import annotations

import re

from pesquisa.records import Mention, Span

# a quoted run of two to six words, each of four letters or more capitalized ("Free", "America"), short ones free
_QUOTED = re.compile(r"[\"“«]((?:[\w'’-]+[ \xa0]+){1,5}[\w'’-]+)[\"”»]")


def _quoted_names(text: str) -> list[Span]:
    """The spans of the quoted names of ``text`` (inside the quotes)."""
    out = []
    for match in _QUOTED.finditer(text):
        words = match.group(1).split()
        if all(w[:1].isupper() for w in words if len(w) >= 4) and words[0][:1].isupper():
            out.append(Span(match.start(1), match.end(1)))
    return out


def without_quoted_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the lexicon's places lying inside a longer quoted name (see the module docstring)."""
    names = _quoted_names(text)
    return [m for m in mentions if not (m.type == "place" and m.source == "lexicon" and any(
        n.start <= m.span.start and m.span.end <= n.end and (m.span.start, m.span.end) != (n.start, n.end) for n in names))]
