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

from collections.abc import Hashable, Mapping, Sequence
from typing import Annotated, Any, Literal

import networkx as nx
from fastapi import APIRouter, Depends, Query, Request

from pesquisa.analyze.disruption import KINGPIN_ATTRIBUTE, STRATEGIES, disrupt
from pesquisa.analyze.graphs import detect_communities, find_brokers, lcc_size
from pesquisa.analyze.kb import NetworkFilter, build_kb_graph
from pesquisa.api.pagination import DATE_PATTERN, date_upper
from pesquisa.errors import NotFoundError

router = APIRouter(prefix="/api/network", tags=["network"])

EDGE_KINDS = NetworkFilter().kinds
# The Literals spell out analyze's names (EDGE_KINDS, STRATEGIES, MODES) for validation; a test keeps them equal.
EdgeKind = Literal["met", "co_mention", "quoted_about", "role"]
Strategy = Literal["betweenness", "degree", "katz", "collective-influence", "random", "kingpin"]
Mode = Literal["sequential", "simultaneous"]
# Empty values are allowed (and ignored) so a web form with a blank field still submits.
KINGPIN_FALLBACK = "no leader ranks in the knowledge base: highest degree first (the same order as degree)"


def network_filter(
    lang: Annotated[str | None, Query(pattern=r"^([a-z]{2})?$", description="Only documents in this language.")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Published from (YYYY[-MM[-DD]]).")
                         ] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Published up to, inclusive.")] = None,
    kind: Annotated[list[EdgeKind] | None, Query(description="Edge kinds to keep (repeatable; default all).")] = None,
) -> NetworkFilter:
    """FastAPI dependency: the ``NetworkFilter`` asked for (blank values mean no filter)."""
    return NetworkFilter(date_from=date_from or None, date_to=date_upper(date_to) if date_to else None,
                         lang=lang or None, kinds=tuple(k for k in EDGE_KINDS if k in kind) if kind else EDGE_KINDS)


def get_network(request: Request, flt: Annotated[NetworkFilter, Depends(network_filter)]) -> nx.Graph:
    """FastAPI dependency: the (filtered) actor network, nodes in id order; the cached graph when unfiltered."""
    graph = request.app.state.graph.get() if flt == NetworkFilter() else build_kb_graph(request.app.state.engine, flt)
    return sorted_graph(graph)


def sorted_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with nodes and edges in id order (the same order whatever the hash seed).

    Also for subgraph views: a view of a few nodes iterates them in set (hash) order.
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes(data=True)))
    H.add_edges_from(sorted((*sorted((a, b)), d) for a, b, d in G.edges(data=True)))
    return H


def person_network(G: nx.Graph) -> nx.Graph:
    """The people of ``G`` and the links between them (organizations left out), in id order."""
    return sorted_graph(G.subgraph([n for n, d in G.nodes(data=True) if d["type"] == "person"]))


def actor(G: nx.Graph, node: Hashable) -> dict:
    """A node as JSON: id, name, type."""
    return {"id": node, "name": G.nodes[node]["label"], "type": G.nodes[node]["type"]}


def network_summary(G: nx.Graph, *, seed: int = 0, top: int = 10) -> dict:
    """Size, Louvain communities (numbered from 1, largest first) and the top ``top`` brokers of ``G``.

    Steps: 1. communities with ``seed`` (unweighted, as ``analyze.describe_network``);
    2. betweenness; 3. brokers: actors linked into a community other than their own.
    Members are listed most-linked first. Read-only.
    """
    communities = detect_communities(G, seed=seed) if len(G) else []
    member = {n: i + 1 for i, group in enumerate(communities) for n in group}
    brokers = find_brokers(G, communities, nx.betweenness_centrality(G)) if len(G) else []
    modularity = nx.community.modularity(G, communities) if G.number_of_edges() else None
    types = [d["type"] for _, d in G.nodes(data=True)]
    return {
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "people": types.count("person"), "organizations": types.count("organization"),
        "components": nx.number_connected_components(G) if len(G) else 0, "lcc": lcc_size(G),
        "seed": seed, "modularity": None if modularity is None else round(modularity, 4),
        "communities": [community_summary(G, i + 1, group, member) for i, group in enumerate(communities)],
        "brokers": [{**actor(G, b.node), "betweenness": round(b.betweenness, 4), "community": b.community + 1,
                     "communities": b.communities,
                     "links_to": sorted({member[m] for m in G[b.node]} - {b.community + 1})}
                    for b in brokers[:top]],
    }


