"""Reads for resolution: the in-document entities, the analyst's judgements, the event reports.

The pipeline hands these typed records (``pesquisa.resolve``) to the pure resolvers
and writes the result back with ``store.write.write_resolution``.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

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
        targets = sorted({p for p in (rid(doc, x) for x in r["target_local_ids"] or []) if p})
        reports.append(EventReport(r["id"], doc, r["type"], r["date"], rid(doc, r["place_local_id"]),
                                   rid(doc, r["organizer_local_id"]), participants, status=r["status"] or "happened",
                                   country=r["country"], target_ids=targets, amounts=r["amounts"] or []))
    return reports


def split_result(engine: Engine, target: str) -> str:
    """The entity ids a split of ``target`` left, comma-separated (read-only)."""
    with engine.connect() as conn:
        ids = conn.execute(select(t.entities.c.id).where(t.entities.c.id != target)).scalars().all()
    return ", ".join(i for i in ids if i.startswith(target[:4]))[:200] or target
