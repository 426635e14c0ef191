"""Events: filter by type, participant and date; each with participants, place, reports and merge evidence.

A list shows each event's report count and its first ``reports_limit`` reports (3 by default): one
event of a wire story copied thousands of times had made a page of ten events 10.7 MB (issue 15).
The event's own endpoint pages through all of its reports (``reports_offset``, ``reports_limit``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.api import serialize
from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import MAX_LIMIT, DateFrom, DateTo, PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.store import read

router = APIRouter(prefix="/api/events", tags=["events"])
REPORTS_PAGE = 100  # reports on a page of the event's own endpoint, by default

ReportsOffset = Annotated[int, Query(ge=0, description="Reports (and merges) of the event to skip.")]


@router.get("", summary="List events", response_model=None, responses=CSV_RESPONSES)
def events_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    type: Annotated[str | None, Query(description="meeting, call, visit, seizure, arrest ...")] = None,
                    participant: Annotated[str | None, Query(description="Entity id or name.")] = None,
                    date_from: DateFrom = None, date_to: DateTo = None, fmt: Format = None,
                    reports_limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description=(
                        "Reports (and merges) listed per event; `report_count` and `evidence_count` give "
                        "the totals, `/api/events/{id}` pages through them all."))] = read.REPORTS_LISTED) -> dict | Response:
    """Events with participants, place, date, how many reports back each, its first reports and their merge
    evidence."""
    rows = read.events(engine, type=type, participant=participant, date_from=date_from, date_to=date_to,
                       limit=page.limit, offset=page.offset, reports_limit=reports_limit)
    return respond(request, fmt, page.envelope([serialize.event_detail(f) for f in rows.items], rows.total,
                                               reports_limit=reports_limit, **rows.resolved), "events")


@router.get("/{event_id}", summary="One event")
def event_endpoint(event_id: str, engine: Annotated[Engine, Depends(get_engine)], reports_offset: ReportsOffset = 0,
                   reports_limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=(
                       "Reports (and merges) per page; `report_count` gives the total."))] = REPORTS_PAGE) -> dict:
    """An event, the reports merged into it (document id, span, sentence) a page at a time, ranked by
    source, and why they were merged; ``report_count`` and ``evidence_count`` count them all."""
    facts = read.event(engine, event_id, reports_limit=reports_limit, reports_offset=reports_offset)
    return {**serialize.event_detail(facts), "reports_offset": reports_offset, "reports_limit": reports_limit}
