"""A seizure that names no one, told in the sentence of an arrest that names the arrested ("Federal agents arrested
him on Jan. 22 after officers found 17 rifles hidden in his pickup", "detuvieron a X después de que los agentes
encontraron tres armas en su camioneta"): what was found was found on the arrested, who is the seizure's participant
when no force of the operation is named to take that place (``_suspects.join_operation_forces``)."""

from __future__ import annotations

from bisect import bisect_right

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.nlp import sentence_starts
from pesquisa.records import Event


def join_the_arrested(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Give each seizure of ``events`` that names no one, no organizer, the people its sentence's arrest of the same day
    names. Changes the events of ``events``, and returns it."""
    starts = sentence_starts(ctx.doc)
    for event in events:
        if event.type != "seizure" or event.participants or event.organizer or event.planned:
            continue
        at = bisect_right(starts, event.span.start)
        arrested = next(([p for p in g.participants if p in ctx.people] for g in events
                         if g.type == "arrest" and not g.planned and g.date == event.date
                         and bisect_right(starts, g.span.start) == at), [])
        event.participants = arrested
    return events
