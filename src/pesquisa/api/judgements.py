"""Merge and split: analyst judgements over HTTP, allowed only with the server's token.

A merge of an entity with itself or across types (a person with an organization) answers
422 (``pesquisa.judging`` checks it before anything is written).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from pesquisa import judging
from pesquisa.api.deps import get_engine, require_token

router = APIRouter(prefix="/api/entities", tags=["judgements"], dependencies=[Depends(require_token)])


class MergeRequest(BaseModel):
    """Two entity ids (or old ids) that name the same real-world entity."""

    target: str = Field(min_length=1, max_length=64)
    other: str = Field(min_length=1, max_length=64)
    author: str = Field("analyst", min_length=1, max_length=64)


class SplitRequest(BaseModel):
    """Who decides that an entity mixes different people."""

    author: str = Field("analyst", min_length=1, max_length=64)


def judge(engine: Engine, kind: str, target: str, other: str | None, author: str) -> dict:
    """Check and record the judgement (writes), re-resolve and re-index; the ids that result and the judgement's id."""
    if kind == "merge":
        return judging.merge_entities(engine, target, other or "", author=author)
    return judging.split_entity(engine, target, author=author)


@router.post("/merge", summary="Merge two entities")
def merge_endpoint(request: MergeRequest, engine: Annotated[Engine, Depends(get_engine)]) -> dict:
    """Record that two entities are the same (survives re-runs and re-ingest). Needs the token."""
    return judge(engine, "merge", request.target, request.other, request.author)


@router.post("/{entity_id}/split", summary="Split an entity")
def split_endpoint(entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                   request: SplitRequest | None = None) -> dict:
    """Record that an entity mixes different people: split it by name. Needs the token."""
    return judge(engine, "split", entity_id, None, request.author if request else "analyst")
