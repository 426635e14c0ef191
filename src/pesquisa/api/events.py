"""Events: filter by type, participant and date; each with participants, place, reports and merge evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.api import serialize
from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.store import read

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", summary="List events", response_model=None, responses=CSV_RESPONSES)
def events_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    type: Annotated[str | None, Query(description="meeting, call, visit, seizure, arrest ...")] = None,
                    participant: Annotated[str | None, Query(description="Entity id or name.")] = None,
                    date_from: DateFrom = None, date_to: DateTo = None, fmt: Format = None) -> dict | Response:
    """Events with participants, place, date, the reports merged into each and the merge evidence."""
    rows = read.events(engine, type=type, participant=participant, date_from=date_from, date_to=date_to,
                       limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([serialize.event_detail(f) for f in rows.items], rows.total,
                                               **rows.resolved), "events")


@router.get("/{event_id}", summary="One event")
def event_endpoint(event_id: str, engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """An event, every report merged into it (document id, span, sentence) and why they were merged."""
    return serialize.event_detail(read.event(engine, event_id))
