"""What an ingest could not take in (issue 16): recorded failures by file, part and stage."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from pesquisa.store import schema as t


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
