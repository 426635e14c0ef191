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


def said_together(resolver: Titles, subject: Span, people: list) -> Speaker | None:
    """A joint statement when the subject is two different people or more joined only by commas and "y"/"and"
    ("Sheinbaum y Trump"), each named in full; None for one person or a phrase between them ("X, abogado de Y")."""
    mentions = sorted((m for m, _e in people), key=lambda m: m.span.start)
    if len({e.local_id for _m, e in people}) < 2 or \
            any(not _LINK.match(resolver.text[a.span.end:b.span.start]) for a, b in pairwise(mentions)):
        return None
    words = resolver.text[subject.start:subject.end].lstrip("\"“”«»,:;—– ")  # (not the mark a quote closed with)
    return Speaker("joint statement: " + words, None, subject, "joint", plural=True)
