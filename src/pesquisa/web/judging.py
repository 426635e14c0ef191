"""Judgements from the web UI: merge and split entities and events, the history with undo, behind the write token.

The forms post here (same site: the request guard refuses cross-site posts) with the
token typed into a password field, compared in constant time with the server's
(``PESQUISA_TOKEN``), as ``Authorization: Bearer`` is for the API. Cookies play no part.
The analyst picks the merge partner (a list of same-type entities or events, narrowed
as they type); ``pesquisa.judging`` refuses a self-merge or a merge across types.

A judgement made redirects (303) to what it made: the merged entity or event with the
judgement shown, or the history with the row marked. A refusal, a wrong token or an
unknown partner draws the same page again with the message at the form and the status
the API would answer (422, 401, 403, 404).

Forms are ``application/x-www-form-urlencoded`` and read with ``urllib.parse`` (a few
short fields; python-multipart is not a dependency of the project).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from pesquisa import judging
from pesquisa.api.deps import get_engine
from pesquisa.api.errors import ApiError, to_api_error
from pesquisa.api.pagination import PageParams
from pesquisa.api.views import judgement_dict
from pesquisa.errors import NotFoundError, PesquisaError, RefusedError
from pesquisa.store import read
from pesquisa.store.read.judgements import ENTITY_KINDS, EVENT_KINDS, STATUSES
from pesquisa.web.pages import entity_page, event_page_html
from pesquisa.web.panels import judge_state
from pesquisa.web.templating import render

router = APIRouter(include_in_schema=False)
Engine_ = Annotated[Engine, Depends(get_engine)]
MAX_FIELDS = 10


async def form_fields(request: Request) -> dict[str, str]:
    """The fields of a posted form, last value of each (raises a 415 or 400 ``ApiError`` for anything else)."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise ApiError(415, "send the form as application/x-www-form-urlencoded", errors={"body": "not a form"})
    try:
        pairs = parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True,
                          max_num_fields=MAX_FIELDS, strict_parsing=False)
    except (UnicodeDecodeError, ValueError) as err:
        raise ApiError(400, f"form: {err}", errors={"body": "unreadable form"}) from None
    return dict(pairs)


Form = Annotated[dict[str, str], Depends(form_fields)]


def check_form_token(request: Request, given: str | None) -> None:
    """Allow the write only with the server's token: none configured -> 403, missing or wrong -> 401."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "judgements are disabled: start the server with --token or PESQUISA_TOKEN")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "missing or wrong token", errors={"token": "missing" if not given else "wrong"})


def author_of(form: dict[str, str]) -> str:
    """Who decides, as typed (at most 64 characters), "analyst" when left blank."""
    return " ".join(form.get("author", "").split())[:64] or "analyst"


def pick_entity(engine: Engine, entity_id: str, typed: str) -> str:
    """The entity the analyst picked: an id (old ids followed), else a name of the same type, else of any type."""
    typed = typed.strip()
    if not typed:
        raise RefusedError("other: pick the entity to merge with", errors={"other": "missing"})
    ident = read.resolve_id(engine, typed)
    if read.entity_exists(engine, ident):
        return ident
    own = read.find_entity(engine, entity_id)["type"]
    try:
        return read.find_entity(engine, typed, type=own)["id"]
    except NotFoundError:
        return read.find_entity(engine, typed)["id"]  # another type: the merge check names it


def refused(request: Request, err: Exception, form: dict[str, str], redraw: Callable[[], Response]) -> Response:
    """The page drawn again with the refusal at its form, under the status the API would answer."""
    api_error = to_api_error(err)
    request.state.judge_error = {"status": api_error.status, "message": api_error.message, "errors": api_error.errors}
    request.state.judge_values = {"other": form.get("other", ""), "author": form.get("author", ""),
                                  "action": form.get("action", "")}
    response = redraw()
    response.status_code = api_error.status
    return response


@router.post("/entities/{entity_id}/judge", response_class=HTMLResponse)
def judge_entity_form(request: Request, entity_id: str, engine: Engine_, form: Form) -> Response:
    """Merge this entity with the one picked, or split it; then show what it made."""
    try:
        check_form_token(request, form.get("token"))
        action = form.get("action", "")
        if action == "merge":
            done = judging.merge_entities(engine, entity_id, pick_entity(engine, entity_id, form.get("other", "")),
                                          author=author_of(form))
            return RedirectResponse(f"/entities/{done['result']}?judgement={done['judgement_id']}#judge", 303)
        if action == "split":
            done = judging.split_entity(engine, entity_id, author=author_of(form))
            return RedirectResponse(f"/judgements?judgement={done['judgement_id']}#j-{done['judgement_id']}", 303)
        raise ApiError(422, f"action {action!r}: use merge or split", errors={"action": "unknown"})
    except (ApiError, PesquisaError) as err:
        return refused(request, err, form, lambda: entity_page(request, read.resolve_id(engine, entity_id), engine,
                                                               request.app.state.graph.get()))


@router.post("/events/{event_id}/judge", response_class=HTMLResponse)
def judge_event_form(request: Request, event_id: str, engine: Engine_, form: Form) -> Response:
    """Merge this event with the one picked (same type), or split it; then show what it made."""
    try:
        check_form_token(request, form.get("token"))
        action = form.get("action", "")
        if action == "merge":
            other = form.get("other", "").strip()
            if not other:
                raise RefusedError("other: pick the event to merge with", errors={"other": "missing"})
            done = judging.merge_events(engine, event_id, other, author=author_of(form))
            first = done["result"].split(", ")[0]
            return RedirectResponse(f"/events/{first}?judgement={done['judgement_id']}#judge", 303)
        if action == "split":
            done = judging.split_event(engine, event_id, author=author_of(form))
            return RedirectResponse(f"/judgements?judgement={done['judgement_id']}#j-{done['judgement_id']}", 303)
        raise ApiError(422, f"action {action!r}: use merge or split", errors={"action": "unknown"})
    except (ApiError, PesquisaError) as err:
        return refused(request, err, form, lambda: event_page_html(
            request, read.event(engine, event_id, reports_limit=0).event["id"], engine))


@router.get("/judgements", response_class=HTMLResponse)
def judgements_page(request: Request, engine: Engine_,
                    kind: Annotated[str | None, Query(pattern="^(merge|split|merge-event|split-event)?$")] = None,
                    status: Annotated[str | None, Query(pattern="^(standing|undone)?$")] = None,
                    offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    """Every judgement, newest first, with author and time; each standing one with an undo button."""
    page = PageParams(50, offset)
    rows = read.judgement_history(engine, kind=kind or None, status=status or None, limit=page.limit,
                                  offset=page.offset)
    result = page.envelope([judgement_dict(r) for r in rows.items], rows.total)
    return render(request, "judgements.html", result=result, judge=judge_state(request),
                  filters={"kind": kind or "", "status": status or ""}, kinds=(*ENTITY_KINDS, *EVENT_KINDS),
                  statuses=STATUSES)


@router.post("/judgements/{judgement_id}/undo", response_class=HTMLResponse)
def undo_form(request: Request, judgement_id: int, engine: Engine_, form: Form) -> Response:
    """Undo a judgement and show the history with it marked."""
    try:
        check_form_token(request, form.get("token"))
        judging.undo_judgement(engine, judgement_id, author=author_of(form))
    except (ApiError, PesquisaError) as err:
        return refused(request, err, form, lambda: judgements_page(request, engine))
    return RedirectResponse(f"/judgements?judgement={judgement_id}#j-{judgement_id}", 303)
