"""A headline's visit that is the story's meeting: "Mexico, US agree to set up security group after Landau visit" over
"Landau met with President Sheinbaum at the National Palace on Thursday". The headline names the trip by its noun; the
story tells what the visitor did on it, a meeting, and no visit of its own. So a visit the headline tells,
with no day or place of its own (the parser may read it as agreed on: "agree to set up a group after Landau
visit"), whose people all took part in a meeting the story tells as done, is that meeting;
where the story tells a visit too, the headline's is that one, and stays.
"""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Event

MET = frozenset({"meeting", "call"})  # what a visitor's trip is told as


def drop_headline_visits(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` less the headline visits the story tells as a meeting (see the module docstring)."""
    visits = [e for e in events if e.type == "visit"]
    if len(visits) != 1 or not _in_headline(ctx, visits[0]):
        return events
    visit = visits[0]
    met = [e for e in events if e.type in MET and not e.planned and set(visit.participants) <= set(e.participants)]
    return [e for e in events if e is not visit] if met else events


def _in_headline(ctx: DocumentContext, event: Event) -> bool:
    """True when the event is told in the page's first sentence, with people, and no day or place (a headline's noun,
    which the parser may read as a verb: "after Landau visit")."""
    at = event.trigger_span
    if at is None or event.date or event.place or not event.participants:
        return False
    span = ctx.doc.char_span(at.start, at.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.sent.start == 0
