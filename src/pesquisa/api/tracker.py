"""The framework tracker over HTTP: ``GET /api/tracker`` (the JSON of ``pesquisa tracker --json``) and its CSV.

Routes only: the report comes from ``pesquisa.analyze.tracker`` (the same function and shape
as the CLI). The web serves the frameworks shipped in ``data/frameworks`` by id, never a path.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from pesquisa.analyze.framework import Framework, load_framework, shipped_frameworks
from pesquisa.analyze.tracker import TrackerReport, tracker_csv, tracker_report
from pesquisa.api.official import OfficialEngine
from pesquisa.errors import NotFoundError

router = APIRouter(prefix="/api", tags=["framework tracker"])

FrameworkId = Annotated[str, Query(max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$",
                                   description="A shipped framework (data/frameworks).")]
IndicatorId = Annotated[str | None, Query(max_length=64, description="One indicator only.")]


def shipped_framework(framework: str) -> Framework:
    """The shipped framework ``framework``. Raises ``NotFoundError`` naming the shipped ones."""
    known = shipped_frameworks()
    if framework not in known:
        raise NotFoundError(f"{framework}: no such framework (known: {', '.join(known)})")
    return load_framework(framework)


def report_for(engine, framework: str, indicator: str | None) -> TrackerReport:
    """The tracker of a shipped framework, narrowed to one indicator when asked (read-only)."""
    report = tracker_report(engine, shipped_framework(framework))
    return report.only(indicator) if indicator else report


@router.get("/tracker", summary="Framework tracker")
def tracker_endpoint(engine: OfficialEngine, framework: FrameworkId = "bicentennial",
                     indicator: IndicatorId = None) -> dict:
    """Per goal and indicator: the evidence (spans into the clean body), official series, latest figure."""
    return report_for(engine, framework, indicator).to_dict()


@router.get("/tracker.csv", summary="Framework tracker evidence as CSV", response_class=Response)
def tracker_csv_endpoint(engine: OfficialEngine, framework: FrameworkId = "bicentennial",
                         indicator: IndicatorId = None) -> Response:
    """One row per evidence item: framework, goal, indicator, fact, source, span, text, date, value."""
    name = f"tracker-{framework}{'-' + indicator if indicator else ''}.csv"
    return Response(tracker_csv(report_for(engine, framework, indicator)), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
