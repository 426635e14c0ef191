"""Whether a reported clause is all one direct quote ('said that “...”', 'said: "I do."'), so that the quote, not
the clause, is the statement; not when the clause's own words stand before the marks as the subject the quoted
words complete ('said that straw purchasing "is one of the biggest drivers of violence"', 'dijo que el penal
«está rebasado»'): that clause is the statement, its quoted part inside it, as when the marks cover less of it."""

from __future__ import annotations

import re

from pesquisa.lexicon import fold
from pesquisa.records import Span

_COVERED = 0.8
_LINKS = frozenset({"that", "que", "como", "how"})  # the clause's link, no word of its own


def quoted_whole(text: str, content: Span, direct: list[Span]) -> bool:
    """Marks (and the punctuation around them) aside, a direct quote covers the clause at ``content`` but for its
    link ("that", "que"), with no word of the clause before the marks."""
    inner = [d for d in direct if d.overlaps(content)]
    covered = sum(min(d.end, content.end) - max(d.start, content.start) for d in inner)
    if covered <= _COVERED * len(text[content.start:content.end].strip(" \"“”«».,;:!?")):
        return False
    lead = text[content.start:min(d.start for d in inner)]
    return not [w for w in re.findall(r"\w+", lead) if fold(w) not in _LINKS]
