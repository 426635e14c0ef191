"""Two people or more named together as a verb's subject ("«Seguiremos cooperando», dicen Sheinbaum y Trump",
"Smith and Jones said in a joint letter"): their words are a joint statement, never the first one's alone."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from pesquisa.extract.quotes._antecedents import Speaker
from pesquisa.records import Span

if TYPE_CHECKING:
    from pesquisa.extract.quotes._titled import Titles

_LINK = re.compile(r"^\s*(?:,\s*)?(?:y|e|and|&)?\s*$", re.IGNORECASE)
# "El vocero de X, Y", "A spokesman for President X, Y": X completes the noun, Y (set beside it by a comma alone) names it
_OWNED = re.compile(r"(?<!\w)(?:de|del|of|for|para)\s+(?:[^\s,]+\s+){0,3}$", re.IGNORECASE)


def said_together(resolver: Titles, subject: Span, people: list) -> Speaker | None:
    """A joint statement when the subject is two different people or more joined only by commas and "y"/"and"
    ("Sheinbaum y Trump"), each named in full; None for one person, a phrase between them ("X, abogado de Y"), or one
    completing a noun before ("El vocero de X, Y, explicó": Y, the spokesman named)."""
    mentions = sorted((m for m, _e in people), key=lambda m: m.span.start)
    if len({e.local_id for _m, e in people}) < 2 or \
            any(not _LINK.match(resolver.text[a.span.end:b.span.start]) for a, b in pairwise(mentions)) or \
            (_OWNED.search(resolver.text[subject.start:mentions[0].span.start]) and
             resolver.text[mentions[0].span.end:mentions[1].span.start].strip() == ","):
        return None
    words = resolver.text[subject.start:subject.end].lstrip("\"“”«»,:;—– ")  # (not the mark a quote closed with)
    return Speaker("joint statement: " + words, None, subject, "joint", plural=True)
