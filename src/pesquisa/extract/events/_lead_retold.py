"""The lead's events told again with their day in the sentence right after it.

"Mexico's navy said Thursday it seized a semi-submersible ... and arrested four men aboard. The vessel was intercepted
on Tuesday off Oaxaca", "La Marina informó este jueves que aseguró un semisumergible y detuvo a cuatro tripulantes.
La embarcación fue interceptada el martes ...": a wire's lead tells what happened with only the day it was told, and the
next sentence tells it again, by another verb of its type, with the day it happened. The lead's undated events take
that day when the next sentence's events of their types give one day, none after publication: the arrest made on
board took the seizure's day, not the day the navy said so (nor none). A month does too: "La Policía Nacional ha detenido
a ... La detención se produjo el pasado fin de semana" (a weekend names no day; it resolves to its month). A lead
dated only by its dateline ("Accra, Feb. 3, GNA - The Commission has arrested two ... The suspects were arrested on
Sunday night") was filed that day: the next sentence's day in the week before it is the day it happened.
"""

from __future__ import annotations

import datetime as dt

from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Event, Span

PROSE = 100  # the lead: the first paragraph this long (the headline above it is shorter)
FILED_REACH = 7  # a dateline's day gives way to the next sentence's day in the week before it


def date_lead_retold(ctx: DocumentContext, events: list[Event], sentences: list[Span]) -> None:
    """Give the undated events of the lead's first sentence the one day (or month) that the next sentence's events of
    their types give. Writes the events."""
    lead = next((p for p in ctx.paragraphs if p.end - p.start > PROSE), None)
    first = next((i for i, s in enumerate(sentences) if lead is not None and s.start <= lead.start < s.end), None)
    if first is not None and first + 2 < len(sentences) and _dateline_alone(ctx, sentences[first]):
        first += 1  # "Ciudad de México, 27 feb 2026 (AFP)" parsed as a sentence of its own: the lead's is the next
    if first is None or first + 1 >= len(sentences):
        return
    opening, after = sentences[first], sentences[first + 1]
    filed = _filed_day(ctx, opening)
    undated = [e for e in events if e.date in (None, filed) and not e.planned and opening.contains(_at(e))]
    if not undated or any(e.date and e.date != filed and opening.contains(_at(e)) for e in events):
        return
    kinds = {e.type for e in undated}
    told = [e for e in events if e.type in kinds and not e.planned and after.contains(_at(e))]
    days = {e.date for e in told}
    day = next(iter(days)) if len(days) == 1 else None
    if day is None or len(day) not in {7, 10} or (ctx.published is not None and day > ctx.published):
        return
    if filed and any(e.date == filed for e in undated) and not _days_before(day, filed):
        return  # the dateline's day gives way only to a day of the days just before it
    for event in undated:
        event.date = day


def _filed_day(ctx: DocumentContext, opening: Span) -> str | None:
    """The day of the dateline that opens the lead ("Accra, Feb. 3, GNA -"), when the sentence tells no other date."""
    told = [d for d in ctx.dates if opening.contains(d.span) and d.value]
    return told[0].value if len(told) == 1 and len(str(told[0].value)) == 10 and ctx.in_dateline(told[0].span) else None


def _dateline_alone(ctx: DocumentContext, sentence: Span) -> bool:
    """True when ``sentence`` is only a dateline (the parser cut the lead after it)."""
    text = ctx.body[sentence.start:sentence.end]
    start = sentence.start + len(text) - len(text.lstrip())
    return ctx.in_dateline(Span(start, start + len(text.strip())))


def _days_before(day: str, filed: str) -> bool:
    """True when ``day`` is one of the ``FILED_REACH`` days before ``filed``."""
    return len(day) == 10 and 0 < (dt.date.fromisoformat(filed) - dt.date.fromisoformat(day)).days <= FILED_REACH


def _at(event: Event) -> Span:
    """Where the event's trigger is (its span when it has none)."""
    return event.trigger_span or event.span
