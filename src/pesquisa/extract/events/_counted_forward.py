"""A sentence that counts its own event forward from an earlier one it names again: "A day after officers arrested
the driver, agents in McAllen detained a second man", "Dos días después de la captura de X, la Guardia Nacional detuvo a
su hermano".

The clause ("after officers arrested the driver") tells again the last event of its type the story told with its day
(the driver's arrest on Wednesday); the sentence's own event, undated in its words, is the days its count says after
it (Thursday), never the day of the operation told before (it is "made another day": ``counted_from``). The earlier
event's day is known only once the story's undated events have taken theirs from their context, so this runs after.
"""

from __future__ import annotations

import datetime as dt

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._earlier import bounded, counts_days
from pesquisa.records import Event


def _count_of(ctx: DocumentContext, clause: Event) -> int | None:
    """The days the words before ``clause``'s span count ("a day after", "dos semanas después de"), or None."""
    before = ctx.body[max(0, clause.span.start - 40):clause.span.start]
    return None if bounded(before) else counts_days(before, ctx.cues)


def _clauses_in(event: Event, events: list[Event]) -> list[Event]:
    """The events of an earlier clause of ``event``'s sentence (their span inside it, not the whole of it)."""
    return [c for c in events if c is not event and c.span != event.span and event.span.contains(c.span)]


def counted_from(ctx: DocumentContext, event: Event, events: list[Event]) -> bool:
    """True when ``event``'s sentence counts days from an earlier event its clause tells ("A day after officers
    arrested the driver, agents detained ..."): the event was made another day than the one told before."""
    return any(c.date is None and _count_of(ctx, c) for c in _clauses_in(event, events))


def date_counted_forward(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events``, where an undated event counted forward from an undated clause (the module docstring) takes the day
    its count gives from the last event of the clause's type told with its day before its sentence, and the clause that
    day (not past publication). Changes the events of ``events``."""
    for event in events:
        if event.date is not None or event.planned:
            continue
        for clause in _clauses_in(event, events):
            days = _count_of(ctx, clause) if clause.date is None else None
            told = [e.date for e in events if e.type == clause.type and e.date and len(e.date) == 10
                    and e.span.end <= event.span.start and not e.planned]
            if not days or not told:
                continue
            day = (dt.date.fromisoformat(told[-1]) + dt.timedelta(days=days)).isoformat()
            if ctx.published is None or day <= ctx.published:
                clause.date, event.date = told[-1], day
                break
    return events
