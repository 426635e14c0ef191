"""Briefings over HTTP: ``GET /api/brief?topic=&from=&to=&lang=`` (the JSON of ``pesquisa brief --json``) and the
arms-trafficking picture ``GET /api/arms``; each list also as CSV (``.csv``) and the briefing as Markdown (``.md``).

The objects are ``pesquisa.report.brief``'s (the CLI's very builders), so the API, the CLI
and the pages cannot disagree. An unknown topic or a bad date answers 400 with the one
error shape, naming the parameter.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse

from pesquisa.api.official import OfficialEngine
from pesquisa.api.pagination import DATE_PATTERN
from pesquisa.report.brief import BriefFilters, build_arms_picture, build_briefing, make_filters, to_csv, to_markdown

router = APIRouter(prefix="/api", tags=["briefings"])


def brief_filters(
        topic: Annotated[str | None, Query(max_length=64, description="A topic key (weapons, fentanyl...); none: all.")]
        = None,
        date_from: Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")]
        = None,
        date_to: Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN, description="Inclusive.")] = None,
        lang: Annotated[str | None, Query(max_length=8, description="Language of the prose: en or es.")] = None,
) -> BriefFilters:
    """FastAPI dependency: the briefing filters of the query string, checked (``ConfigError`` -> 400)."""
    return make_filters(topic=topic, date_from=date_from, date_to=date_to, lang=lang)


Filters = Annotated[BriefFilters, Depends(brief_filters)]


def _download(text: str, media_type: str, name: str) -> PlainTextResponse:
    return PlainTextResponse(text, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/brief", summary="A cited briefing")
def brief_endpoint(engine: OfficialEngine, filters: Filters) -> dict:
    """Key developments, results, positions and actors (plus the arms picture for the arms topic), each item cited."""
    return build_briefing(engine, filters).to_dict()


@router.get("/brief.csv", summary="A cited briefing as CSV")
def brief_csv_endpoint(engine: OfficialEngine, filters: Filters) -> PlainTextResponse:
    """One row per citation of each item: section, item, text, derived, note, source, document, span, cited text."""
    return _download(to_csv(build_briefing(engine, filters)), "text/csv; charset=utf-8", "briefing.csv")


@router.get("/brief.md", summary="A cited briefing as Markdown")
def brief_markdown_endpoint(engine: OfficialEngine, filters: Filters) -> PlainTextResponse:
    """The briefing as ``pesquisa brief --output F.md`` writes it, with numbered source notes."""
    return _download(to_markdown(build_briefing(engine, filters)), "text/markdown; charset=utf-8", "briefing.md")


@router.get("/arms", summary="The arms-trafficking picture")
def arms_endpoint(engine: OfficialEngine, filters: Filters) -> dict:
    """Routes, tactics, weapons and ammunition figures, organizations (the topic is always arms trafficking)."""
    return build_arms_picture(engine, filters).to_dict()


@router.get("/arms.csv", summary="The arms-trafficking picture as CSV")
def arms_csv_endpoint(engine: OfficialEngine, filters: Filters) -> PlainTextResponse:
    """The arms picture, one row per citation (as ``/api/brief.csv``)."""
    return _download(to_csv(build_arms_picture(engine, filters)), "text/csv; charset=utf-8", "arms.csv")
