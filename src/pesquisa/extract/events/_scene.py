"""An event told "at the scene" is where the sentence before put its own.

"Elementos del Ejército repelieron una agresión armada en Badiraguato, Sinaloa. En el lugar fueron detenidos X y otro
hombre, y se aseguraron dos fusiles": the arrest and the seizure name no place but the scene's, which the sentence
right before names for its event. Without it, a seizure of the article's another operation told days before, in
another state, could take them in; and who seized or arrested there, told by no one, is the body acting at the
scene. The openers are events.yaml ``scene_openers`` ("En el lugar", "En el sitio", "At
the scene"); the place is only borrowed from the sentence right before, in one paragraph.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.extract.events._places_apart import own_clause_places, split_places
from pesquisa.extract.events._pledged import pledges_apart
from pesquisa.extract.events._roles import place_country
from pesquisa.lexicon import read_data
from pesquisa.records import Event

REACH = 300  # characters from the day told before to the sentence told at its scene
BY_FORCES = frozenset({"seizure", "arrest"})  # what the forces at the scene do, unless the sentence names who did


@cache
def _openers() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["scene_openers"])


def scene_places(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events``, each one told at the scene placed where the event of the sentence right before is, and dated, when
    undated, by that sentence."""
    out = []
    for event in events:
        told = ctx.body[event.span.start:event.span.end]
        if any(p.search(told) for p in _openers()):
            before = [e for e in events if e.span.end <= event.span.start and not ctx.body[e.span.end:event.span.start].strip()]
            if event.place is None and before and before[-1].place:
                event = _at(ctx, event, before[-1])
            if event.date is None:
                event.date = before[-1].date if before and before[-1].date else _day_before(ctx, event, events)
        out.append(event)
    return out


def _at(ctx: DocumentContext, event: Event, scene: Event) -> Event:
    """``event`` placed where ``scene`` is, by the body acting there when no one is told acting."""
    place = next((p for p in ctx.places if p.local_id == scene.place), None)
    event = dataclasses.replace(event, place=scene.place, country=place_country(place) if place else scene.country)
    if event.type in BY_FORCES and event.organizer is None and scene.organizer:  # who acted there
        event.organizer = scene.organizer
        event.participants = [*event.participants, *([scene.organizer] * (scene.organizer not in event.participants))]
    return event


def _day_before(ctx: DocumentContext, event: Event, events: list[Event]) -> str | None:
    """The day the sentence right before ``event``'s tells ("The chase began on Aug. 3, 2025, ... Saucedo was arrested
    at the scene"), when no other event stands between; else None."""
    days = [d for d in ctx.dates if d.value and d.span.end <= event.span.start
            and event.span.start - d.span.end <= REACH and ctx.body.count("\n\n", d.span.end, event.span.start) <= 1
            and not ctx.told_on(d, event.trigger_span or event.span, event.type)]  # "..., the sheriff said Wednesday"
    if not days or any(days[-1].span.end <= e.span.start and e.span.end <= event.span.start for e in events):
        return None
    return days[-1].value


def placed(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` placed clause by clause: split by the places of their amounts, each clause's own place, then the
    scene's (``scene_places``); a pledge to meet is not placed nor dated by the meeting pledged (``pledges_apart``)."""
    return scene_places(ctx, own_clause_places(ctx, split_places(ctx, pledges_apart(ctx, events))))
