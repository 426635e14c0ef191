"""What the entity and event pages show besides their facts: positions by topic, and the judgement forms.

``entity_panels`` and ``event_panels`` build the extra context of those pages, read
through ``pesquisa.store.read`` and ``pesquisa.analyze`` like everything else. The forms
post to ``pesquisa.web.judging``; when a judgement is refused (or the token is wrong)
that module draws the same page again with ``request.state.judge_error`` set, and the
panel shows the message at the form.
"""

from __future__ import annotations

from fastapi import Request
from sqlalchemy import Engine

from pesquisa.analyze.positions import OTHER, page_positions
from pesquisa.api.deps import cached
from pesquisa.api.views import judgement_dict
from pesquisa.errors import NotFoundError
from pesquisa.store import read
from pesquisa.topics import topics

MAX_CHOICES = 300  # merge partners listed in the page; typing asks the API for more (app.js)
POSITIONS_SHOWN = 25  # quotes listed per topic; the CSV and JSON links give them all


def judge_state(request: Request) -> dict:
    """The judgement part of a page: forms enabled (a token configured), the refusal to show, the judgement just made."""
    done = None
    asked = request.query_params.get("judgement", "")
    if asked.isdigit():
        try:
            done = judgement_dict(read.judgement_row(request.app.state.engine, int(asked)))
        except NotFoundError:
            done = None
    return {"enabled": bool(request.app.state.token), "error": getattr(request.state, "judge_error", None),
            "values": getattr(request.state, "judge_values", {}), "done": done}


def entity_panels(request: Request, engine: Engine, entity: dict) -> dict:
    """Extra context of an entity page: ``positions`` (when it has quotes), ``topics``, ``judge`` with merge partners."""
    key = request.query_params.get("topic") or None
    known = {k: t.label("en") for k, t in topics().items()} | {OTHER: "Other"}
    positions = None
    if entity["quotes"]:
        topic = key if key in known else None
        positions = cached(request, ("positions", entity["id"], topic),
                           lambda engine: page_positions(engine, entity["id"], topic_key=topic,
                                                         shown=POSITIONS_SHOWN))
    judge = judge_state(request)
    judge["choices"] = _merge_choices(request, entity) if judge["enabled"] else []
    return {"positions": positions, "positions_shown": POSITIONS_SHOWN, "topic_names": known, "judge": judge}


def _merge_choices(request: Request, entity: dict) -> list[dict]:
    """The most-mentioned entities of the entity's type but itself, as the merge form offers them (only a form that
    is shown needs them: ranking every entity of a type took 0.2 to 0.5 s on a 20,000-document store)."""
    every = cached(request, ("choices", entity["type"]), lambda engine: read.entities(
        engine, type=entity["type"], limit=MAX_CHOICES).items)
    return [{"id": r["id"], "label": f"{r['name']} ({r['mention_count']} mentions)"}
            for r in every if r["id"] != entity["id"]]


def event_panels(request: Request, engine: Engine, event: dict) -> dict:
    """Extra context of an event page: ``judge`` with the events of the same type to merge with."""
    options = [e for e in read.event_options(engine, type=event["type"], limit=MAX_CHOICES) if e["id"] != event["id"]]
    judge = {**judge_state(request),
             "choices": [{"id": e["id"], "label": f"{e['type']} {e['date'] or 'undated'}"
                                                  f"{' · ' + e['place'] if e['place'] else ''} ({e['reports']} reports)"}
                         for e in options]}
    return {"judge": judge}
