"""Positions over time: a person's quotes grouped by topic (``data/topics.yaml``), each dated, as JSON or CSV."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.analyze.positions import POSITION_COLUMNS, person_positions, position_rows
from pesquisa.api.deps import get_engine
from pesquisa.api.errors import ApiError
from pesquisa.api.tabular import CSV_RESPONSES, Format, csv_response, wants_csv
from pesquisa.store import read

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("/{entity_id}/positions", summary="Positions by topic", response_model=None, responses=CSV_RESPONSES)
def positions_endpoint(request: Request, entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                       topic: Annotated[str | None, Query(max_length=32, description="A topic key, or 'other'.")]
                       = None, fmt: Format = None) -> dict | Response:
    """The entity's quotes by topic, oldest first: date (and whether the quote or the document gives it), direct or
    reported, text, the words that place it in the topic, source, document id and span."""
    current = read.require_entity(engine, entity_id)
    try:
        result = person_positions(engine, current, topic_key=topic)
    except KeyError as err:
        raise ApiError(422, f"topic: {err.args[0]}", errors={"topic": err.args[0]}) from None
    if wants_csv(request, fmt):
        return csv_response(position_rows(result), f"positions-{current}", columns=POSITION_COLUMNS)
    return result
