"""A visit its host's ministry announces: the ministry tells of its guest, it does not visit.

"La Secretaría de Relaciones Exteriores informó que el secretario de Estado, Marco Rubio, visitará México": the SRE is
the speaker of the clause that holds the visit, and the visit is to the SRE's own country, so the SRE receives the
visitor; it is no participant nor organizer of the trip. "The State Department said Rubio will visit Mexico" keeps the
State Department, which speaks for its own secretary travelling abroad, as "the Foreign Ministry said" keeps the ministry
of a minister's meeting.
"""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._roles import org_entry
from pesquisa.records import Event

HOSTED = frozenset({"visit"})  # the events a body of the country visited receives


def drop_host_tellers(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` with the host country's body that announced a visit to it left out of the visit (in place)."""
    entities = {e.local_id: e for _m, e in ctx.mentions}
    for event in events:
        if event.type not in HOSTED or event.country is None or event.trigger_span is None or \
                not any(p in ctx.people for p in event.participants):
            continue
        tellers = {q.speaker_local_id for q in ctx.quotes if q.speaker_local_id and q.span.contains(event.trigger_span)}
        for local_id in tellers & set(event.participants):
            entity = entities.get(local_id)
            entry = org_entry(entity) if entity is not None and entity.type == "organization" else None
            if entry is not None and entry.country == event.country:
                event.participants.remove(local_id)
                event.organizer = None if event.organizer == local_id else event.organizer
    return events
