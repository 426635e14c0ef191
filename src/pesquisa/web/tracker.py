"""The tracker page: a framework's goals and indicators, each as a small chart over time plus its evidence list.

Its own router and template (like the failures page). The page reads the same report as
``GET /api/tracker`` (``pesquisa.analyze.tracker``); each evidence item links to its span in
the document, and every list can be downloaded as CSV and JSON.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from pesquisa.api.official import OfficialEngine
from pesquisa.api.tracker import FrameworkId, report_for
from pesquisa.web.templating import render, span_link
from pesquisa.web.tracker_chart import indicator_chart

router = APIRouter(include_in_schema=False)

SHOWN = 25  # evidence items listed per indicator; the downloads hold them all


def evidence_link(e: dict) -> str:
    """URL of the document page with the evidence span marked."""
    return span_link(e["document_id"], [e["start"], e["end"]])


@router.get("/tracker", response_class=HTMLResponse)
def tracker_page(request: Request, engine: OfficialEngine, framework: FrameworkId = "bicentennial") -> HTMLResponse:
    """Goals and indicators: latest figure, a chart over time, the evidence with links to the spans."""
    report = report_for(engine, framework, None).to_dict()
    charts = {ind["id"]: indicator_chart(ind, link=evidence_link)
              for goal in report["goals"] for ind in goal["indicators"]}
    return render(request, "tracker.html", report=report, charts=charts, shown=SHOWN, evidence_link=evidence_link)
