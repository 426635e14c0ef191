"""Whole-store reads for the exports: every table an export is written from, grouped by document."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, select

from pesquisa.store import schema as t


@dataclass(slots=True)
class ExportFacts:
    """Documents by source, and every entity, event and fact row (facts grouped by document, in body order)."""

    documents: list[dict]
    entities: dict[str, dict]
    events: dict[str, dict]
    mentions: dict[str, list[dict]]
    quotes: dict[str, list[dict]]  # by start, a direct quote before a reported one at the same start
    quantities: dict[str, list[dict]]
    reports: dict[str, list[dict]]  # event reports
    relations: dict[str, list[dict]]


def _by_document(conn: Connection, table: Table, order) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    # the row id breaks ties (two facts at one start), so SQLite and PostgreSQL give one order
    for row in conn.execute(select(table).order_by(table.c.document_id, *order, table.c.id)).mappings():
        out[row["document_id"]].append(dict(row))
    return out


def export_facts(engine: Engine) -> ExportFacts:
    """Everything the evaluation export is written from, in one connection (read-only)."""
    with engine.connect() as conn:
        return ExportFacts(
            documents=[dict(r) for r in conn.execute(select(t.documents).order_by(t.documents.c.source)).mappings()],
            entities={r["id"]: dict(r) for r in conn.execute(select(t.entities)).mappings()},
            events={r["id"]: dict(r) for r in conn.execute(select(t.events)).mappings()},
            mentions=_by_document(conn, t.mentions, [t.mentions.c.start]),
            quotes=_by_document(conn, t.quotes, [t.quotes.c.start, t.quotes.c.direct.desc()]),
            quantities=_by_document(conn, t.quantities, [t.quantities.c.start]),
            reports=_by_document(conn, t.event_reports, [t.event_reports.c.start]),
            relations=_by_document(conn, t.relations, [t.relations.c.start]),
        )


def actors(engine: Engine) -> list[dict]:
    """Every person and organization entity, by id (read-only)."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.entities).where(t.entities.c.type.in_(["person", "organization"]))
                            .order_by(t.entities.c.id)).mappings()
        return [dict(r) for r in rows]


def titles_by_entity(engine: Engine) -> dict[str, set[str]]:
    """Resolved entity id -> every title a document gives it (read-only)."""
    with engine.connect() as conn:
        roles = conn.execute(select(t.roles.c.entity_id, t.roles.c.title)).all()
    titles: dict[str, set[str]] = defaultdict(set)
    for eid, title in roles:
        if eid:
            titles[eid].add(title)
    return titles
