"""Full-text search across documents, quotes and entities, and the store summary."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine

from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.report.summary import summarize
from pesquisa.store.search import KINDS, search

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", summary="Full-text search")
def search_endpoint(page: Annotated[PageParams, Depends(page_params)],
                    engine: Annotated[Engine, Depends(get_engine)],
                    q: Annotated[str, Query(min_length=1, max_length=200, description="Words; accents ignored.")],
                    kind: Annotated[list[Literal["entity", "quote", "document"]] | None, Query(description="Repeatable.")]
                    = None) -> dict:
    """Entities, quotes and documents matching every word (the last one as a prefix)."""
    found = search(engine, q, kinds=tuple(k for k in KINDS if not kind or k in kind), limit=page.limit, offset=page.offset)
    return page.envelope([h.to_dict() for h in found.hits], found.total, q=q, counts=found.counts)


@router.get("/summary", summary="What the store holds")
def summary_endpoint(engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """Counts of documents, people, organizations, quotes, quantities, events; the most-quoted people."""
    return summarize(engine).to_dict()
