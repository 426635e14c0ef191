"""Network measures: size, components, centrality, communities, brokers and bridges.

Library: networkx. The published Montagna disruption figures (Cavallaro et al. 2020) come from
the authors' networkx code, and reproducing them node for node needs the same betweenness
algorithm, the same handling of weights (as distances) and the same tie order. For large graphs
(``disruption.COMPILED_FROM`` nodes and up) unweighted betweenness runs on rustworkx instead:
values equal to networkx's (rounded to 12 decimals, so ties stay ties and break by graph order);
tests check it against networkx and the published figures. scipy is not a dependency, so Katz is solved with numpy here.

Directed graphs (the CAVIAR phases) are measured on their undirected view, with the weights
of a->b and b->a summed (``to_undirected``). All functions here are pure: they read graphs
and return new objects.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import networkx as nx

Node = Hashable


@dataclass(slots=True)
class Ranked:
    """A node and its score under one measure."""

    node: Node
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.node, "score": round(self.score, 6)}


@dataclass(slots=True)
class Broker:
    """A node whose neighbourhood spans two or more communities, with its betweenness."""

    node: Node
    betweenness: float
    community: int
    communities: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "betweenness": round(self.betweenness, 6),
            "community": self.community,
            "communities": self.communities,
        }


@dataclass(slots=True)
class NetworkStats:
    """Size, cohesion, top nodes, communities, brokers and bridges of one network."""

    label: str | None
    nodes: int
    edges: int
    components: int
    lcc: int
    density: float
    arcs: int | None = None
    top: dict[str, list[Ranked]] = field(default_factory=dict)
    communities: list[list[Node]] = field(default_factory=list)
    modularity: float | None = None
    brokers: list[Broker] = field(default_factory=list)
    bridges: list[tuple[Node, Node]] = field(default_factory=list)

    @property
    def top_broker(self) -> Node | None:
        """The broker with the highest betweenness, or None when no node spans two communities."""
        return self.brokers[0].node if self.brokers else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "nodes": self.nodes,
            "edges": self.edges,
            "arcs": self.arcs,
            "components": self.components,
            "lcc": self.lcc,
            "density": round(self.density, 6),
            "top": {name: [r.to_dict() for r in ranked] for name, ranked in self.top.items()},
            "communities": self.communities,
            "modularity": None if self.modularity is None else round(self.modularity, 6),
            "brokers": [b.to_dict() for b in self.brokers],
            "bridges": [list(edge) for edge in self.bridges],
        }


def to_undirected(G: nx.Graph) -> nx.Graph:
    """Undirected copy of ``G``; for a directed graph the weights of a->b and b->a are summed."""
    if not G.is_directed():
        return G.copy()
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        weight = data.get("weight", 1)
        if H.has_edge(u, v):
            H[u][v]["weight"] += weight
        else:
            H.add_edge(u, v, **{**data, "weight": weight})
    return H


def lcc_size(G: nx.Graph) -> int:
    """Number of nodes in the largest (weakly) connected component; 0 for an empty graph."""
    components = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    return max((len(c) for c in components), default=0)


def katz_centrality(G: nx.Graph, *, weight: str | None = None, alpha: float = 0.1) -> dict[Node, float]:
    """Katz centrality by a direct solve, as ``nx.katz_centrality_numpy`` (beta=1, normalized) without scipy."""
    import numpy as np

    if len(G) == 0:
        return {}
    nodelist = list(G)
    A = nx.to_numpy_array(G, nodelist=nodelist, weight=weight).T
    n = A.shape[0]
    centrality = np.linalg.solve(np.eye(n, n) - (alpha * A), np.ones((n, 1))).squeeze(axis=1)
    norm = np.sign(sum(centrality)) * np.linalg.norm(centrality)
    return dict(zip(nodelist, (centrality / norm).tolist(), strict=False))


def top_nodes(scores: dict[Node, float], k: int) -> list[Ranked]:
    """The ``k`` highest-scoring nodes, ties in graph order."""
    ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)
    return [Ranked(node, float(score)) for node, score in ranked[:k]]


def centralities(G: nx.Graph, *, weighted: bool = False) -> dict[str, dict[Node, float]]:
    """Degree, betweenness, closeness and eigenvector (Katz when it does not converge) of each node.

    Unweighted by default. With ``weighted``, a weight is a tie strength: degree becomes the
    sum of weights, and path measures use the distance 1/weight, so more calls mean closer.
    (The disruption replication uses the weight itself as distance, as the authors did.)
    """
    H = to_undirected(G)
    distance = None
    if weighted:
        for _, _, data in H.edges(data=True):
            strength = data.get("weight", 1)
            data["distance"] = 1.0 / strength if strength else float("inf")
        distance = "distance"
    weight = "weight" if weighted else None
    degree = dict(H.degree(weight="weight")) if weighted else nx.degree_centrality(H)
    result = {
        "degree": {n: float(d) for n, d in degree.items()},
        "betweenness": nx.betweenness_centrality(H, weight=distance),
        "closeness": nx.closeness_centrality(H, distance=distance),
    }
    try:
        result["eigenvector"] = nx.eigenvector_centrality(H, max_iter=1000, weight=weight)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        result["katz"] = katz_centrality(H, weight=weight)
    return result


def detect_communities(G: nx.Graph, *, weighted: bool = False, seed: int = 0) -> list[list[Node]]:
    """Louvain communities (fixed seed), largest first, nodes in graph order."""
    H = to_undirected(G)
    if H.number_of_edges() == 0:
        return [[n] for n in H]
    found = nx.community.louvain_communities(H, weight="weight" if weighted else None, seed=seed)
    order = {n: i for i, n in enumerate(H)}
    groups = [sorted(c, key=order.__getitem__) for c in found]
    return sorted(groups, key=lambda g: (-len(g), order[g[0]]))


def find_brokers(G: nx.Graph, communities: list[list[Node]], betweenness: dict[Node, float]) -> list[Broker]:
    """Nodes adjacent to a community other than their own, by betweenness (highest first)."""
    H = to_undirected(G)
    member = {n: i for i, group in enumerate(communities) for n in group}
    brokers = []
    for node in H:
        touched = {member[node]} | {member[nbr] for nbr in H.neighbors(node)}
        if len(touched) >= 2:
            brokers.append(Broker(node, float(betweenness.get(node, 0.0)), member[node], len(touched)))
    return sorted(brokers, key=lambda b: b.betweenness, reverse=True)


def find_bridges(G: nx.Graph) -> list[tuple[Node, Node]]:
    """Bridge edges whose removal splits off two or more nodes (edges to leaves are left out)."""
    H = to_undirected(G)
    return [(u, v) for u, v in nx.bridges(H) if H.degree(u) > 1 and H.degree(v) > 1]


def describe_network(
    G: nx.Graph, *, label: str | None = None, top: int = 5, weighted: bool = False, seed: int = 0
) -> NetworkStats:
    """Measure one network.

    Steps: 1. undirected view (arcs counted when ``G`` is directed); 2. size, components, LCC,
    density; 3. centralities and their top ``top`` nodes; 4. Louvain communities with ``seed``
    and their modularity; 5. brokers (nodes touching ≥2 communities, by betweenness);
    6. bridges that split off more than a leaf.
    """
    H = to_undirected(G)
    scores = centralities(H, weighted=weighted)
    communities = detect_communities(H, weighted=weighted, seed=seed)
    modularity = None
    if H.number_of_edges():
        modularity = nx.community.modularity(H, communities, weight="weight" if weighted else None)
    return NetworkStats(
        label=label,
        nodes=H.number_of_nodes(),
        edges=H.number_of_edges(),
        arcs=G.number_of_edges() if G.is_directed() else None,
        components=nx.number_connected_components(H),
        lcc=lcc_size(H),
        density=nx.density(H),
        top={name: top_nodes(values, top) for name, values in scores.items()},
        communities=communities,
        modularity=modularity,
        brokers=find_brokers(H, communities, scores["betweenness"])[:top],
        bridges=find_bridges(H),
    )
