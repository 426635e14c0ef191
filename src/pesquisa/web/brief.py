"""The briefing and arms-trafficking pages (issue 13): the same builders and filters as ``/api/brief`` and ``/api/arms``.

Each page shows its sections with numbered source notes linking to the passage in its
document, the filters of the API (topic, from, to, lang), and the downloads of what it
lists (JSON, CSV and, for the briefing, Markdown) for the same query.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from pesquisa.api.brief import Filters
from pesquisa.api.official import OfficialEngine
from pesquisa.report.brief import Briefing, build_arms_picture, build_briefing, preamble, source_notes
from pesquisa.topics import topics
from pesquisa.web.templating import render

router = APIRouter(include_in_schema=False)


def briefing_view(briefing: Briefing) -> dict:
    """What the page template draws: title, preamble lines, sections of items with note numbers, the notes."""
    notes, numbers = source_notes(briefing)
    return {
        "title": briefing.title, "preamble": preamble(briefing), "left_out": briefing.left_out,
        "sections": [{"key": s.key, "heading": s.heading,
                      "items": [{"text": i.text, "derived": i.derived, "verdict": i.verdict,
                                 "notes": list(dict.fromkeys(numbers[c.key] for c in i.citations))}
                                for i in s.items]}
                     for s in briefing.sections],
        "notes": [{"n": n, "source": c.source, "document_id": c.document_id, "span": [c.start, c.end], "text": c.text}
                  for n, c in enumerate(notes, 1)],
    }


def _form(request: Request) -> dict:
    """The filters as the form shows them (blank when not given)."""
    params = request.query_params
    return {k: params.get(k, "") for k in ("topic", "from", "to", "lang")}


def _query(request: Request, *, keep: tuple[str, ...]) -> str:
    """``?topic=…&from=…`` of this request's filters in ``keep``, for the download links."""
    pairs = [(k, v) for k, v in request.query_params.items() if k in keep and v]
    return "?" + urlencode(pairs) if pairs else ""


@router.get("/brief", response_class=HTMLResponse)
def brief_page(request: Request, engine: OfficialEngine, filters: Filters) -> HTMLResponse:
    """A cited briefing with the filters of ``/api/brief``; downloads as JSON, CSV and Markdown."""
    view = briefing_view(build_briefing(engine, filters))
    return render(request, "brief.html", brief=view, form=_form(request),
                  topics=[(k, t.label(filters.lang)) for k, t in topics().items()],
                  query=_query(request, keep=("topic", "from", "to", "lang")))


@router.get("/arms", response_class=HTMLResponse)
def arms_page(request: Request, engine: OfficialEngine, filters: Filters) -> HTMLResponse:
    """The arms-trafficking picture: routes, tactics, weapons and ammunition figures, organizations; JSON and CSV."""
    view = briefing_view(build_arms_picture(engine, filters))
    query = _query(request, keep=("from", "to", "lang"))
    return render(request, "arms.html", brief=view, form=_form(request), query=query,
                  full="/brief?topic=weapons" + query.replace("?", "&", 1))
