"""Documents: a filtered page of them, one with every fact stored for it, the raw original."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows, names_of, page_of, within_dates
from pesquisa.store.search import matching_ids

_LISTED = (t.documents.c.id, t.documents.c.source, t.documents.c.title, t.documents.c.url, t.documents.c.lang,
           t.documents.c.published, func.length(t.documents.c.body).label("length"))


@dataclass(slots=True)
class DocumentFacts:
    """One document (listed columns plus body, content type, repairs, removed) and its facts in body order."""

    document: dict
    mentions: list[dict]
    quotes: list[dict]
    quantities: list[dict]
    names: dict[str, str]  # entity id -> name, for the entities its mentions and quotes resolve to


def stored_document_ids(engine: Engine) -> set[str]:
    """Ids of the documents already in the store (read-only)."""
    with engine.connect() as conn:
        return set(conn.execute(select(t.documents.c.id)).scalars())


def documents(engine: Engine, *, lang: str | None = None, date_from: str | None = None, date_to: str | None = None,
              q: str | None = None, limit: int = 50, offset: int = 0) -> Rows:
    """A page of documents (metadata and body length), newest first (read-only).

    ``q`` matches title and body through the search index; dates filter ``published``.
    """
    stmt = select(*_LISTED)
    if lang:
        stmt = stmt.where(t.documents.c.lang == lang)
    stmt = within_dates(stmt, t.documents.c.published, date_from, date_to)
    if q and q.strip():
        stmt = stmt.where(t.documents.c.id.in_(matching_ids(engine, q, "document")))
    with engine.connect() as conn:
        return page_of(conn, stmt, (t.documents.c.published.desc().nulls_last(), t.documents.c.source), limit, offset)


def document_facts(engine: Engine, doc_id: str) -> DocumentFacts:
    """One document with its mentions, quotes and quantities (each by start offset; read-only).

    Raises ``NotFoundError`` for an unknown id.
    """
    with engine.connect() as conn:
        row = conn.execute(select(*_LISTED, t.documents.c.body, t.documents.c.content_type,
                                  t.documents.c.repairs, t.documents.c.removed)
                           .where(t.documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"{doc_id}: no such document")

        def facts(table) -> list[dict]:
            stmt = select(table).where(table.c.document_id == doc_id).order_by(table.c.start)
            return [dict(r) for r in conn.execute(stmt).mappings()]

        mentions, quotes, quantities = facts(t.mentions), facts(t.quotes), facts(t.quantities)
        names = names_of(conn, [*(m["entity_id"] for m in mentions), *(q["speaker_id"] for q in quotes)])
    return DocumentFacts(dict(row), mentions, quotes, quantities, names)


def document_raw(engine: Engine, doc_id: str) -> str:
    """The raw original of a document, untouched (read-only). Raises ``NotFoundError`` for an unknown id."""
    with engine.connect() as conn:
        raw = conn.execute(select(t.documents.c.raw).where(t.documents.c.id == doc_id)).scalar()
    if raw is None:
        raise NotFoundError(f"{doc_id}: no such document")
    return raw
