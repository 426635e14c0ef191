"""Quantities: the ledger of normalized figures (value, unit, item, kind) and its totals by item and by month.

Totals add the normalized ``value`` (the lower bound of a range) of figures that
share item, unit and kind; each total lists the spans it adds up, so every sum can
be checked against its sentences. ``date`` is the publication date of the document.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Engine, Select, func, select

from pesquisa.api.deps import get_engine
from pesquisa.api.documents import quantity_dict
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params, within_dates
from pesquisa.store import schema as t

router = APIRouter(prefix="/api/quantities", tags=["quantities"])
UNDATED = "undated"


def quantity_filter(*, kind: str | None = None, item: str | None = None, unit: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    document_id: str | None = None) -> Select:
    """The quantities (with their document's source) matching the filters; item and unit ignore case."""
    stmt = (select(t.quantities, t.documents.c.source)
            .join(t.documents, t.documents.c.id == t.quantities.c.document_id))
    if kind:
        stmt = stmt.where(t.quantities.c.kind == kind)
    if item:
        stmt = stmt.where(func.lower(t.quantities.c.item) == item.lower())
    if unit == "none":  # counts have no unit
        stmt = stmt.where(t.quantities.c.unit.is_(None))
    elif unit:
        stmt = stmt.where(func.lower(t.quantities.c.unit) == unit.lower())
    stmt = within_dates(stmt, t.quantities.c.date, date_from, date_to)
    if document_id:
        stmt = stmt.where(t.quantities.c.document_id == document_id)
    return stmt


def list_quantities(engine: Engine, page: PageParams, **filters) -> dict:
    """A page of the ledger, newest first, each figure with its span (read-only)."""
    stmt = quantity_filter(**filters)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(stmt.order_by(t.quantities.c.date.desc().nulls_last(), t.documents.c.source,
                                          t.quantities.c.start).limit(page.limit).offset(page.offset)).mappings()
        items = [{**quantity_dict(r), "source": r["source"]} for r in rows]
    return page.envelope(items, total)


def quantity_totals(engine: Engine, **filters) -> dict:
    """Sums of the matching figures by (item, unit, kind) and by (month, item, unit, kind) (read-only)."""
    with engine.connect() as conn:
        rows = conn.execute(quantity_filter(**filters)).mappings().all()
    by_item: dict[tuple, list] = defaultdict(list)
    by_month: dict[tuple, list] = defaultdict(list)
    for r in rows:
        by_item[(r["item"], r["unit"], r["kind"])].append(r)
        by_month[((r["date"] or "")[:7] or UNDATED, r["item"], r["unit"], r["kind"])].append(r)

    def total(rows: list) -> dict:
        return {"total": sum(r["value"] for r in rows), "count": len(rows),
                "documents": len({r["document_id"] for r in rows}),
                "spans": [{"quantity_id": r["id"], "document_id": r["document_id"], "span": [r["start"], r["end"]],
                           "text": r["text"]} for r in rows]}

    return {
        "by_item": sorted(({"item": k[0], "unit": k[1], "kind": k[2], **total(v)} for k, v in by_item.items()),
                          key=lambda g: (g["kind"], g["unit"] or "", -g["total"], g["item"] or "")),
        "by_month": sorted(({"month": k[0], "item": k[1], "unit": k[2], "kind": k[3], **total(v)}
                            for k, v in by_month.items()),
                           key=lambda g: (g["month"] == UNDATED, g["month"], g["kind"], g["item"] or "")),
    }


def quantity_facets(engine: Engine) -> dict[str, list[str]]:
    """The kinds, units and items present, for filter menus (read-only)."""
    with engine.connect() as conn:
        def distinct(col) -> list[str]:
            return sorted(v for v in conn.execute(select(col).distinct()).scalars() if v)

        return {"kind": distinct(t.quantities.c.kind), "unit": distinct(t.quantities.c.unit),
                "item": distinct(t.quantities.c.item)}


Kind = Annotated[str | None, Query(description="seizure, money, statistic, count ...")]
Item = Annotated[str | None, Query(description="What is counted (cocaine, firearms ...), any case.")]
Unit = Annotated[str | None, Query(description="Normalized unit (kg, l, USD ...); 'none' for counts.")]


@router.get("", summary="List quantities")
def quantities_endpoint(page: Annotated[PageParams, Depends(page_params)],
                        engine: Annotated[Engine, Depends(get_engine)], kind: Kind = None, item: Item = None,
                        unit: Unit = None, date_from: DateFrom = None, date_to: DateTo = None,
                        document_id: str | None = None) -> dict:
    """Normalized figures (value, unit, item, kind) with the text as written and its span."""
    return list_quantities(engine, page, kind=kind, item=item, unit=unit, date_from=date_from, date_to=date_to,
                           document_id=document_id)


@router.get("/totals", summary="Quantity totals")
def totals_endpoint(engine: Annotated[Engine, Depends(get_engine)], kind: Kind = None, item: Item = None,
                    unit: Unit = None, date_from: DateFrom = None, date_to: DateTo = None) -> dict:
    """Totals by (item, unit, kind) and by month, each listing the spans it adds up."""
    return quantity_totals(engine, kind=kind, item=item, unit=unit, date_from=date_from, date_to=date_to)
