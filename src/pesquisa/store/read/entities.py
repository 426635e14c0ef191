"""Entities: a page of them with mention and quote counts, one with the facts that back it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, String, cast, func, or_, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows, names_of
from pesquisa.store.search import matching_ids


@dataclass(slots=True)
class EntityFacts:
    """One entity (its row) and what backs it: mentions, quotes spoken, titles held, events, their documents."""

    entity: dict
    mentions: list[dict]  # oldest documents first (undated last), then by offset
    quotes: list[dict]  # by document id, then offset
    roles: list[dict]  # role rows with the document's ``source`` and ``body``
    events: list[dict]  # events taken part in, organized or hosted: id, type, date, place_id
    documents: dict[str, dict]  # id -> id, source, title, published, lang of every document above
    names: dict[str, str]  # entity id -> name, for every entity the facts cite


def _counted():
    """Entities with their mention and quote counts, and the mention-count column to sort by."""
    mentions = (select(t.mentions.c.entity_id, func.count().label("n")).group_by(t.mentions.c.entity_id)
                .subquery())
    quotes = (select(t.quotes.c.speaker_id, func.count().label("n")).group_by(t.quotes.c.speaker_id).subquery())
    stmt = (select(t.entities, func.coalesce(mentions.c.n, 0).label("mention_count"),
                   func.coalesce(quotes.c.n, 0).label("quote_count"))
            .outerjoin(mentions, mentions.c.entity_id == t.entities.c.id)
            .outerjoin(quotes, quotes.c.speaker_id == t.entities.c.id))
    return stmt, func.coalesce(mentions.c.n, 0)


def entities(engine: Engine, *, type: str | None = None, q: str | None = None, limit: int = 50,
             offset: int = 0) -> Rows:
    """A page of entities with ``mention_count`` and ``quote_count`` (read-only).

    Without ``q``: most-mentioned first. With ``q``: entities whose name or any alias
    (the lexicon's English and Spanish names included) has every word, best first.
    """
    stmt, mention_count = _counted()
    if type:
        stmt = stmt.where(t.entities.c.type == type)
    with engine.connect() as conn:
        if q and q.strip():
            ids = matching_ids(engine, q, "entity", entity_type=type)
            by_id = {r["id"]: dict(r) for r in conn.execute(stmt.where(t.entities.c.id.in_(ids))).mappings()}
            ordered = [by_id[i] for i in ids if i in by_id]
            return Rows(ordered[offset:offset + limit], len(ordered))
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(mention_count.desc(), t.entities.c.name).limit(limit).offset(offset))
        return Rows([dict(r) for r in rows.mappings()], total)


def entity_facts(engine: Engine, ident: str) -> EntityFacts:
    """The entity ``ident`` (a current id) with everything that backs it (read-only).

    Steps: the entity row; its mentions and the quotes it spoke; the titles it held;
    the events it took part in; the documents and entity names all these cite.
    Raises ``NotFoundError`` for an unknown id.
    """
    with engine.connect() as conn:
        row = conn.execute(select(t.entities).where(t.entities.c.id == ident)).mappings().first()
        if row is None:
            raise NotFoundError(f"{ident}: no such entity")
        mentions = [dict(r) for r in conn.execute(select(t.mentions).where(t.mentions.c.entity_id == ident)
                                                  .order_by(t.mentions.c.document_id, t.mentions.c.start)).mappings()]
        quotes = [dict(r) for r in conn.execute(select(t.quotes).where(t.quotes.c.speaker_id == ident)
                                                .order_by(t.quotes.c.document_id, t.quotes.c.start)).mappings()]
        used = {m["document_id"] for m in mentions} | {q["document_id"] for q in quotes}
        docs = {r["id"]: dict(r) for r in conn.execute(
            select(t.documents.c.id, t.documents.c.source, t.documents.c.title, t.documents.c.published,
                   t.documents.c.lang).where(t.documents.c.id.in_(sorted(used)))).mappings()}
    roles = role_rows(engine, ident)
    events = entity_events(engine, ident)
    mentions.sort(key=lambda m: (docs[m["document_id"]]["published"] or "9999", m["document_id"]))
    with engine.connect() as conn:
        names = names_of(conn, [ident, *(r["organization_id"] for r in roles), *(e["place_id"] for e in events)])
    return EntityFacts(dict(row), mentions, quotes, roles, events, docs, names)


def _like_escape(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def role_rows(engine: Engine, entity_id: str) -> list[dict]:
    """Every title the person ``entity_id`` holds in a document, with the document's ``source`` and ``body`` (read-only)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.roles, t.documents.c.source, t.documents.c.body)
            .join(t.documents, t.documents.c.id == t.roles.c.document_id)
            .where(t.roles.c.entity_id == entity_id)).mappings()
        return [dict(r) for r in rows]


def entity_events(engine: Engine, ident: str) -> list[dict]:
    """Events (id, type, date, place_id) the entity took part in, organized or hosted (read-only, unordered).

    Participants are a JSON list per report: the database picks the reports whose list holds
    the id as text (``LIKE``, in SQLite and PostgreSQL alike), and the lists of those are read
    to be sure. Decoding every report's list took a third of a second at 5,000 documents.
    """
    r = t.event_reports.c
    named = cast(r.participant_ids, String).like(f'%"{_like_escape(ident)}"%', escape="\\")
    with engine.connect() as conn:
        reports = conn.execute(select(r.event_id, r.participant_ids, r.organizer_id, r.place_id)
                               .where(or_(named, r.organizer_id == ident, r.place_id == ident))).all()
        ids = {r.event_id for r in reports
               if r.event_id and (ident in (r.participant_ids or []) or ident in (r.organizer_id, r.place_id))}
        rows = conn.execute(select(t.events.c.id, t.events.c.type, t.events.c.date, t.events.c.place_id)
                            .where(t.events.c.id.in_(sorted(ids)))).mappings()
        return [dict(r) for r in rows]
