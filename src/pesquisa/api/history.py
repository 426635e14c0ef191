"""The judgement history and its undo, and merge/split of events over HTTP (writes need the token).

``GET /api/judgements`` lists every judgement (standing or undone) with its author and
time, as JSON or CSV; ``POST /api/judgements/{id}/undo`` retires one and re-resolves.
``POST /api/events/merge`` and ``POST /api/events/{id}/split`` are the event twins of
the entity merge and split; a self-merge or a merge across types answers 422.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from pesquisa import judging
from pesquisa.api.deps import get_engine, require_token
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.api.views import JUDGEMENT_COLUMNS, judgement_dict
from pesquisa.store import read

router = APIRouter(prefix="/api", tags=["judgements"])
Engine_ = Annotated[Engine, Depends(get_engine)]
Kind = Literal["merge", "split", "merge-event", "split-event"]


class AuthorRequest(BaseModel):
    """Who decides."""

    author: str = Field("analyst", min_length=1, max_length=64)


class EventMergeRequest(BaseModel):
    """Two event ids (or old ids) that are one event."""

    target: str = Field(min_length=1, max_length=64)
    other: str = Field(min_length=1, max_length=64)
    author: str = Field("analyst", min_length=1, max_length=64)


@router.get("/judgements", summary="Judgement history", response_model=None, responses=CSV_RESPONSES)
def history_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)], engine: Engine_,
                     kind: Annotated[Kind | None, Query(description="merge, split, merge-event, split-event.")] = None,
                     status: Annotated[Literal["standing", "undone"] | None, Query()] = None,
                     fmt: Format = None) -> dict | Response:
    """Every judgement, newest first: kind, ids as judged and now, author, time, and when and by whom it was undone."""
    rows = read.judgement_history(engine, kind=kind, status=status, limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([judgement_dict(r) for r in rows.items], rows.total), "judgements",
                   columns=JUDGEMENT_COLUMNS)


@router.get("/judgements/{judgement_id}", summary="One judgement")
def judgement_endpoint(judgement_id: int, engine: Engine_) -> dict:
    """A judgement as the history lists it."""
    return judgement_dict(read.judgement_row(engine, judgement_id))


@router.post("/judgements/{judgement_id}/undo", summary="Undo a judgement", dependencies=[Depends(require_token)])
def undo_endpoint(judgement_id: int, engine: Engine_, request: AuthorRequest | None = None) -> dict:
    """Retire the judgement and re-resolve the store without it. Needs the token; 422 when it was undone before."""
    row = judging.undo_judgement(engine, judgement_id, author=request.author if request else "analyst")
    return {"ok": True, **judgement_dict(row)}


@router.post("/events/merge", summary="Merge two events", dependencies=[Depends(require_token)])
def merge_events_endpoint(request: EventMergeRequest, engine: Engine_) -> dict:
    """Record that two events are one (their reports merge). Needs the token; 422 for a self- or cross-type merge."""
    return judging.merge_events(engine, request.target, request.other, author=request.author)


@router.post("/events/{event_id}/split", summary="Split an event", dependencies=[Depends(require_token)])
def split_event_endpoint(event_id: str, engine: Engine_, request: AuthorRequest | None = None) -> dict:
    """Record that an event mixes different events: its reports in different documents stay apart. Needs the token."""
    return judging.split_event(engine, event_id, author=request.author if request else "analyst")
