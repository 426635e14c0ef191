"""Events: filter by type, participant and date; each with participants, place, reports and merge evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine, select

from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params, within_dates
from pesquisa.errors import NotFoundError
from pesquisa.report.summary import event_page, find_entity
from pesquisa.store import schema as t

router = APIRouter(prefix="/api/events", tags=["events"])


def event_detail(engine: Engine, event_id: str) -> dict:
    """``event_page`` plus the participants (id and name) of all its reports (read-only)."""
    page = event_page(engine, event_id)
    with engine.connect() as conn:
        reports = conn.execute(select(t.event_reports.c.participant_ids, t.event_reports.c.organizer_id)
                               .where(t.event_reports.c.event_id == page["id"])).all()
        place_id = conn.execute(select(t.events.c.place_id).where(t.events.c.id == page["id"])).scalar()
        ids = {p for r in reports for p in (*r.participant_ids, r.organizer_id) if p}
        names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name).where(t.entities.c.id.in_(ids))).all())
    participants = sorted(({"id": i, "name": names[i]} for i in ids if i in names), key=lambda p: p["name"])
    return {**page, "place_id": place_id, "participants": participants}


def list_events(engine: Engine, page: PageParams, *, type: str | None = None, participant: str | None = None,
                date_from: str | None = None, date_to: str | None = None) -> dict:
    """A page of events, newest first, each as ``event_detail`` (read-only).

    ``participant`` is an entity id or name; it matches events where the entity took
    part or organized. A name that matches no entity gives an empty page.
    """
    stmt = select(t.events.c.id, t.events.c.date)
    if type:
        stmt = stmt.where(t.events.c.type == type)
    stmt = within_dates(stmt, t.events.c.date, date_from, date_to)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(t.events.c.date.desc().nulls_last(), t.events.c.id)).all()
    ids = [r.id for r in rows]
    extra = {}
    if participant and participant.strip():
        try:
            who = find_entity(engine, participant.strip())["id"]
        except NotFoundError:
            return page.envelope([], 0)
        extra["participant_id"] = who
        with engine.connect() as conn:
            reports = conn.execute(select(t.event_reports.c.event_id, t.event_reports.c.participant_ids,
                                          t.event_reports.c.organizer_id)).all()
        taking_part = {r.event_id for r in reports if who in (r.participant_ids or []) or r.organizer_id == who}
        ids = [i for i in ids if i in taking_part]
    return page.envelope([event_detail(engine, i) for i in page.slice(ids)], len(ids), **extra)


def event_types(engine: Engine) -> list[str]:
    """The event types present (read-only)."""
    with engine.connect() as conn:
        return sorted(conn.execute(select(t.events.c.type).distinct()).scalars())


@router.get("", summary="List events")
def events_endpoint(page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    type: Annotated[str | None, Query(description="meeting, call, visit, seizure, arrest ...")] = None,
                    participant: Annotated[str | None, Query(description="Entity id or name.")] = None,
                    date_from: DateFrom = None, date_to: DateTo = None) -> dict:
    """Events with participants, place, date, the reports merged into each and the merge evidence."""
    return list_events(engine, page, type=type, participant=participant, date_from=date_from, date_to=date_to)


@router.get("/{event_id}", summary="One event")
def event_endpoint(event_id: str, engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """An event, every report merged into it (document id, span, sentence) and why they were merged."""
    return event_detail(engine, event_id)
