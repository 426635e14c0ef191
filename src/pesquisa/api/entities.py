"""Entities: list by type and name (any alias, any language, accents ignored), one entity with its evidence,
and its ego network. Old ids are followed through redirects."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from pesquisa.analyze.kb import ego_network
from pesquisa.api import serialize
from pesquisa.api.deps import get_engine, get_graph
from pesquisa.api.pagination import PageParams, page_params
from pesquisa.api.tabular import CSV_RESPONSES, Format, respond
from pesquisa.errors import NotFoundError
from pesquisa.store import read

router = APIRouter(prefix="/api/entities", tags=["entities"])
ENTITY_TYPES = ("person", "organization", "place")


@router.get("", summary="List entities", response_model=None, responses=CSV_RESPONSES)
def entities_endpoint(request: Request, page: Annotated[PageParams, Depends(page_params)],
                      engine: Annotated[Engine, Depends(get_engine)],
                      type: Annotated[str | None, Query(pattern="^(person|organization|place)$")] = None,
                      q: Annotated[str | None, Query(description="Name or alias, any language, accents ignored.")] = None,
                      fmt: Format = None) -> dict | Response:
    """People, organizations and places, by type and name."""
    rows = read.entities(engine, type=type, q=q, limit=page.limit, offset=page.offset)
    return respond(request, fmt, page.envelope([serialize.entity_summary(r) for r in rows.items], rows.total),
                   "entities")


@router.get("/{entity_id}", summary="One entity")
def entity_endpoint(entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                    graph: Annotated[nx.Graph, Depends(get_graph)],
                    mention_limit: Annotated[int, Query(ge=0, le=5000)] = 200,
                    limit: Annotated[int, Query(ge=1, le=5000, description="Most quotes, events, actors and "
                                                "documents listed (the *_count fields give the totals).")] = 200,
                    ) -> dict:
    """Names, mentions, quotes, role timeline, co-occurring actors and events, each with its spans."""
    facts = read.entity_facts(engine, read.resolve_id(engine, entity_id), limit=max(limit, mention_limit))
    return serialize.entity_detail(facts, graph, requested=entity_id, mention_limit=mention_limit, limit=limit)


@router.get("/{entity_id}/profile", summary="Relations, members, money, sanctions and seizures")
def profile_endpoint(entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                     page: Annotated[PageParams, Depends(page_params)]) -> dict:
    """A person's relations and nationality, or an organization's members, relations, money, sanctions and
    seizures, each with its span: every list cut to ``limit`` from ``offset``, ``counts`` gives the totals."""
    current = read.require_entity(engine, entity_id)
    profile = read.entity_profile(engine, current, limit=page.limit, offset=page.offset)
    if profile is None:
        raise NotFoundError(f"{entity_id}: a place has no profile")
    return profile


@router.get("/{entity_id}/network", summary="Ego network")
def network_endpoint(entity_id: str, engine: Annotated[Engine, Depends(get_engine)],
                     graph: Annotated[nx.Graph, Depends(get_graph)],
                     radius: Annotated[int, Query(ge=1, le=2)] = 1,
                     max_nodes: Annotated[int, Query(ge=2, le=200)] = 30) -> dict:
    """The actors around an entity and the links between them (kinds, weights, spans)."""
    current = read.require_entity(engine, entity_id)
    return serialize.network_dict(ego_network(graph, current, radius=radius, max_nodes=max_nodes), current)
