"""One sentence, several places: amounts seized or people arrested in each place are events of their own, and an
event told in a clause of its own ("..., mientras que en Ensenada soldados aseguraron ...") is where that clause says.

"Soldiers seized 200 kilograms in Sinaloa and 50 kilograms in Sonora", "La Marina aseguró 500 kilos en Manzanillo y
300 kilos en Lázaro Cárdenas": one trigger tells two seizures, each with its amount and its place. An amount with no
place right after it shares the place of the next one that has ("200 kilos de metanfetamina y 50 de fentanilo en
Culiacán" is one seizure), and one after the last place stays with it. Two places of one chain ("en Manzanillo,
Colima") are one place: only the first place after each amount counts.
"""

from __future__ import annotations

import dataclasses
import re

from pesquisa.extract.events._clauses import concurrent_apart
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._roles import place_country
from pesquisa.records import Event, LocalEntity, Span

SPLIT_TYPES = {"seizure", "arrest"}
# between an amount and its place: a few words, then "in"/"en"/"at" right before the place; no clause break
_GAP = 70
_LOCATIVE = re.compile(r"\b(?:in|at|near|off|en|cerca de|frente a)\s+(?:(?:the|el|la|los|las)\s+)?"
                       r"(?:(?:port|city|state|town|municipality|puerto|ciudad|estado|municipio|poblado)\s+(?:of|de)\s+)?$",
                       re.I)


def _place_after(ctx: DocumentContext, amount: Span, limit: int) -> LocalEntity | None:
    """The first place told right after ``amount`` and before ``limit`` ("300 kilos en Lázaro Cárdenas"), or None."""
    for m, e in ctx.mentions:
        if m.span.start < amount.end or m.span.start >= min(limit, amount.end + _GAP):
            continue
        between = ctx.body[amount.end:m.span.start]
        if e.type != "place" or any(c in between for c in ";:.") or ctx.in_dateline(m.span):
            continue
        if _LOCATIVE.search(between):
            return e
    return None


def amounts_by_place(ctx: DocumentContext, event: Event) -> list[tuple[LocalEntity, list[Span]]]:
    """(place, amounts) of each place an event's own amounts are told in, in order; one entry or none when the
    sentence names one place for them all."""
    amounts = sorted((a for a in event.amounts if event.span.contains(a)), key=lambda a: a.start)
    groups: list[tuple[LocalEntity, list[Span]]] = []
    waiting: list[Span] = []
    for i, amount in enumerate(amounts):
        limit = amounts[i + 1].start if i + 1 < len(amounts) else event.span.end
        place = _place_after(ctx, amount, limit)
        waiting.append(amount)
        if place is None:
            continue
        if groups and groups[-1][0].local_id == place.local_id:
            groups[-1][1].extend(waiting)
        else:
            groups.append((place, waiting))
        waiting = []
    if groups and waiting:
        groups[-1][1].extend(waiting)
    return groups


def split_places(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` with each seizure or arrest whose amounts are told in several places split into one per place
    (step 2); the first keeps the trigger's own actors and date, each other place gets a copy with its own amounts."""
    out: list[Event] = []
    for event in events:
        groups = amounts_by_place(ctx, event) if event.type in SPLIT_TYPES and len(event.amounts) > 1 else []
        if len(groups) < 2:
            out.append(event)
            continue
        rest = [a for a in event.amounts if not any(a in g for _p, g in groups)]
        for n, (place, amounts) in enumerate(groups):
            out.append(dataclasses.replace(event, place=place.local_id, country=place_country(place),
                                           amounts=amounts + (rest if n == 0 else []),
                                           participants=list(event.participants), targets=list(event.targets)))
    return out


def _own_clause_place(ctx: DocumentContext, event: Event) -> LocalEntity | None:
    """The first place of the event's sentence on the trigger's side of a concurrent clause break, after a locative
    ("en Ensenada"), or None."""
    trigger = event.trigger_span
    for m, e in ctx.mentions:
        if e.type == "place" and trigger is not None and event.span.contains(m.span) and not ctx.in_dateline(m.span) \
                and not concurrent_apart(ctx.body, ctx.cues, m.span, trigger) and \
                any(p.search(ctx.body[max(event.span.start, m.span.start - 60):m.span.start]) for p in ctx.cues.locatives):
            return e
    return None


def own_clause_places(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` with the place of each whose sentence puts it only across a comma and "while", "mientras" from its
    trigger moved to its own clause's ("La Guardia Nacional detuvo en Tijuana a X, mientras que en un operativo
    paralelo en Ensenada soldados aseguraron 35 armas": the seizure is in Ensenada), or dropped when that clause names
    none, and the place of each told only in an earlier event's clause dropped (changes the events)."""
    for event in events:
        trigger = event.trigger_span
        mentions = [m for m, e in ctx.mentions if e.local_id == event.place and event.span.contains(m.span)]
        if trigger is None or not mentions or not all(concurrent_apart(ctx.body, ctx.cues, m.span, trigger) for m in mentions):
            continue
        place = _own_clause_place(ctx, event)
        event.place, event.country = (place.local_id, place_country(place)) if place else (None, None)
    return earlier_clause_places(ctx, events)


def earlier_clause_places(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` with the place of each that its sentence names only in the clause of an earlier event it counts from
    ("spoke by telephone Thursday, a day after their security teams met in Mexico City": the meeting's, not the call's)
    dropped (changes the events)."""
    for event in events:
        clauses = [o.span for o in events if o is not event and event.span.contains(o.span) and o.span != event.span]
        mentions = [m.span for m, e in ctx.mentions if e.local_id == event.place and event.span.contains(m.span)]
        if event.place and clauses and mentions and all(any(c.contains(m) for c in clauses) for m in mentions):
            event.place, event.country = None, None
    return events
