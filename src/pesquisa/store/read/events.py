"""Events: the ids matching a filter, and each event with the reports merged into it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows, names_of, within_dates
from pesquisa.store.read.lookup import find_entity, resolve_id


@dataclass(slots=True)
class EventFacts:
    """One event (its row) and its reports, each with its document's ``source`` and ``body``, by source."""

    event: dict
    reports: list[dict]
    names: dict[str, str]  # entity id -> name, for the place, organizers and participants of every report


def event_ids(engine: Engine, *, type: str | None = None, date_from: str | None = None, date_to: str | None = None,
              participant_id: str | None = None) -> list[str]:
    """Ids of the events matching the filters, newest first (read-only).

    ``participant_id`` keeps the events where that entity took part or organized.
    """
    stmt = select(t.events.c.id, t.events.c.date)
    if type:
        stmt = stmt.where(t.events.c.type == type)
    stmt = within_dates(stmt, t.events.c.date, date_from, date_to)
    with engine.connect() as conn:
        ids = [r.id for r in conn.execute(stmt.order_by(t.events.c.date.desc().nulls_last(), t.events.c.id))]
        if participant_id is None:
            return ids
        reports = conn.execute(select(t.event_reports.c.event_id, t.event_reports.c.participant_ids,
                                      t.event_reports.c.organizer_id)).all()
    taking_part = {r.event_id for r in reports
                   if participant_id in (r.participant_ids or []) or r.organizer_id == participant_id}
    return [i for i in ids if i in taking_part]


def events(engine: Engine, *, type: str | None = None, participant: str | None = None,
           date_from: str | None = None, date_to: str | None = None, limit: int = 50, offset: int = 0) -> Rows:
    """A page of events, newest first, each an ``EventFacts`` (read-only).

    ``participant`` is an entity id or name; it keeps events where the entity took part
    or organized, echoed as ``resolved["participant_id"]``. A name that matches no entity
    gives an empty page.
    """
    who = None
    if participant and participant.strip():
        try:
            who = find_entity(engine, participant.strip())["id"]
        except NotFoundError:
            return Rows([], 0)
    ids = event_ids(engine, type=type, date_from=date_from, date_to=date_to, participant_id=who)
    return Rows(event_facts(engine, ids[offset:offset + limit]), len(ids),
                resolved={"participant_id": who} if who else {})


def event(engine: Engine, event_id: str) -> EventFacts:
    """One event (old ids followed) with its reports (read-only). Raises ``NotFoundError`` for an unknown id."""
    current = resolve_id(engine, event_id)
    found = event_facts(engine, [current])
    if not found:
        raise NotFoundError(f"{current}: no such event")
    return found[0]


def event_facts(engine: Engine, ids: list[str]) -> list[EventFacts]:
    """The events ``ids`` (current ids) with their reports, in the order asked; unknown ids left out (read-only).

    Three queries whatever the number of events: events, reports, names.
    """
    with engine.connect() as conn:
        events = {r["id"]: dict(r) for r in conn.execute(select(t.events).where(t.events.c.id.in_(ids))).mappings()}
        reports: dict[str, list[dict]] = {i: [] for i in events}
        for row in conn.execute(
                select(t.event_reports, t.documents.c.source, t.documents.c.body)
                .join(t.documents, t.documents.c.id == t.event_reports.c.document_id)
                .where(t.event_reports.c.event_id.in_(list(events))).order_by(t.documents.c.source)).mappings():
            reports[row["event_id"]].append(dict(row))
        cited = [ev["place_id"] for ev in events.values()]
        cited += [p for ev in events.values() for e in ev["evidence"] for p in e.get("shared_participants", [])]
        for told in reports.values():
            for r in told:
                cited += [r["place_id"], r["organizer_id"], *r["participant_ids"]]
        names = names_of(conn, cited)
    return [EventFacts(events[i], reports[i], names) for i in ids if i in events]


def event_types(engine: Engine) -> list[str]:
    """The event types present, sorted (read-only)."""
    with engine.connect() as conn:
        return sorted(conn.execute(select(t.events.c.type).distinct()).scalars())
