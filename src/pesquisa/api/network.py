"""The knowledge-base actor network: communities, brokers, one community's links, and a disruption comparison.

Every view reads the ``build_kb_graph`` network (people and organizations; edges ``met``,
``co_mention``, ``quoted_about``, ``role`` with their source spans), filtered by language,
publication dates and edge kinds. The unfiltered graph comes from the app's ``GraphCache``;
a filtered one is built per request (the stores here hold a few hundred actors at most,
where that takes milliseconds, so filtered graphs and disruption runs are not cached).

Communities are Louvain (``analyze.detect_communities``, seeded) on a copy of the graph with
nodes in id order: ``build_kb_graph`` adds nodes from a set, whose order changes with Python's
hash seed, and Louvain's result depends on node order. Sorting first keeps community numbers
(1 = largest) and disruption tie-breaks the same across server restarts.

Disruption runs on the person network (people only, all components), exactly as
``analyze.disrupt`` does on a file network: the LCC is the largest component of what is left.
"""

from __future__ import annotations

from typing import Annotated, Literal

import networkx as nx
from fastapi import APIRouter, Depends, Query

from pesquisa.analyze.disruption import STRATEGIES
from pesquisa.api.deps import Mode, get_network
from pesquisa.api.serialize import community_detail, disruption_comparison, network_summary

router = APIRouter(prefix="/api/network", tags=["network"])

# The Literals spell out analyze's names (EDGE_KINDS, STRATEGIES, MODES) for validation; a test keeps them equal.
Strategy = Literal["betweenness", "degree", "katz", "collective-influence", "random", "kingpin"]

Network = Annotated[nx.Graph, Depends(get_network)]
Seed = Annotated[int, Query(ge=0, description="Seed of the Louvain communities.")]


@router.get("", summary="Actor network: communities and brokers")
def network_endpoint(graph: Network, seed: Seed = 0,
                     top: Annotated[int, Query(ge=1, le=100, description="How many brokers.")] = 10) -> dict:
    """Size of the actor network, its Louvain communities with their members, and the top brokers."""
    return network_summary(graph, seed=seed, top=top)


@router.get("/communities/{n}", summary="One community")
def community_endpoint(n: int, graph: Network, seed: Seed = 0) -> dict:
    """The actors of community ``n`` (1 = largest) and the links among them, each with its source spans."""
    return community_detail(graph, n, seed=seed)


@router.get("/disruption", summary="Disruption comparison")
def disruption_endpoint(
    graph: Network,
    strategy: Annotated[list[Strategy] | None, Query(description="Strategies (repeatable; default all).")] = None,
    mode: Annotated[Mode, Query(description="Re-rank after each removal, or rank once.")] = "sequential",
    remove: Annotated[int, Query(ge=1, le=100, description="How many people to remove.")] = 5,
    weighted: Annotated[bool, Query(description="Edge weights (supporting spans) count.")] = False,
    seed: Annotated[int, Query(ge=0, description="Seed of the random strategy.")] = 0,
    runs: Annotated[int, Query(ge=1, le=200, description="Runs averaged by the random strategy.")] = 20,
) -> dict:
    """Remove the most central people one strategy at a time and report the largest component after each removal."""
    return disruption_comparison(graph, strategies=tuple(strategy or STRATEGIES), mode=mode, remove=remove,
                                 weighted=weighted, seed=seed, runs=runs)
