"""The one force of a page's operations: an arrest or seizure that names no one, on a page whose every other arrest and
seizure naming a state body names the same one, was that body's.

A release of one agency tells its operations one after another, and names its people only now and then: "On Nov. 19,
the cutter's crew stopped a go-fast vessel and detained three suspected smugglers. On Nov. 24, the Coast Guard crew
seized about 2,900 pounds of cocaine": the detention of the 19th is the Coast Guard's too. Where two bodies act on the
page (CBP at one port, the Sedena in a raid), an operation naming none of them is left as it is; a body and the one it
belongs to (the army and the Sedena, the lexicon's ``parent``) are one force, the one they belong to."""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._personnel_back import join_personnel_back
from pesquisa.extract.events._roles import is_force, org_entry
from pesquisa.extract.events._sequels import OPERATIONS
from pesquisa.extract.events._teller_force import join_teller_force
from pesquisa.records import Event, LocalEntity


def page_force(ctx: DocumentContext, events: list[Event]) -> str | None:
    """The local id of the one state body (an organization) that the page's arrests and seizures name, or None."""
    entities = {e.local_id: e for _m, e in ctx.mentions}
    forces = {p for event in events if event.type in OPERATIONS and not event.planned
              for p in [*event.participants, *([event.organizer] if event.organizer else [])]
              if p in entities and entities[p].type == "organization" and is_force(entities[p], ctx.cues)}
    return next(iter(forces)) if len(forces) == 1 else _one_family([entities[f] for f in sorted(forces)])


def _one_family(forces: list[LocalEntity]) -> str | None:
    """The local id of the one of ``forces`` every other belongs to (the Sedena beside its army), or None."""
    keys = {f.local_id: (entry.key, entry.parent) if (entry := org_entry(f)) else (None, None) for f in forces}
    heads = [f for f in forces if keys[f.local_id][0] and all(
        g is f or keys[g.local_id][1] == keys[f.local_id][0] for g in forces)]
    return heads[0].local_id if len(heads) == 1 else None


def join_lone_force(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Give each arrest and seizure of ``events`` that names no one, no organizer, the page's one force
    (``page_force``); then what still names no one told beside the personnel of the force that tells the page, the
    attack on them too, that force (``join_teller_force``); what is then told of "los militares", the forces of the operation
    just told (``join_personnel_back``). Changes the events of ``events``, and returns it."""
    force = page_force(ctx, events)
    for event in events:
        if force and event.type in OPERATIONS and not event.participants and not event.organizer and not event.planned:
            event.participants = [force]
    # "La Marina informó que personal naval fue atacado ... detuvo a dos"; then "... los militares fueron atacados"
    return join_personnel_back(ctx, join_teller_force(ctx, events))
