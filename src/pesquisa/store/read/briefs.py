"""Reads behind briefings (issue 13): every fact a briefing may cite, and the spans a check re-reads.

A briefing is built from the whole knowledge base at once (the topic and date filters need
each fact's paragraph and date), so ``brief_facts`` reads each table once: documents with
their clean bodies, events with their reports, quotes, quantities, relations, place and
organization mentions, and the names of every entity. ``cited_documents`` and
``quantities_at`` serve ``pesquisa brief --check``, which re-reads only what a briefing
cites. All functions are read-only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, and_, or_, select

from pesquisa.store import schema as t

_CHUNK = 400  # ids per IN (...) and spans per OR, well under SQLite's variable limit


@dataclass(slots=True)
class BriefFacts:
    """Everything a briefing may cite: rows as plain dicts, each fact with ``document_id``, ``start`` and ``end``."""

    documents: dict[str, dict]  # id -> source, published, lang, title, body
    events: list[dict]  # an event row plus "reports": its report rows, in document order
    quotes: list[dict]
    quantities: list[dict]
    relations: list[dict]
    mentions: list[dict]  # place and organization mentions (resolved id, type, text, span)
    names: dict[str, str] = field(default_factory=dict)  # entity id -> canonical name
    types: dict[str, str] = field(default_factory=dict)  # entity id -> person | organization | place


def brief_facts(engine: Engine) -> BriefFacts:
    """Every document, event (with its reports), quote, quantity, relation and place/organization mention (read-only).

    One query per table; rows in document order, so briefings built twice list facts alike.
    """
    with engine.connect() as conn:
        documents = {r["id"]: dict(r) for r in conn.execute(
            select(t.documents.c.id, t.documents.c.source, t.documents.c.published, t.documents.c.lang,
                   t.documents.c.title, t.documents.c.body)).mappings()}
        events = {r["id"]: {**dict(r), "reports": []} for r in conn.execute(
            select(t.events).order_by(t.events.c.id)).mappings()}
        for r in conn.execute(select(t.event_reports).order_by(t.event_reports.c.document_id,
                                                               t.event_reports.c.start)).mappings():
            if r["event_id"] in events:
                events[r["event_id"]]["reports"].append(dict(r))

        def rows(table) -> list[dict]:
            return [dict(r) for r in conn.execute(select(table).order_by(table.c.document_id, table.c.start)).mappings()]

        quotes, quantities, relations = rows(t.quotes), rows(t.quantities), rows(t.relations)
        mentions = [dict(r) for r in conn.execute(
            select(t.mentions.c.document_id, t.mentions.c.entity_id, t.mentions.c.type, t.mentions.c.text,
                   t.mentions.c.start, t.mentions.c.end)
            .where(t.mentions.c.type.in_(["place", "organization"]))
            .order_by(t.mentions.c.document_id, t.mentions.c.start)).mappings()]
        entities = conn.execute(select(t.entities.c.id, t.entities.c.name, t.entities.c.type)).all()
    return BriefFacts(documents, [e for e in events.values() if e["reports"]], quotes, quantities, relations,
                      mentions, names={i: n for i, n, _ in entities}, types={i: k for i, _, k in entities})


def cited_documents(engine: Engine, ids: Iterable[str]) -> dict[str, dict]:
    """Document id -> its ``source`` and clean ``body``, for the ids asked that exist (read-only)."""
    wanted = sorted(set(ids))
    out: dict[str, dict] = {}
    with engine.connect() as conn:
        for i in range(0, len(wanted), _CHUNK):
            for r in conn.execute(select(t.documents.c.id, t.documents.c.source, t.documents.c.body)
                                  .where(t.documents.c.id.in_(wanted[i:i + _CHUNK]))).mappings():
                out[r["id"]] = {"source": r["source"], "body": r["body"]}
    return out


def quantities_at(engine: Engine, spans: Iterable[tuple[str, int, int]]) -> dict[tuple[str, int, int], list[dict]]:
    """(document id, start, end) -> the quantities stored at exactly that span (value, unit, item, kind; read-only)."""
    wanted = sorted(set(spans))
    out: dict[tuple[str, int, int], list[dict]] = defaultdict(list)
    q = t.quantities
    with engine.connect() as conn:
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            where = or_(*(and_(q.c.document_id == d, q.c.start == s, q.c.end == e) for d, s, e in chunk))
            for r in conn.execute(select(q.c.id, q.c.document_id, q.c.start, q.c.end, q.c.value, q.c.unit, q.c.item,
                                         q.c.kind).where(where).order_by(q.c.id)).mappings():
                out[(r["document_id"], r["start"], r["end"])].append(dict(r))
    return dict(out)
