"""The query layer: every read of the knowledge base goes through here.

api, web, report, analyze and the pipeline share these functions, so a query is
written once and its shape (plain dicts and tuples at the SQL edge, typed records
where a stage consumes them) is the same everywhere. All functions are read-only.
"""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from pesquisa.resolve import EntityRef, EventReport, Judgement, build_refs
from pesquisa.store import schema as t


def entity_refs(engine: Engine) -> list[EntityRef]:
    """In-document entities of every stored document, as resolution sees them."""
    with engine.connect() as conn:
        mentions = conn.execute(select(t.mentions.c.document_id, t.mentions.c.local_id, t.mentions.c.type,
                                       t.mentions.c.text, t.mentions.c.name)
                                .order_by(t.mentions.c.document_id, t.mentions.c.start)).all()
        titles = conn.execute(select(t.roles.c.document_id, t.roles.c.local_id, t.roles.c.title)
                              .order_by(t.roles.c.document_id, t.roles.c.start)).all()
    return build_refs(((r[0], r[1], r[2], r[3], r[4]) for r in mentions), ((r[0], r[1], r[2]) for r in titles))


def judgements(engine: Engine) -> list[Judgement]:
    """The analyst's standing judgements (merge/split), in the order they were made."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.judgements).where(t.judgements.c.deleted_at.is_(None))
                            .order_by(t.judgements.c.id)).mappings().all()
    return [Judgement(r["kind"], r["target"], r["other"]) for r in rows]


def event_reports(engine: Engine, local_to_id: dict[tuple[str, str], str]) -> list[EventReport]:
    """Every stored event report with its place, organizer and participants mapped to resolved ids."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.event_reports).order_by(t.event_reports.c.id)).mappings().all()

    def rid(doc_id: str, local: str | None) -> str | None:
        return local_to_id.get((doc_id, local)) if local else None

    reports = []
    for r in rows:
        doc = r["document_id"]
        participants = sorted({p for p in (rid(doc, x) for x in r["participant_local_ids"]) if p})
        reports.append(EventReport(r["id"], doc, r["type"], r["date"], rid(doc, r["place_local_id"]),
                                   rid(doc, r["organizer_local_id"]), participants))
    return reports


def failure_keys(engine: Engine) -> set[tuple[str, str]]:
    """(path, location) of every recorded failure."""
    with engine.connect() as conn:
        return {(r[0], r[1]) for r in conn.execute(select(t.failures.c.path, t.failures.c.location))}


def failures(engine: Engine, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Recorded failures, most recent first (then by path and location), as plain dicts."""
    stmt = (select(t.failures).order_by(t.failures.c.last_seen.desc(), t.failures.c.path, t.failures.c.location)
            .offset(offset))
    if limit is not None:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def failure_counts(engine: Engine) -> dict[str, int]:
    """Number of recorded failures by stage (read, clean, extract, store, timeout)."""
    with engine.connect() as conn:
        return dict(conn.execute(select(t.failures.c.stage, func.count()).group_by(t.failures.c.stage)
                                 .order_by(t.failures.c.stage)).all())
