"""The one who arrived after an extradition that names no one sent was the extradited.

A U.S. Attorney's release tells the extradition before its man: "A Mexican national alleged to be a plaza boss for the
Gulf Cartel has been extradited from Mexico to face federal drug trafficking charges ... X, 47, of Reynosa, arrived in
Houston on Monday and made his initial appearance": the extradition named no person, and the arrival was a visit of X.
The one person who arrived, told in the extradition's paragraph or the next, is the extradited, the arrival the end of
the flight (its day, where the extradition has none); the words are ``arrival_triggers`` in ``data/events.yaml``.
"""

from __future__ import annotations

from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.lexicon import read_data
from pesquisa.records import Event


@cache
def _arrivals() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["arrival_triggers"])


def _paragraphs_apart(ctx: DocumentContext, first: Event, later: Event) -> int:
    """How many paragraphs ``later``'s sentence stands after ``first``'s."""
    starts = [p.start for p in ctx.paragraphs]
    return sum(first.span.start < s <= later.span.start for s in starts)


def _arrival_of_one(ctx: DocumentContext, event: Event) -> str | None:
    """The one person a visit told by an arrival names, or None."""
    people = [p for p in event.participants if p in ctx.people]
    return people[0] if event.type == "visit" and event.trigger.casefold() in _arrivals() and len(people) == 1 else None


def name_the_arrived(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` with the arrival right after an extradition that names no person joined to it (the one who arrived
    is its person, and its day the extradition's where it has none), the arrival dropped."""
    dropped: set[int] = set()
    for n, event in enumerate(events):
        if event.type != "extradition" or event.planned or any(p in ctx.people for p in event.participants):
            continue
        later = sorted((e for e in events[n + 1:] if e.span.start > event.span.start), key=lambda e: e.span.start)
        arrival = next((e for e in later if _arrival_of_one(ctx, e) and _paragraphs_apart(ctx, event, e) <= 1), None)
        if arrival is None or any(e.type == "extradition" and e.span.start < arrival.span.start for e in later):
            continue
        person = [p for p in arrival.participants if p in ctx.people]
        event.participants += person
        event.targets += person
        event.date = event.date or arrival.date
        dropped.add(id(arrival))
    return [e for e in events if id(e) not in dropped]
