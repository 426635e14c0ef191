"""Analyst judgements: merge two entities or events, split one. Stored as data, replayed on every resolution."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, insert, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t


def current_id(engine: Engine, ident: str) -> str:
    """The id ``ident`` stands for now, following redirects (read-only). Raises ``NotFoundError``."""
    with engine.connect() as conn:
        for _ in range(10):
            new = conn.execute(select(t.redirects.c.new_id).where(t.redirects.c.old_id == ident)).scalar()
            if not new:
                break
            ident = new
        exists = conn.execute(select(t.entities.c.id).where(t.entities.c.id == ident)).scalar()
    if not exists:
        raise NotFoundError(f"{ident}: no such entity")
    return ident


def add_judgement(engine: Engine, kind: str, target: str, other: str | None, *, author: str = "analyst") -> None:
    """Store a merge or split decision about current entity ids (writes; resolution replays it)."""
    with engine.begin() as conn:
        conn.execute(insert(t.judgements).values(
            kind=kind, target=target, other=other, author=author,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))


def split_result(engine: Engine, target: str) -> str:
    """The entity ids a split of ``target`` left, comma-separated (read-only)."""
    with engine.connect() as conn:
        ids = conn.execute(select(t.entities.c.id).where(t.entities.c.id != target)).scalars().all()
    return ", ".join(i for i in ids if i.startswith(target[:4]))[:200] or target


def add_event_judgement(engine: Engine, kind: str, target: str, other: str | None, reports: list[str],
                        other_reports: list[str], *, author: str = "analyst") -> None:
    """Store a merge-event or split-event decision with the report ids it is about (writes; resolution replays it).

    The report ids are kept because event ids follow their reports: the judgement must
    hold after the ids change.
    """
    with engine.begin() as conn:
        conn.execute(insert(t.judgements).values(
            kind=kind, target=target, other=other, author=author,
            detail={"reports": reports, "other": other_reports},
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
