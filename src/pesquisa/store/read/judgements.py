"""The judgement history: every merge, split, merge-event and split-event an analyst made, standing or undone.

Each row says what it was about twice: the ids as judged (``target``, ``other``) and where
they lead now (``target_now``, ``other_now``: an entity id through redirects, an event id
through the reports the judgement names), with current names, so the history page can
link to what exists. The resolution replay reads standing judgements elsewhere
(``resolution.judgements``, ``relations.event_judgements``).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, func, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows

ENTITY_KINDS = ("merge", "split")
EVENT_KINDS = ("merge-event", "split-event")
STATUSES = ("standing", "undone")


def judgement_history(engine: Engine, *, kind: str | None = None, status: str | None = None, limit: int = 50,
                      offset: int = 0) -> Rows:
    """A page of judgements, newest first, each with ``status`` and what its ids lead to now (read-only).

    ``kind``: merge, split, merge-event or split-event; ``status``: standing or undone.
    Four queries whatever the page size: the page, redirects, entities, events.
    """
    stmt = select(t.judgements)
    if kind:
        stmt = stmt.where(t.judgements.c.kind == kind)
    if status == "standing":
        stmt = stmt.where(t.judgements.c.deleted_at.is_(None))
    elif status == "undone":
        stmt = stmt.where(t.judgements.c.deleted_at.is_not(None))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = [dict(r) for r in conn.execute(stmt.order_by(t.judgements.c.id.desc()).limit(limit).offset(offset))
                .mappings()]
        return Rows(_described(conn, rows), total)


def judgement_row(engine: Engine, judgement_id: int) -> dict:
    """One judgement as ``judgement_history`` gives it (read-only); raises ``NotFoundError`` when there is none."""
    with engine.connect() as conn:
        row = conn.execute(select(t.judgements).where(t.judgements.c.id == judgement_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"judgement {judgement_id}: no such judgement")
        return _described(conn, [dict(row)])[0]


def latest_judgement_id(engine: Engine, kind: str, target: str) -> int | None:
    """Id of the newest judgement of ``kind`` about ``target`` (read-only): the one just recorded."""
    with engine.connect() as conn:
        return conn.execute(select(func.max(t.judgements.c.id))
                            .where(t.judgements.c.kind == kind, t.judgements.c.target == target)).scalar()


def _follow(redirects: dict[str, str], ident: str) -> str:
    """Where ``ident`` leads through ``redirects`` (a cycle stops where it repeats)."""
    seen = set()
    while ident in redirects and ident not in seen:
        seen.add(ident)
        ident = redirects[ident]
    return ident


def _described(conn: Connection, rows: list[dict]) -> list[dict]:
    """Judgement rows with ``status``, ``subject``, ``undone_by`` and each side's current id and label."""
    redirects = dict(conn.execute(select(t.redirects.c.old_id, t.redirects.c.new_id)).all())
    entity_sides = {r[side] for r in rows if r["kind"] not in EVENT_KINDS for side in ("target", "other") if r[side]}
    current = {i: _follow(redirects, i) for i in entity_sides}
    entities = {r.id: f"{r.name} ({r.type})" for r in conn.execute(
        select(t.entities.c.id, t.entities.c.name, t.entities.c.type)
        .where(t.entities.c.id.in_(sorted(set(current.values())))))}
    first_reports = {(r.get("detail") or {}).get(k, [None])[0] for r in rows if r["kind"] in EVENT_KINDS
                     for k in ("reports", "other") if (r.get("detail") or {}).get(k)}
    events = {r.report: (r.id, f"{r.type} {r.date or 'undated'}") for r in conn.execute(
        select(t.event_reports.c.id.label("report"), t.events.c.id, t.events.c.type, t.events.c.date)
        .join(t.events, t.events.c.id == t.event_reports.c.event_id)
        .where(t.event_reports.c.id.in_(sorted(i for i in first_reports if i))))}
    out = []
    for row in rows:
        detail = row.get("detail") or {}
        item = {**row, "status": "undone" if row["deleted_at"] else "standing", "undone_by": detail.get("undone_by"),
                "subject": "event" if row["kind"] in EVENT_KINDS else "entity"}
        for side, key in (("target", "reports"), ("other", "other")):
            if item["subject"] == "event":
                reports = detail.get(key) or []
                now, label = events.get(reports[0], (None, None)) if reports else (None, None)
            else:
                now = current.get(row[side]) if row[side] else None
                label = entities.get(now) if now else None
                now = now if label else None
            item[f"{side}_now"], item[f"{side}_label"] = now, label
        out.append(item)
    return out


def event_options(engine: Engine, *, type: str, limit: int = 300) -> list[dict]:
    """Events of ``type`` to pick a merge partner from, newest first: id, type, date, place name, reports (read-only)."""
    with engine.connect() as conn:
        reports = (select(t.event_reports.c.event_id, func.count().label("n"))
                   .group_by(t.event_reports.c.event_id).subquery())
        rows = conn.execute(select(t.events.c.id, t.events.c.type, t.events.c.date, t.entities.c.name.label("place"),
                                   func.coalesce(reports.c.n, 0).label("reports"))
                            .outerjoin(t.entities, t.entities.c.id == t.events.c.place_id)
                            .outerjoin(reports, reports.c.event_id == t.events.c.id)
                            .where(t.events.c.type == type)
                            .order_by(t.events.c.date.desc().nulls_last(), t.events.c.id).limit(limit)).mappings()
        return [dict(r) for r in rows]
