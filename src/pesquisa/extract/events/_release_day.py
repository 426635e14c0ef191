"""The day of a release for the arrests and seizures its prose tells with no day.

A communiqué of the FGR, a state prosecutor or a security body often sets its place and date on a line of their own
("Ciudad de México, a 3 de diciembre de 2026", which the cleaner may take off with the bulletin's number) and then tells
its operation with no day ("La FGR informa que agentes de la AIC detuvieron a tres personas en Uruapan"): the operation
is the news of that day. The line is no date of the prose (``date_line_spans`` keeps it out of the dates an event may
take); it, else the publication day, dates the arrests and seizures only when the prose names no date at all, so that a
day or month the story gives elsewhere is never overruled. A bare publication line ("March 6, 2025", "Monday, May 6,
2024") names no place.
"""

from __future__ import annotations

import re

from pesquisa.calendar import month_numbers, weekday_numbers
from pesquisa.extract.datelines import date_line_spans
from pesquisa.extract.dates import extract_dates
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._sequels import OPERATIONS
from pesquisa.records import Event


def release_day(ctx: DocumentContext) -> str | None:
    """The day of the document's first line of a place and a date ("Ciudad de México, a 3 de diciembre de 2026"), not
    after publication; else the publication day, or None."""
    for line in date_line_spans(ctx.body):
        text = ctx.body[line.start:line.end].strip()
        first = re.match(r"[\w.]+", text)
        if first is None or first.group(0).lower() in month_numbers() or first.group(0).lower() in weekday_numbers() or \
                first.group(0)[0].isdigit() or "," not in text:
            continue
        days = [d.value for d in extract_dates(text, published=ctx.published) if d.value and len(d.value) == 10]
        if days and (not ctx.published or days[0] <= ctx.published[:10]):
            return days[0]
    return ctx.published[:10] if ctx.published and len(ctx.published) >= 10 else None


def date_by_release_line(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Give the undated arrests and seizures of a release whose prose names no day the day of its place-and-date line.
    Changes the events of ``events``, and returns it."""
    undated = [e for e in events if e.type in OPERATIONS and e.date is None and not e.planned]
    if not undated or any(d.value for d in ctx.dates):
        return events
    day = release_day(ctx)
    for event in undated:
        event.date = day
    return events
