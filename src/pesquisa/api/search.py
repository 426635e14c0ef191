"""Full-text search across documents, quotes and entities, and the store summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.api.deps import StoreCache, cached, get_engine
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.api.store_file import kept
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.report.summary import summarize
from pesquisa.store.search import KINDS, search

router = APIRouter(prefix="/api", tags=["search"])
SUMMARY_FORMAT = 1  # of the summaries kept beside the store; bumped when their shape changes
SUMMARY_TOPS = (5, 8)  # most-quoted people listed by the API and by the home page


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
def summary_endpoint(request: Request) -> dict:
    """Counts of documents, people, organizations, quotes, quantities, events; the most-quoted people."""
    return cached(request, *summary_value(5))


def summary_value(top: int) -> tuple[tuple, Callable[[Engine], dict]]:
    """The store cache's key of ``summarize(engine, top=top).to_dict()`` and its build, kept beside the store
    (``store_file.kept``): ranking the most-quoted people groups every quote of the store (140 ms of CPU at 20,000
    documents), which each worker did for the API and again for the home page, once per store version."""
    if top not in SUMMARY_TOPS:  # a fixed few, so the files beside the store stay a fixed few
        raise ValueError(f"summary of the top {top}: not one of {SUMMARY_TOPS}")

    def build(engine: Engine) -> dict:
        return summarize(engine, top=top).to_dict()

    return ("summary", top), lambda engine: kept(engine, f"summary-{top}", build, form=SUMMARY_FORMAT)


def warm_summaries(cache: StoreCache) -> None:
    """Build (or read from beside the store) the summaries of ``SUMMARY_TOPS`` into ``cache``, as a worker starts."""
    for top in SUMMARY_TOPS:
        cache.value(*summary_value(top))
