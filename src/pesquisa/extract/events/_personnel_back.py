"""The forces' own people named again: an attack or operation told of "los militares", "the troops" is of the forces of
the operation just told.

"Personal del Ejército Mexicano y de la Guardia Nacional detuvo a tres hombres ... Horas más tarde, los militares
fueron atacados con drones explosivos": the attack names no body, but "los militares" are the ones who made the arrest
two sentences before. A definite article before a word for a body's people (events.yaml ``personnel``) refers back;
"unos militares", "three soldiers" do not. So does the operation told before named as the subject ("La operación,
desarrollada el 28 de octubre, se saldó con la detención de cuatro personas": the arrests of the seizure's forces).
Only the state bodies of the last arrest or seizure told in the three sentences before are taken, and only by an event
that names no one (or, told as the operation, no state body).
"""

from __future__ import annotations

import re

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._operation_day import _names_operation
from pesquisa.extract.events._roles import is_force
from pesquisa.extract.events._sequels import OPERATIONS
from pesquisa.extract.nlp import sentence_starts
from pesquisa.records import Event

BACK_TYPES = frozenset({"arrest", "seizure", "attack"})
REACH = 3  # sentences from the operation to the one that names its people again
_DEFINITE = re.compile(r"\b(?:the|los|las|dichos|dichas|estos|estas|esos|esas)\s+(\w+)", re.I)


def _refers_to_personnel(ctx: DocumentContext, event: Event) -> bool:
    """True when the sentence of ``event`` names a body's people with a definite article ("los militares")."""
    text = ctx.body[event.span.start:event.span.end]
    return any(m.group(1).casefold() in ctx.cues.personnel for m in _DEFINITE.finditer(text))


def join_personnel_back(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Give each arrest, seizure and attack of ``events`` that names no one, told of the forces' people with a
    definite article, the state bodies of the last operation told in the ``REACH`` sentences before; and each arrest or
    seizure that names no state body, told as the operation before (``_names_operation``), those bodies beside whom it
    names. Changes the events of ``events``, and returns it."""
    starts = sentence_starts(ctx.doc, blank=False)
    entities = {e.local_id: e for _m, e in ctx.mentions}

    def forced(ids: list[str]) -> list[str]:
        return [p for p in ids if p in entities and entities[p].type == "organization" and is_force(entities[p], ctx.cues)]

    for event in events:
        if event.type not in BACK_TYPES or event.organizer or event.planned:
            continue
        personnel = not event.participants and _refers_to_personnel(ctx, event)
        if not personnel and (event.type not in OPERATIONS or forced(event.participants)
                              or not _names_operation(ctx, event.span, False)):
            continue
        before = [e for e in events if e.type in OPERATIONS and not e.planned and e.span.end <= event.span.start
                  and sum(e.span.start < x <= event.span.start for x in starts) <= REACH]
        forces = forced(before[-1].participants if before else [])
        event.participants = [*forces, *(p for p in event.participants if p not in forces)]
    return events