def community_summary(G: nx.Graph, n: int, group: Sequence[Hashable], member: Mapping[Hashable, int]) -> dict:
    """One community as listed: number, size, links inside and out, members most-linked first."""
    inside = G.subgraph(group)
    outside = sum(1 for a in group for b in G[a] if member[b] != n)
    return {"n": n, "size": len(group), "edges": inside.number_of_edges(), "edges_out": outside,
            "members": [{**actor(G, v), "degree": G.degree(v)}
                        for v in sorted(group, key=lambda v: (-G.degree(v), G.nodes[v]["label"]))]}


def community_detail(G: nx.Graph, n: int, *, seed: int = 0) -> dict:
    """Community ``n`` (1 = largest) of ``G``: its actors and the links among them, each with its spans.

    Edges come strongest first, each with kinds, weight, dates and spans (document id, source,
    ``span`` [start, end], kind), as in ``/api/entities/{id}/network``. Links to actors in other
    communities are listed apart in ``links_out``. Raises ``NotFoundError`` when there is no
    community ``n``. Read-only.
    """
    communities = detect_communities(G, seed=seed) if len(G) else []
    if not 1 <= n <= len(communities):
        raise NotFoundError(f"community {n}: no such community (the network has {len(communities)})")
    member = {v: i + 1 for i, group in enumerate(communities) for v in group}
    group = communities[n - 1]
    summary = community_summary(G, n, group, member)
    inside = list(sorted_graph(G.subgraph(group)).edges(data=True))
    outside = [(a, b, G[a][b]) for a in group for b in G[a] if member[b] != n]
    return {"n": n, "size": len(group), "seed": seed, "communities": len(communities),
            "nodes": summary["members"],
            "edges": [edge_dict(G, a, b, d) for a, b, d in _strongest_first(G, inside)],
            "links_out": [{**edge_dict(G, a, b, d), "community": member[b]}
                          for a, b, d in _strongest_first(G, outside)]}


def edge_dict(G: nx.Graph, a: str, b: str, data: dict) -> dict:
    """An edge as JSON: both ends with names, kinds, weight, dates and the spans behind it."""
    return {"source": a, "target": b, "source_name": G.nodes[a]["label"], "target_name": G.nodes[b]["label"],
            "kinds": data["kinds"], "weight": data["weight"], "dates": data["dates"],
            "spans": [{"document_id": s["document_id"], "source": s["source"], "span": [s["start"], s["end"]],
                       "kind": s["kind"]} for s in data["spans"]]}


def _strongest_first(G: nx.Graph, edges: list[tuple[Any, Any, Any]]) -> list[tuple[Any, Any, Any]]:
    """Edges by weight (highest first), then by the names at both ends."""
    return sorted(edges, key=lambda e: (-e[2]["weight"], G.nodes[e[0]]["label"], G.nodes[e[1]]["label"]))


def disruption_comparison(G: nx.Graph, *, strategies: tuple[str, ...] = STRATEGIES, mode: str = "sequential",
                          remove: int = 5, weighted: bool = False, seed: int = 0, runs: int = 20) -> dict:
    """``analyze.disrupt`` under each of ``strategies`` on the person network of ``G``.

    Every result has the actors removed in order (ids and names), ``lcc_start``, ``lcc_after``
    (one value per removal) and ``lcc_fraction``. ``random`` averages ``runs`` seeded orders and
    lists the first. ``kingpin`` follows ``leader_rank`` where nodes carry one; the knowledge base
    sets none, so it falls back to degree, and its ``note`` says so. Raises ``ConfigError`` when
    ``remove`` exceeds the people in the network. Read-only.
    """
    people = person_network(G)
    ranked = any(KINGPIN_ATTRIBUTE in d for _, d in people.nodes(data=True))
    results = []
    for strategy in dict.fromkeys(strategies):
        r = disrupt(people, strategy=strategy, mode=mode, remove=remove, weighted=weighted, seed=seed, runs=runs)
        out: dict[str, Any] = {"strategy": strategy, "removed": [actor(people, v) for v in r.removed],
                               "lcc_start": r.lcc_start, "lcc_after": r.lcc_after,
                               "lcc_fraction": [round(x, 4) for x in r.lcc_fraction], "note": None}
        if strategy == "random":
            out.update(runs=r.runs, seed=r.seed, lcc_after_sd=r.lcc_after_sd,
                       note=f"mean over {r.runs} random orders (seed {r.seed}); the first order is listed")
        elif strategy == "kingpin" and not ranked:
            out["note"] = KINGPIN_FALLBACK
        results.append(out)
    return {"network": "person", "nodes": people.number_of_nodes(), "edges": people.number_of_edges(),
            "lcc_start": lcc_size(people), "mode": mode, "remove": remove, "weighted": weighted,
            "results": results}


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
