"""Earlier events a sentence counts from: "met Rubio in Washington on Tuesday, a week after Rubio held talks in Mexico
City", "hablaron por teléfono este jueves, dos semanas después de la llamada del pasado 5 de noviembre".

Such a trigger, after "after", "tras", "después de" (``precedents`` in events.yaml), tells an event of its own
besides the sentence's: its clause (from "after" to the next comma) places and dates it, and the sentence's own
event takes nothing from that clause; words before it that count days or weeks (``precedent_days``) give its day
from the sentence's own.
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import Cues
from pesquisa.records import Span


def earlier_clause(text: str, match: re.Match[str], cues: Cues) -> tuple[int, int] | None:
    """The clause of an earlier event the sentence counts from ("a week after Rubio held talks in Mexico City"):
    from "after" to the next comma, semicolon or the end; None for a trigger with no such words before it."""
    start = max(0, match.start() - 50)
    words = next((m for p in cues.precedents if (m := p.search(text[start:match.start()]))), None)
    if words is None:
        return None
    stop = re.search(r"[,;]", text[match.end():])
    return start + words.start(), match.end() + stop.start() if stop else len(text.rstrip())


def region_of(sentence: Span, match: re.Match[str], clause: tuple[int, int] | None,
            clauses: list[tuple[int, int]]) -> Span:
    """Where in the sentence a trigger's place and date are read: an earlier event's own clause; for the sentence's
    own event, the part of the sentence before or after the clause of an earlier one, on the side of its trigger."""
    if clause:
        return Span(sentence.start + clause[0], sentence.start + clause[1])
    if not clauses:
        return sentence
    start, end = clauses[0]
    if match.start() < start:
        return Span(sentence.start, sentence.start + start)
    return Span(sentence.start + end, sentence.end)


def counts_days(before: str, cues: Cues) -> int | None:
    """How many days the words right before an earlier event's clause count ("a week", "dos semanas"), or None."""
    said = " ".join(before[-20:].casefold().split())
    return next((n for words, n in cues.precedent_days.items() if said.endswith(words)), None)


def days_before(ctx: DocumentContext, clause: Span, day: str | None) -> str | None:
    """The day of an earlier event the sentence counts from, ``day`` less what the words before its clause say ("a
    week after", "dos semanas después de"), or None."""
    if not day or len(day) != 10:
        return None
    days = counts_days(ctx.body[max(0, clause.start - 20):clause.start], ctx.cues)
    return (dt.date.fromisoformat(day) - dt.timedelta(days=days)).isoformat() if days else None
