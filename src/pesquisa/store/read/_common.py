"""What every area of the query layer shares: a page of rows, date-range filters, name lookups."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Select, func, select

from pesquisa.store import schema as t


@dataclass(slots=True)
class Rows:
    """A page of rows (plain dicts, or a typed record per item), the total over all pages, and what they cite."""

    items: list
    total: int
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name, for ids the rows cite
    resolved: dict[str, str] = field(default_factory=dict)  # a name filter resolved to an id ("speaker_id": ...)


def date_upper(date_to: str) -> str:
    """Exclusive upper bound for ISO dates up to ``date_to`` inclusive ("2022" keeps "2022-12-31")."""
    return date_to + "\x7f"


def within_dates(stmt: Select, column, date_from: str | None, date_to: str | None) -> Select:
    """``stmt`` restricted to ``column`` between ``date_from`` and ``date_to`` (inclusive; blanks ignored)."""
    if date_from:
        stmt = stmt.where(column >= date_from)
    if date_to:
        stmt = stmt.where(column < date_upper(date_to))
    return stmt


def page_of(conn: Connection, stmt: Select, order: tuple, limit: int, offset: int) -> Rows:
    """The rows of ``stmt`` in ``order`` from ``offset`` (at most ``limit``) and how many there are in all."""
    total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    rows = conn.execute(stmt.order_by(*order).limit(limit).offset(offset)).mappings()
    return Rows([dict(r) for r in rows], total)


def names_of(conn: Connection, ids: Iterable[str | None]) -> dict[str, str]:
    """Entity id -> canonical name for the given ids (primary-key lookups; unknown ids left out)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return dict(conn.execute(select(t.entities.c.id, t.entities.c.name).where(t.entities.c.id.in_(wanted))).all())
