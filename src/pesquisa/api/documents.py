"""Documents: the list (language, date range, full-text query), one document with its facts, the raw original."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse
from sqlalchemy import Engine, func, select

from pesquisa.api.deps import get_engine
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params, within_dates
from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.search import matching_ids

router = APIRouter(prefix="/api/documents", tags=["documents"])

_LISTED = (t.documents.c.id, t.documents.c.source, t.documents.c.title, t.documents.c.url, t.documents.c.lang,
           t.documents.c.published, func.length(t.documents.c.body).label("length"))


def list_documents(engine: Engine, page: PageParams, *, lang: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, q: str | None = None) -> dict:
    """A page of documents, newest first (read-only); ``q`` matches title and body through the search index."""
    stmt = select(*_LISTED)
    if lang:
        stmt = stmt.where(t.documents.c.lang == lang)
    stmt = within_dates(stmt, t.documents.c.published, date_from, date_to)
    if q and q.strip():
        stmt = stmt.where(t.documents.c.id.in_(matching_ids(engine, q, "document")))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(t.documents.c.published.desc().nulls_last(), t.documents.c.source)
                            .limit(page.limit).offset(page.offset)).mappings().all()
    return page.envelope([document_summary(r) for r in rows], total)


def document_summary(row) -> dict:
    """A document as listed: metadata and links, no text."""
    return {"id": row["id"], "source": row["source"], "title": row["title"], "url": row["url"],
            "lang": row["lang"], "published": row["published"], "length": row["length"],
            "raw_url": f"/api/documents/{row['id']}/raw"}


def get_document(engine: Engine, doc_id: str) -> dict:
    """One document: metadata, clean body and every fact stored for it, each with its span (read-only).

    Raises ``NotFoundError`` for an unknown id.
    """
    with engine.connect() as conn:
        row = conn.execute(select(*_LISTED, t.documents.c.body, t.documents.c.content_type,
                                  t.documents.c.repairs, t.documents.c.removed)
                           .where(t.documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"{doc_id}: no such document")
        names = dict(conn.execute(select(t.entities.c.id, t.entities.c.name)).all())
        mentions = conn.execute(select(t.mentions).where(t.mentions.c.document_id == doc_id)
                                .order_by(t.mentions.c.start)).mappings().all()
        quotes = conn.execute(select(t.quotes).where(t.quotes.c.document_id == doc_id)
                              .order_by(t.quotes.c.start)).mappings().all()
        quantities = conn.execute(select(t.quantities).where(t.quantities.c.document_id == doc_id)
                                  .order_by(t.quantities.c.start)).mappings().all()
    return {
        **document_summary(row), "body": row["body"], "content_type": row["content_type"],
        "repairs": row["repairs"], "removed": row["removed"],
        "mentions": [mention_dict(m, names) for m in mentions],
        "quotes": [quote_dict(q, names, row) for q in quotes],
        "quantities": [quantity_dict(q) for q in quantities],
    }


def get_raw(engine: Engine, doc_id: str) -> str:
    """The raw original of a document, untouched (read-only). Raises ``NotFoundError``."""
    with engine.connect() as conn:
        raw = conn.execute(select(t.documents.c.raw).where(t.documents.c.id == doc_id)).scalar()
    if raw is None:
        raise NotFoundError(f"{doc_id}: no such document")
    return raw


def span_fields(row) -> dict:
    """Provenance of a fact: document id, span in the clean body, span in the raw original."""
    return {"document_id": row["document_id"], "span": [row["start"], row["end"]],
            "raw_span": [row["raw_start"], row["raw_end"]]}


def mention_dict(row, names: dict[str, str]) -> dict:
    """A mention as JSON."""
    return {"id": row["id"], "type": row["type"], "text": row["text"], "name": row["name"],
            "entity_id": row["entity_id"], "entity_name": names.get(row["entity_id"]), "method": row["method"],
            **span_fields(row)}


def quote_dict(row, names: dict[str, str], doc=None) -> dict:
    """A quote as JSON: text, direct flag, speaker as written and resolved, spans, document metadata."""
    out = {"id": row["id"], "text": row["text"], "direct": bool(row["direct"]), "speaker": row["speaker"],
           "speaker_id": row["speaker_id"], "speaker_name": names.get(row["speaker_id"]), "verb": row["verb"],
           "cue": row["cue"], **span_fields(row),
           "speaker_span": [row["speaker_start"], row["speaker_end"]] if row["speaker_start"] is not None else None}
    if doc is not None:
        out.update(source=doc["source"], published=doc["published"], lang=doc["lang"])
    return out


def quantity_dict(row) -> dict:
    """A quantity as JSON: the text as written and its normalized value, unit, item and kind."""
    return {"id": row["id"], "text": row["text"], "value": row["value"], "value_max": row["value_max"],
            "unit": row["unit"], "item": row["item"], "kind": row["kind"], "qualifier": row["qualifier"],
            "raw_value": row["raw_value"], "raw_unit": row["raw_unit"], "date": row["date"], **span_fields(row)}


@router.get("", summary="List documents")
def documents_endpoint(page: Annotated[PageParams, Depends(page_params)],
                       engine: Annotated[Engine, Depends(get_engine)],
                       lang: Annotated[str | None, Query(description="Language code (en, es).")] = None,
                       date_from: DateFrom = None, date_to: DateTo = None,
                       q: Annotated[str | None, Query(description="Words in title or body.")] = None) -> dict:
    """Documents, newest first, filtered by language, publication date range and words."""
    return list_documents(engine, page, lang=lang, date_from=date_from, date_to=date_to, q=q)


@router.get("/{doc_id}", summary="One document")
def document_endpoint(doc_id: str, engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """A document's clean body and metadata, with its mentions, quotes and quantities (spans in the body)."""
    return get_document(engine, doc_id)


@router.get("/{doc_id}/raw", summary="The raw original", response_class=PlainTextResponse)
def raw_endpoint(doc_id: str, engine: Annotated[Engine, Depends(get_engine)]) -> PlainTextResponse:
    """The original as ingested, as plain text (never rendered as HTML)."""
    return PlainTextResponse(get_raw(engine, doc_id))
