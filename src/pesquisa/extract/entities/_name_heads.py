"""A body's one-word alias that opens a longer proper name: "la Hacienda Las Palomas" (a ranch), "la Hacienda San
Antonio", "el hotel Marina El Cid". Before an article or a saint's name (names.yaml ``name_openers``) the lexicon's
short alias ("Hacienda" for the finance ministry, "Marina" for the navy) is the head word of an estate's or a
business's name, not the body."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Span

_NEXT = re.compile(r"[ \xa0]+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)")


@cache
def _openers() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["name_openers"])


def opens_longer_name(text: str, span: Span) -> bool:
    """True when the one-word name at ``span`` stands right before an article or a saint's name (module docstring)."""
    nxt = _NEXT.match(text, span.end)
    return " " not in text[span.start:span.end].strip() and nxt is not None and nxt.group(1) in _openers()
