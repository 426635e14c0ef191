"""Quantities: the ledger of normalized figures (value, unit, item, kind) and its totals by item and by month.

Totals add the normalized ``value`` (the lower bound of a range) of figures that
share item, unit and kind; each total lists the spans it adds up, so every sum can
be checked against its sentences. ``date`` is the publication date of the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.api import serialize
from pesquisa.api.deps import StoreCache, cached, get_engine
from pesquisa.api.pagination import DateFrom, DateTo, PageParams, page_params
from pesquisa.api.store_file import kept
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.store import read

router = APIRouter(prefix="/api/quantities", tags=["quantities"])

Kind = Annotated[str | None, Query(description="seizure, money, statistic, count, length ...")]
Item = Annotated[str | None, Query(description="What is counted (cocaine, firearms ...), any case.")]
Unit = Annotated[str | None, Query(description="Normalized unit (kg, l, USD ...); 'none' for counts.")]
TOTALS_FORMAT = 1  # of the totals kept beside the store; bumped when their shape changes
KEPT_SPAN_LIMITS = (0, 20)  # the ledger page's and the API's: their unfiltered totals are kept beside the store
NO_FILTERS = {"kind": None, "item": None, "unit": None, "date_from": None, "date_to": None}


@router.get("", summary="List quantities", response_model=None, responses=CSV_RESPONSES)
def quantities_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                        engine: Annotated[Engine, Depends(get_engine)], kind: Kind = None, item: Item = None,
                        unit: Unit = None, date_from: DateFrom = None, date_to: DateTo = None,
                        document_id: str | None = None, fmt: Format = None) -> dict | Response:
    """Normalized figures (value, unit, item, kind) with the text as written and its span."""
    rows = read.quantities(engine, kind=kind, item=item, unit=unit, date_from=date_from, date_to=date_to,
                           document_id=document_id, limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([serialize.ledger_dict(r) for r in rows.items], rows.total),
                   "quantities")


@router.get("/totals", summary="Quantity totals")
def totals_endpoint(request: Request, kind: Kind = None, item: Item = None,
                    unit: Unit = None, date_from: DateFrom = None, date_to: DateTo = None,
                    span_limit: Annotated[int, Query(ge=0, le=100000, description="Most spans listed per group "
                                                     "(``count`` gives them all).")] = 20) -> dict:
    """Totals by (item, unit, kind) and by month, each listing the spans it adds up."""
    filters = {"kind": kind, "item": item, "unit": unit, "date_from": date_from, "date_to": date_to}
    return cached(request, *totals_value(span_limit, filters))


def totals_value(span_limit: int, filters: dict) -> tuple[tuple, Callable[[Engine], dict]]:
    """The store cache's key of the ledger totals (``filters``: ``NO_FILTERS``'s keys) and their build.

    The unfiltered totals of ``KEPT_SPAN_LIMITS`` (every figure of the store grouped and ranked: seconds on
    a store of 20,000 documents, built by each worker) are also kept beside the store, one build per store
    version for all workers and restarts (``store_file.kept``); the others are built per worker.
    """
    def build(engine: Engine) -> dict:
        return serialize.quantity_totals(read.quantity_totals(engine, span_limit=span_limit, **filters))

    key = ("totals", span_limit, *filters.values())
    if span_limit not in KEPT_SPAN_LIMITS or any(v is not None for v in filters.values()):
        return key, build
    return key, lambda engine: kept(engine, f"totals-{span_limit}", build, form=TOTALS_FORMAT)


def warm_totals(cache: StoreCache) -> None:
    """Build (or read from beside the store) the unfiltered totals into ``cache``, as a worker starts."""
    for span_limit in KEPT_SPAN_LIMITS:
        cache.value(*totals_value(span_limit, dict(NO_FILTERS)))
