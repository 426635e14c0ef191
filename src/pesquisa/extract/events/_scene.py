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
from pesquisa.extract.events._roles import place_country
from pesquisa.lexicon import read_data
from pesquisa.records import Event

BY_FORCES = frozenset({"seizure", "arrest"})  # what the forces at the scene do, unless the sentence names who did


@cache
def _openers() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["scene_openers"])


def scene_places(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events``, each unplaced one whose sentence opens at the scene placed where the event of the sentence right
    before (in its paragraph) is."""
    out = []
    for event in events:
        opening = ctx.body[event.span.start:event.span.end]
        if event.place is None and any(p.match(opening) for p in _openers()):
            before = [e for e in events if e.place and e.span.end <= event.span.start
                      and not ctx.body[e.span.end:event.span.start].strip()]
            if before:
                scene = before[-1]
                place = next((p for p in ctx.places if p.local_id == scene.place), None)
                event = dataclasses.replace(event, place=scene.place,
                                            country=place_country(place) if place else scene.country)
                if event.type in BY_FORCES and event.organizer is None and scene.organizer:  # who acted there
                    event.organizer = scene.organizer
                    event.participants = [*event.participants, *([scene.organizer] * (scene.organizer not in
                                                                                     event.participants))]
        out.append(event)
    return out


def placed(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` placed clause by clause: split by the places of their amounts, each clause's own place, then the
    scene's (``scene_places``)."""
    return scene_places(ctx, own_clause_places(ctx, split_places(ctx, events)))
