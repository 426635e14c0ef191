"""Quotes: filter by speaker (id or name), topic words, publication date range, language, direct or reported."""

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

router = APIRouter(prefix="/api/quotes", tags=["quotes"])


@router.get("", summary="List quotes", response_model=None, responses=CSV_RESPONSES)
def quotes_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    speaker: Annotated[str | None, Query(description="Speaker entity id or name.")] = None,
                    q: Annotated[str | None, Query(description="Topic words in the quote.")] = None,
                    date_from: DateFrom = None, date_to: DateTo = None,
                    lang: Annotated[str | None, Query(description="Document language.")] = None,
                    direct: Annotated[bool | None, Query(description="Only direct (true) or reported (false).")] = None,
                    fmt: Format = None) -> dict | Response:
    """Quotes with text, direct flag, speaker name and id, document id and span."""
    rows = read.quotes(engine, speaker=speaker, q=q, date_from=date_from, date_to=date_to, lang=lang, direct=direct,
                       limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([serialize.quote_dict(r, rows.names, r) for r in rows.items],
                                               rows.total, **rows.resolved), "quotes")
