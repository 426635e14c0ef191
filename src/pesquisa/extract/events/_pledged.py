"""A pledge to meet: the day and place of the meeting pledged are not the pledge's.

"Rubio and De la Fuente committed to meet again in March in Mexico City", "los ministros se comprometieron este lunes a
reunirse cada tres meses": the commitment is made when the story tells it (its own day, "este lunes", before the
meeting's verb), while "in March" and "in Mexico City" belong to the planned meeting the sentence also tells. A
commitment keeps a date or place only when the sentence names it before the trigger of the gathering it pledges.
"""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Event

PLEDGED = frozenset({"meeting", "call", "visit"})


def pledges_apart(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` with each commitment's date and place told only in the clause of a planned gathering after it
    (same sentence) left out (in place)."""
    for pledge in events:
        if pledge.type != "commitment" or pledge.planned or pledge.trigger_span is None:
            continue
        after = [e.trigger_span.start for e in events if e.type in PLEDGED and e.planned and e.span == pledge.span
                 and e.trigger_span is not None and e.trigger_span.end > pledge.trigger_span.end]
        if not after:
            continue
        cut = min(after)
        if pledge.date and not any(pledge.span.start <= d.span.start < cut for d in ctx.dates):
            pledge.date = None
        if pledge.place and not any(e.local_id == pledge.place and pledge.span.start <= m.span.start < cut
                                    for m, e in ctx.mentions):
            pledge.place, pledge.country = None, None
    return events
