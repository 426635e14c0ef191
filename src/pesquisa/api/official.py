"""The official record over HTTP: sanction matches, analyst judgements of them, and reconciled claims.

Reads go through ``pesquisa.analyze`` (the same functions as ``pesquisa sanctions --json``
and ``pesquisa reconcile --json``, so the API and the CLI give the same objects); confirm
and reject need the server's token, like merge and split.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from pesquisa.analyze.reconcile import reconcile
from pesquisa.analyze.sanctions import entity_sanctions, sanctions_report
from pesquisa.api.deps import get_engine, require_token
from pesquisa.pipeline import record_sanction_judgement
from pesquisa.store.official import ensure_official_schema

router = APIRouter(prefix="/api", tags=["official record"])


def official_engine(engine: Annotated[Engine, Depends(get_engine)]) -> Engine:
    """The store engine, with the official tables in place (a store made before them gets them)."""
    ensure_official_schema(engine)
    return engine


OfficialEngine = Annotated[Engine, Depends(official_engine)]


class SanctionJudgementRequest(BaseModel):
    """An entity and a list entry an analyst judges to be (or not be) the same."""

    entity_id: str = Field(min_length=1, max_length=64)
    list_id: str = Field(min_length=1, max_length=32)
    list: str = Field("us-ofac-sdn", min_length=1, max_length=32)
    author: str = Field("analyst", min_length=1, max_length=64)


@router.get("/sanctions", summary="Sanction matches")
def sanctions_endpoint(engine: OfficialEngine,
                       entity_id: Annotated[str | None, Query(max_length=64, description="One entity only.")] = None
                       ) -> dict:
    """Every stored match of a person or organization with a list entry (one entity's with its entries)."""
    if entity_id:
        return {"items": entity_sanctions(engine, entity_id)}
    return {"items": sanctions_report(engine)}


@router.post("/sanctions/confirm", summary="Confirm a sanction match", dependencies=[Depends(require_token)])
def confirm_endpoint(request: SanctionJudgementRequest, engine: OfficialEngine) -> dict:
    """Record that the entity is the list entry (replayed on every re-run). Needs the token."""
    return {"ok": True, **record_sanction_judgement(engine, "confirm", request.entity_id, request.list_id,
                                                    list_name=request.list, author=request.author)}


@router.post("/sanctions/reject", summary="Reject a sanction match", dependencies=[Depends(require_token)])
def reject_endpoint(request: SanctionJudgementRequest, engine: OfficialEngine) -> dict:
    """Record that the entity is not the list entry (replayed on every re-run). Needs the token."""
    return {"ok": True, **record_sanction_judgement(engine, "reject", request.entity_id, request.list_id,
                                                    list_name=request.list, author=request.author)}


@router.get("/reconcile", summary="Claims against the official series")
def reconcile_endpoint(engine: OfficialEngine,
                       document_id: Annotated[str | None, Query(max_length=64)] = None,
                       verdict: Annotated[str | None, Query(max_length=32)] = None) -> dict:
    """Each stored claim of an official aggregate with the official figure of its item, scope and period."""
    items = [c.to_dict() for c in reconcile(engine)]
    if document_id:
        items = [c for c in items if c["document_id"] == document_id]
    if verdict:
        items = [c for c in items if c["verdict"] == verdict]
    return {"items": items}
