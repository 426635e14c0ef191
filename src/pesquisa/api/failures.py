"""Failures: what ingests could not take in (file, part, stage, problem, first and last seen), as JSON or CSV."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.store import read

router = APIRouter(prefix="/api/failures", tags=["failures"])
FIELDS = ("id", "path", "location", "stage", "problem", "first_seen", "last_seen")


@router.get("", summary="List failures", response_model=None, responses=CSV_RESPONSES)
def failures_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                      engine: Annotated[Engine, Depends(get_engine)], fmt: Format = None) -> dict | Response:
    """Every recorded failure, most recent first, with the stage and the problem (the ``/failures`` page's list)."""
    items = [{k: row.get(k) for k in FIELDS} for row in read.failures(engine, limit=page.limit, offset=page.offset)]
    return respond(request, fmt, page.envelope(items, sum(read.failure_counts(engine).values())), "failures",
                   columns=FIELDS)
