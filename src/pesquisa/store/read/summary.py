"""What the store holds: counts, languages, the most-quoted people, and a cheap fingerprint of its state."""

from __future__ import annotations

import os

from sqlalchemy import Engine, func, select

from pesquisa.store import schema as t


def counts(engine: Engine) -> dict[str, int]:
    """Documents, people, organizations, places, quotes, quantities and events stored (read-only)."""
    with engine.connect() as conn:
        def count(table, type: str | None = None) -> int:
            stmt = select(func.count()).select_from(table)
            if type:
                stmt = stmt.where(t.entities.c.type == type)
            return conn.execute(stmt).scalar_one()

        return {"documents": count(t.documents), "people": count(t.entities, "person"),
                "organizations": count(t.entities, "organization"), "places": count(t.entities, "place"),
                "quotes": count(t.quotes), "quantities": count(t.quantities), "events": count(t.events)}


def languages(engine: Engine) -> dict[str, int]:
    """Language code -> number of documents in it (read-only)."""
    with engine.connect() as conn:
        return dict(conn.execute(select(t.documents.c.lang, func.count()).group_by(t.documents.c.lang)).all())


def most_quoted(engine: Engine, *, top: int = 5) -> list[tuple[str, str, int]]:
    """(entity id, name, quotes) of the ``top`` people quoted most, most first, then by name (read-only)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(t.entities.c.id, t.entities.c.name, func.count(t.quotes.c.id).label("n"))
            .join(t.quotes, t.quotes.c.speaker_id == t.entities.c.id)
            .where(t.entities.c.type == "person")
            .group_by(t.entities.c.id, t.entities.c.name)
            .order_by(func.count(t.quotes.c.id).desc(), t.entities.c.name).limit(top)).all()
    return [(r[0], r[1], r[2]) for r in rows]


def store_version(engine: Engine) -> tuple:
    """Cheap fingerprint of the store's state, different after any write (read-only).

    For a SQLite file: the size and modification time of the file and of its write-ahead
    log, which every commit changes (two ``stat`` calls, whatever the store's size). Else:
    row counts of documents, entities, mentions, redirects and the latest judgement, which
    change whenever an ingest, a resolution or a judgement changes what derived views
    (the actor network, cached pages) are built from.
    """
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if path and path != ":memory:" and not path.startswith("file:"):
        return ("file", *(_stat(p) for p in (path, path + "-wal")))
    with engine.connect() as conn:
        rows = tuple(conn.execute(select(func.count()).select_from(table)).scalar_one()
                     for table in (t.documents, t.entities, t.mentions, t.redirects))
        return (*rows, conn.execute(select(func.max(t.judgements.c.id))).scalar())


def _stat(path: str) -> tuple[int, int] | None:
    """(modification time in ns, size) of the file ``path``, None when there is none."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_mtime_ns, st.st_size
