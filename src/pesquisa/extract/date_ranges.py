"""A stretch of days told by its two ends: "between Oct. 1 and Oct. 15", "from Nov. 3 to Nov. 9", "entre el 20 y el 28
de noviembre", "del 3 al 9 de diciembre".

What happened in it happened on no one day the text names: neither end is its day. The two ends read as the month
they share ("2026-11"), or the year, or nothing when they share neither.
"""

from __future__ import annotations

import re

from pesquisa.records import DateMention, Span

# the words before the end of a stretch: its opening word, its first end (a day's number alone, or a date), its joint
_STRETCH = re.compile(r"\b(?:between|from|entre|del|desde)\s+(?:el\s+|the\s+)?(?P<first>[\w.]+(?:\s+[\w.]+){0,3}?)\s+"
                      r"(?:and|to|through|until|y|al|a|hasta(?:\s+el)?)\s+(?:el\s+|the\s+)?$", re.I)
_DAY_NUMBER = re.compile(r"\d{1,2}")


def _shared(first: str | None, last: str) -> str | None:
    """The month both ISO days share, else their year, else None; a bare day number (``first`` None) shares the month."""
    if first is None or first[:7] == last[:7]:
        return last[:7]
    return last[:4] if first[:4] == last[:4] else None


def stretches(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with both ends of each stretch of days (the module docstring) read as what they share."""
    days = {d.span.end: d for d in found if d.value and len(d.value) == 10}
    spread: dict[Span, str | None] = {}
    for last in days.values():
        match = _STRETCH.search(text[max(0, last.span.start - 60):last.span.start])
        if not match:
            continue
        start = max(0, last.span.start - 60) + match.start("first")
        end = start + len(match.group("first"))
        first = next((d for d in found if d.span.start == start and d.span.end == end and d.value), None)
        if first is None and not _DAY_NUMBER.fullmatch(match.group("first")):
            continue
        value = _shared(first.value if first is not None else None, str(last.value))
        spread[last.span] = value
        if first is not None:
            spread[first.span] = value
    return [DateMention(d.text, d.span, spread[d.span], relative=d.relative) if d.span in spread else d for d in found]
