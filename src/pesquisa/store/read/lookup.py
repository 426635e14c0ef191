"""Lookups: the current id behind an old one, the entity a name stands for.

Ids that stop existing after a re-resolution are kept as redirects (``redirects``
table), so every lookup follows them first. Names match accent- and case-insensitively
on the canonical name and every alias.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, select

from pesquisa.errors import NotFoundError
from pesquisa.lexicon import fold
from pesquisa.store import schema as t
from pesquisa.store.read._common import names_of


def resolve_id(engine: Engine, ident: str) -> str:
    """The current id of ``ident``, following redirects (read-only; a cycle stops where it repeats)."""
    with engine.connect() as conn:
        seen = set()
        while ident not in seen:
            seen.add(ident)
            new = conn.execute(select(t.redirects.c.new_id).where(t.redirects.c.old_id == ident)).scalar()
            if not new:
                break
            ident = new
    return ident


def entity_exists(engine: Engine, ident: str) -> bool:
    """True when ``ident`` is the id of a stored entity (read-only; no redirects followed)."""
    with engine.connect() as conn:
        return conn.execute(select(t.entities.c.id).where(t.entities.c.id == ident)).scalar() is not None


def require_entity(engine: Engine, ident: str) -> str:
    """The current id of ``ident`` (redirects followed); raises ``NotFoundError`` when no such entity exists."""
    current = resolve_id(engine, ident)
    if not entity_exists(engine, current):
        raise NotFoundError(f"{ident}: no such entity")
    return current


def find_entity(engine: Engine, query: str, *, type: str | None = None) -> dict:
    """The entity whose id, name or alias is ``query`` (accent- and case-insensitive; read-only).

    Order of preference: the id (or an old id); a name or alias equal to ``query``; the
    shortest name containing it. Raises ``NotFoundError`` when nothing matches.
    """
    ident = resolve_id(engine, query)
    with engine.connect() as conn:
        stmt = select(t.entities)
        if type:
            stmt = stmt.where(t.entities.c.type == type)
        by_id = conn.execute(stmt.where(t.entities.c.id == ident)).mappings().first()
        if by_id is not None:  # an id needs no pass over every entity
            return dict(by_id)
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    for row in rows:
        if row["id"] == ident:
            return row
    key = fold(query)
    exact = [r for r in rows if fold(r["name"]) == key or key in {fold(a) for a in r["aliases"]}]
    if exact:
        return exact[0]
    partial = [r for r in rows if key and key in fold(r["name"])]
    if partial:
        return sorted(partial, key=lambda r: len(r["name"]))[0]
    raise NotFoundError(f"{query}: no such {type or 'entity'}")


def speaker_id_for(engine: Engine, speaker: str) -> str | None:
    """The entity id a speaker filter names (an id, old id, name or alias; people first), None when it names nobody."""
    for type in ("person", None):
        try:
            return find_entity(engine, speaker, type=type)["id"]
        except NotFoundError:
            continue
    return None


def names_by_id(engine: Engine, ids: Iterable[str | None]) -> dict[str, str]:
    """Entity id -> canonical name for ``ids`` (unknown ids and None left out; read-only)."""
    with engine.connect() as conn:
        return names_of(conn, ids)
