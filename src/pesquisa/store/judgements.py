"""Analyst judgements: merge two entities, split one. Stored as data, replayed on every resolution."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, insert, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.db import checkpoint
from pesquisa.store.resolution import resolve_store
from pesquisa.store.search import refresh_search_index


def _current(engine: Engine, ident: str) -> str:
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


def record_judgement(engine: Engine, kind: str, target: str, other: str | None, *, author: str = "analyst") -> str:
    """Store a merge or split decision (writes) and re-resolve; returns the resulting entity id(s)."""
    target = _current(engine, target)
    if other is not None:
        other = _current(engine, other)
    with engine.begin() as conn:
        conn.execute(insert(t.judgements).values(
            kind=kind, target=target, other=other, author=author,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    resolve_store(engine)
    refresh_search_index(engine)
    checkpoint(engine)
    if kind == "merge":
        return min(target, other or target)
    with engine.connect() as conn:
        ids = conn.execute(select(t.entities.c.id).where(t.entities.c.id != target)).scalars().all()
    return ", ".join(i for i in ids if i.startswith(target[:4]))[:200] or target
