"""The lead under a release's date line: the day of that line when the lead gives none.

"Palacio Nacional, 9 de diciembre de 2026" on a line of its own, then "La presidenta ... conversó vía telefónica con el
presidente de Guatemala": a communiqué files the day it tells, as the dateline that opens its lead would ("Palacio
Nacional, 9 de diciembre de 2026.- La presidenta conversó ..."), so the undated events of the lead's first sentence
took place that day. The cleaner drops such a line as the publication line (``CleanDocument.removed``): ``filed_day``
reads its day there; one kept above the lead is read in the body (the parser may glue it to the lead's sentence). Only
an event that happened (not one still planned, nor one told in the pluperfect), only a day not after publication, and
only a line naming where it was filed (a site's header "Monday, May 6, 2024" or stamp "Published 5:42 PM CST, December
3, 2026" dates the page, not its lead). Nor an agreement or commitment told after a dated call or meeting of its
sentence ("sostuvo el lunes una llamada ..., en la que ambos se comprometieron"): it was reached then. Nor an arrest or
seizure the sentences right after tell again with its own day ("NEW DELHI, August 19 - The NCB has arrested four persons
..., officials said. The accused were nabbed on Monday near the border"): the operation's day is that one (the events of
the operation take it, ``_date_from_context``), the line's only the telling's.
"""

from __future__ import annotations

import re

from pesquisa.calendar import alternation, month_numbers, stamp_label_words, weekday_numbers
from pesquisa.extract.datelines import date_line_spans
from pesquisa.extract.dates import extract_dates
from pesquisa.extract.events._backdrops import told_in_pluperfect
from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import CleanDocument, Event

AGREED = frozenset({"agreement", "commitment"})
GATHERED = frozenset({"meeting", "call", "visit"})
OPERATION = frozenset({"arrest", "seizure"})

CLOCK_AFTER = re.compile(r"\b\d{1,2}:\d\dh?\b")  # "12:10", "10:25h"
PROSE = 100  # the lead: the first paragraph this long (the headline above it is shorter)


def filed_day(document: CleanDocument) -> str | None:
    """The day of the date line the cleaner dropped from ``document`` ("Ciudad de México, 9 de diciembre de 2026"),
    when it is a full day not after publication; else None."""
    return next((day for line in document.removed if (day := _line_day(line, document.published))), None)


def _line_day(line: str, published: str | None) -> str | None:
    """The full day ``line`` gives when it is a date line ("Palacio Nacional, 9 de diciembre de 2026"), not after
    ``published``; else None."""
    if not date_line_spans(line):
        return None
    days = [d for d in extract_dates(line, published=published) if d.value and len(d.value) == 10]
    # (a clock after the day makes it a portal's stamp: "Sevilla, 03 Diciembre, 2026 - 12:10")
    if not days or not _placed(line[:days[0].span.start]) or (published and str(days[0].value) > published[:10]) or \
            CLOCK_AFTER.search(line, days[0].span.end):
        return None
    return days[0].value


def _placed(head: str) -> bool:
    """True when the words before a date line's day name a place, where a release was filed ("Palacio Nacional, ",
    "Ciudad de México, a "), not only a weekday or a site's label ("Monday, ", "| Published "): a site's header dates
    the page, not what its lead tells."""
    words = re.findall(r"[^\W\d_]+", head)
    known = set(weekday_numbers()) | set(month_numbers())
    return ("," in head and bool(words) and words[0][:1].isupper() and words[0].lower() not in known
            and not _stamped(head))


def _stamped(head: str) -> bool:
    """True when the words before a line's day are a site's stamp: a label ("Published", "Actualizado") or a clock
    time ("5:42 PM CST, December 3, 2026")."""
    return bool(re.search(rf"\b(?:{alternation(stamp_label_words())})\b|\b\d{{1,2}}:\d\d\b", head, re.I))


def date_line_lead(ctx: DocumentContext, events: list[Event], filed: str | None) -> list[Event]:
    """Each undated event that happened in the first sentence of the lead takes the day ``filed`` (``filed_day``).
    Changes the events of ``events``, and returns it."""
    lead = next((p for p in ctx.paragraphs if p.end - p.start > PROSE), None)
    if lead is None:
        return events
    if filed is None:  # a date line kept in the body, above the lead
        filed = next((day for line in date_line_spans(ctx.body) if line.end <= lead.start
                      and (day := _line_day(ctx.body[line.start:line.end], ctx.published))), None)
    if filed is None:
        return events
    for event in events:
        if event.date or event.planned or not event.span.start <= lead.start < event.span.end or (
                event.trigger_span is not None and told_in_pluperfect(ctx.doc, event.trigger_span)) or \
                _agreed_at_dated(event, events) or _dated_next(ctx, event, events, filed):
            continue
        event.date = filed
    return events


def _agreed_at_dated(event: Event, events: list[Event]) -> bool:
    """True for an agreement or commitment told after a dated gathering of its sentence ("sostuvo el lunes una llamada
    ..., en la que ambos se comprometieron a ..."): it was reached at it, on its day (``join_agreed``), not the line's."""
    return event.type in AGREED and event.trigger_span is not None and any(
        other.type in GATHERED and other.date and other.span == event.span and other.trigger_span is not None
        and other.trigger_span.start < event.trigger_span.start for other in events)


def _dated_next(ctx: DocumentContext, event: Event, events: list[Event], filed: str) -> bool:
    """True for an arrest or seizure whose operation an arrest or seizure of the lead's paragraph or the next one tells
    after it with a full day not after ``filed`` ("The accused were nabbed on Monday")."""
    if event.type not in OPERATION:
        return False
    after = [p for p in ctx.paragraphs if p.end > event.span.start][:2]
    end = after[-1].end if after else event.span.end
    return any(other.type in OPERATION and other.date and len(other.date) == 10 and other.date <= filed
               and event.span.end <= other.span.start < end for other in events)
