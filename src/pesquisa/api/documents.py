"""Documents: the list (language, date range, full-text query), one document with its facts, the raw original."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy import Engine

from pesquisa.api import serialize
from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.store import read

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("", summary="List documents", response_model=None, responses=CSV_RESPONSES)
def documents_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                       engine: Annotated[Engine, Depends(get_engine)],
                       lang: Annotated[str | None, Query(description="Language code (en, es).")] = None,
                       date_from: DateFrom = None, date_to: DateTo = None,
                       q: Annotated[str | None, Query(description="Words in title or body.")] = None,
                       fmt: Format = None) -> dict | Response:
    """Documents, newest first, filtered by language, publication date range and words."""
    rows = read.documents(engine, lang=lang, date_from=date_from, date_to=date_to, q=q, limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([serialize.document_summary(r) for r in rows.items], rows.total),
                   "documents")


@router.get("/{doc_id}", summary="One document")
def document_endpoint(doc_id: str, engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """A document's clean body and metadata, with its mentions, quotes and quantities (spans in the body)."""
    return serialize.document_detail(read.document_facts(engine, doc_id))


@router.get("/{doc_id}/raw", summary="The raw original", response_class=PlainTextResponse)
def raw_endpoint(doc_id: str, engine: Annotated[Engine, Depends(get_engine)]) -> PlainTextResponse:
    """The original as ingested, as plain text (never rendered as HTML)."""
    return PlainTextResponse(read.document_raw(engine, doc_id))
