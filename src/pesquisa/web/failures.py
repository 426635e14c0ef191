"""The failures page: what ingests could not take in, by file and part, with the reason (issue 16).

Its own router and template, so the page stays apart from the rest of the workbench.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine

from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import PageParams
from pesquisa.store import read
from pesquisa.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/failures", response_class=HTMLResponse)
def failures_page(request: Request, engine: Annotated[Engine, Depends(get_engine)],
                  offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    """Every recorded failure, most recent first: file, part, stage, problem, first and last seen."""
    page = PageParams(100, offset)
    counts = read.failure_counts(engine)
    items = read.failures(engine, limit=page.limit, offset=page.offset)
    return render(request, "failures.html", result=page.envelope(items, sum(counts.values())), page=page,
                  counts=counts)
