"""A name that only completes a noun before it: "el abogado de X", "the wife of X", "A spokesman for Mexican President
X, Y" (X completes "spokesman"; Y, set beside the noun, is the one who speaks). The preposition may stand a few title
words before the name ("for Mexican President X", "del presidente X"), so long as no other entity is named between."""

from __future__ import annotations

import re

from pesquisa.records import Span

# a preposition that hangs a name on a noun, then at most three words (a title) up to the name
_COMPLETING = re.compile(r"(?<![\w-])(?:de|del|of|for)\s+(?:[^\s,;:()]+\s+){0,3}$", re.IGNORECASE)


def completes_noun(text: str, name: Span, others: list[Span]) -> bool:
    """True when the name at ``name`` completes a noun after a preposition, only title words between them (no mention
    of ``others``: "the governor of Texas, X" does not make X complete anything)."""
    before = _COMPLETING.search(text, max(0, name.start - 60), name.start)
    return before is not None and not any(before.start() < o.start < name.start for o in others)
