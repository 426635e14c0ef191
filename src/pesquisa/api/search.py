"""Full-text search across documents, quotes and entities, and the store summary."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.report.summary import summarize
from pesquisa.store.search import KINDS, search

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", summary="Full-text search", response_model=None, responses=CSV_RESPONSES)
def search_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    q: Annotated[str, Query(min_length=1, max_length=200, description=(
                        'Words, all required; a OR b; -word excludes; "a phrase"; accents ignored; synonyms in '
                        "English and Spanish and common aliases (AMLO) expanded."))],
                    kind: Annotated[list[Literal["entity", "quote", "document"]] | None, Query(description="Repeatable.")]
                    = None, fmt: Format = None) -> dict | Response:
    """Entities, quotes and documents matching the query (the last word also as a prefix).

    ``query`` echoes the query as parsed (each term with its expansions, the excluded
    terms); every hit lists in ``matched`` the forms it holds, so an expansion shows.
    """
    found = search(engine, q, kinds=tuple(k for k in KINDS if not kind or k in kind), limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([h.to_dict() for h in found.hits], found.total, q=q,
                                               counts=found.counts, query=found.query.to_dict()), "search")


@router.get("/summary", summary="What the store holds")
def summary_endpoint(engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """Counts of documents, people, organizations, quotes, quantities, events; the most-quoted people."""
    return summarize(engine).to_dict()
