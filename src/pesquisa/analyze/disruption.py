"""Network disruption: remove the most central nodes and watch the largest component shrink.

This follows Cavallaro et al. (2020), "Disrupting resilient criminal networks through data
analysis: the case of Sicilian Mafia" (code: github.com/lcucav/criminal-nets,
``disruption/src/network-disruption.py``), closely enough to reproduce their published
result CSVs for all four centralities, both modes, weighted and unweighted:

- **sequential**: rank, remove the top node, re-rank on what is left, repeat.
- **simultaneous** (their "block"): rank once, remove the top ``block_size`` nodes in rank
  order, then re-rank. ``block_size`` defaults to ``remove`` (one ranking); the authors'
  result files use blocks of 5.
- **ties**: the authors sort ``(node, score)`` pairs ascending with a stable sort and take
  from the end, so among equal scores the node that appears *later* in the file goes first.
  Collective influence is sorted by numpy on ``(id, score)`` records, so its ties go to the
  larger id. Both rules are kept here; they decide which node goes on near-equal scores.
- **weights**: with ``weighted`` the edge weight (meetings, calls) is passed to networkx as
  is, so betweenness reads it as a *distance*, as in the authors' code; degree and collective
  influence use the weighted degree, Katz the weighted adjacency matrix.

Two strategies are ours: ``random`` (seeded, LCC averaged over ``runs``) and ``kingpin``
(the highest-ranked leader first). Kingpin reads a ``leader_rank`` node attribute (1 = top;
set by ``network build`` from roles in the store); nodes without one come after, by degree.
File networks carry no roles, so there kingpin is the top node by degree, recomputed after
each removal in sequential mode: the same order as ``degree``.

Directed graphs are disrupted on their undirected view. Nothing here writes or prints.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import networkx as nx

from pesquisa.analyze.graphs import Node, katz_centrality, lcc_size, to_undirected
from pesquisa.errors import ConfigError

STRATEGIES = ("betweenness", "degree", "katz", "collective-influence", "random", "kingpin")
MODES = ("sequential", "simultaneous")
KINGPIN_ATTRIBUTE = "leader_rank"


@dataclass(slots=True)
class DisruptionResult:
    """LCC sizes after each removal under one strategy and mode."""

    strategy: str
    mode: str
    weighted: bool
    nodes: int
    edges: int
    lcc_start: int
    removed: list[Node]
    lcc_after: list[float]
    runs: int = 1
    seed: int | None = None
    lcc_after_sd: list[float] | None = None

    @property
    def lcc_fraction(self) -> list[float]:
        """LCC after each removal divided by the starting LCC (the authors' published value)."""
        return [size / self.lcc_start for size in self.lcc_after]

    def to_dict(self) -> dict[str, Any]:
        return {
            "strategy": self.strategy,
            "mode": self.mode,
            "weighted": self.weighted,
            "nodes": self.nodes,
            "edges": self.edges,
            "lcc_start": self.lcc_start,
            "removed": self.removed,
            "lcc_after": self.lcc_after,
            "lcc_fraction": [round(x, 4) for x in self.lcc_fraction],
            "runs": self.runs,
            "seed": self.seed,
            "lcc_after_sd": self.lcc_after_sd,
        }


ENGINES = ("auto", "networkx", "compiled")
# Below this many nodes networkx takes milliseconds and stays the reference (the published
# figures come from it); above it, unweighted betweenness goes to rustworkx (Rust, all cores).
COMPILED_FROM = 500


def betweenness_scores(G: nx.Graph, weighted: bool, *, engine: str = "auto") -> dict[Node, float]:
    """Betweenness centrality (normalized); with ``weighted`` the weight is a distance (as the authors).

    ``engine``: ``networkx``, ``compiled`` (rustworkx; unweighted only, weighted graphs stay on
    networkx) or ``auto`` (compiled from ``COMPILED_FROM`` nodes). Both give the same values.
    """
    if weighted or engine == "networkx" or (engine == "auto" and len(G) < COMPILED_FROM):
        return nx.betweenness_centrality(G, weight="weight" if weighted else None)
    return compiled_betweenness(G)


def compiled_betweenness(G: nx.Graph) -> dict[Node, float]:
    """Unweighted normalized betweenness from rustworkx, keyed and ordered like ``G``'s nodes.

    Values are rounded to 12 decimals: Brandes' sums in another order differ from networkx's
    in the last bits, and rounding turns those into the exact ties networkx has, so
    ``rank_by_score`` breaks them by graph order the same way.
    """
    import rustworkx as rx

    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    graph = rx.PyGraph(multigraph=False)
    graph.add_nodes_from(nodes)
    graph.add_edges_from_no_data([(index[u], index[v]) for u, v in G.edges() if u != v])
    scores = rx.graph_betweenness_centrality(graph, normalized=True)
    return {node: round(scores[i], 12) for i, node in enumerate(nodes)}


def degree_scores(G: nx.Graph, weighted: bool) -> dict[Node, float]:
    """Degree (or weighted degree) divided by n-1, the authors' ``degree_centrality_w``."""
    if len(G) <= 1:
        return {n: 1 for n in G}
    scale = 1.0 / (len(G) - 1.0)
    return {n: d * scale for n, d in G.degree(weight="weight" if weighted else None)}


def katz_scores(G: nx.Graph, weighted: bool) -> dict[Node, float]:
    """Katz centrality (alpha 0.1, direct solve), as the authors' ``nx.katz_centrality_numpy``."""
    return katz_centrality(G, weight="weight" if weighted else None)


def collective_influence_scores(G: nx.Graph, weighted: bool) -> dict[Node, float]:
    """Collective influence at radius 1: (k_i - 1) times the sum of (k_j - 1) over neighbours j."""
    weight = "weight" if weighted else None
    degree = dict(G.degree(weight=weight))
    return {n: (degree[n] - 1) * sum(degree[m] - 1 for m in G.neighbors(n)) for n in G}


def rank_by_score(scores: dict[Node, float]) -> list[Node]:
    """Nodes by descending score; ties go to the node later in graph order (the authors' sort)."""
    return [n for n, _ in reversed(sorted(scores.items(), key=itemgetter(1)))]


def rank_by_score_then_id(scores: dict[Node, float]) -> list[Node]:
    """Nodes by descending score; ties go to the larger id (the authors' numpy record sort)."""
    return [n for n, _ in sorted(scores.items(), key=lambda kv: (kv[1], _id_key(kv[0])), reverse=True)]


def rank_kingpins(G: nx.Graph, weighted: bool) -> list[Node]:
    """Nodes by ``leader_rank`` (1 first), unranked ones after; degree orders the rest."""
    by_degree = rank_by_score(degree_scores(G, weighted))
    return sorted(by_degree, key=lambda n: _leader_rank(G.nodes[n].get(KINGPIN_ATTRIBUTE)))


RANKERS: dict[str, Callable[[nx.Graph, bool], list[Node]]] = {
    "betweenness": lambda G, w: rank_by_score(betweenness_scores(G, w)),
    "degree": lambda G, w: rank_by_score(degree_scores(G, w)),
    "katz": lambda G, w: rank_by_score(katz_scores(G, w)),
    "collective-influence": lambda G, w: rank_by_score_then_id(collective_influence_scores(G, w)),
    "kingpin": rank_kingpins,
}


def rank_nodes(G: nx.Graph, strategy: str, *, weighted: bool = False, engine: str = "auto") -> list[Node]:
    """Every node of ``G``, most central first, under a deterministic ``strategy`` (``engine``: betweenness only)."""
    if strategy not in RANKERS:
        raise ConfigError(f"strategy {strategy!r}: not a ranking strategy (use one of {', '.join(RANKERS)})")
    if strategy == "betweenness":
        return rank_by_score(betweenness_scores(G, weighted, engine=engine))
    return RANKERS[strategy](G, weighted)


def disrupt(
    G: nx.Graph,
    *,
    strategy: str = "betweenness",
    mode: str = "sequential",
    remove: int = 5,
    weighted: bool = False,
    seed: int = 0,
    runs: int = 20,
    block_size: int | None = None,
    engine: str = "auto",
) -> DisruptionResult:
    """Remove ``remove`` nodes from a copy of ``G`` and record the LCC after each removal.

    Steps: 1. undirected copy; 2. check options; 3. for ``random``, ``runs`` seeded random
    orders, LCC averaged; otherwise 4. rank (once per node in sequential mode, once per block
    in simultaneous mode) and remove in rank order. ``seed`` and ``runs`` apply to ``random``
    only; ``engine`` chooses the betweenness implementation (``betweenness_scores``). Raises
    ``ConfigError`` for an unknown strategy, mode or engine or a bad count. Read-only.
    """
    H = to_undirected(G)
    _check_options(H, strategy, mode, remove, runs, block_size)
    if engine not in ENGINES:
        raise ConfigError(f"engine {engine!r}: unknown (use one of {', '.join(ENGINES)})")
    base = dict(strategy=strategy, mode=mode, weighted=weighted, nodes=H.number_of_nodes(),
                edges=H.number_of_edges(), lcc_start=lcc_size(H))
    if strategy == "random":
        return _disrupt_random(H, remove=remove, seed=seed, runs=runs, **base)
    block = 1 if mode == "sequential" else (block_size or remove)
    removed: list[Node] = []
    lcc_after: list[float] = []
    queue: list[Node] = []
    while len(removed) < remove:
        if not queue:
            queue = rank_nodes(H, strategy, weighted=weighted, engine=engine)[: min(block, remove - len(removed))]
        node = queue.pop(0)
        H.remove_node(node)
        removed.append(node)
        lcc_after.append(lcc_size(H))
    return DisruptionResult(removed=removed, lcc_after=lcc_after, **base)


def compare_strategies(G: nx.Graph, **options: Any) -> list[DisruptionResult]:
    """``disrupt`` under every strategy in ``STRATEGIES`` with the same options."""
    return [disrupt(G, strategy=name, **options) for name in STRATEGIES]


def _disrupt_random(H: nx.Graph, *, remove: int, seed: int, runs: int, **base: Any) -> DisruptionResult:
    """Mean and standard deviation of the LCC over ``runs`` random removal orders from one seeded stream."""
    rng = random.Random(seed)
    nodes = list(H)
    curves, orders = [], []
    for _ in range(runs):
        order = rng.sample(nodes, remove)
        K = H.copy()
        curve = []
        for node in order:
            K.remove_node(node)
            curve.append(lcc_size(K))
        curves.append(curve)
        orders.append(order)
    means = [sum(step) / runs for step in zip(*curves, strict=False)]
    sds = [math.sqrt(sum((x - m) ** 2 for x in step) / runs) for step, m in zip(zip(*curves, strict=False), means, strict=False)]
    return DisruptionResult(
        removed=orders[0], lcc_after=[round(m, 4) for m in means], runs=runs, seed=seed,
        lcc_after_sd=[round(s, 4) for s in sds], **base,
    )


def _check_options(H: nx.Graph, strategy: str, mode: str, remove: int, runs: int, block_size: int | None) -> None:
    """Raise ``ConfigError`` naming the first option that cannot work on ``H``."""
    if strategy not in STRATEGIES:
        raise ConfigError(f"strategy {strategy!r}: unknown (use one of {', '.join(STRATEGIES)})")
    if mode not in MODES:
        raise ConfigError(f"mode {mode!r}: unknown (use sequential or simultaneous)")
    if not 1 <= remove <= H.number_of_nodes():
        raise ConfigError(f"remove {remove}: must be between 1 and the {H.number_of_nodes()} nodes in the graph")
    if runs < 1:
        raise ConfigError(f"runs {runs}: must be at least 1")
    if block_size is not None and block_size < 1:
        raise ConfigError(f"block_size {block_size}: must be at least 1")


def _id_key(node: Node) -> tuple[int, Any]:
    """Sort key putting numeric ids before other ids, so mixed id types still sort."""
    return (0, node) if isinstance(node, (int, float)) else (1, str(node))


def _leader_rank(value: Any) -> float:
    """A node's leader rank as a number; missing or unreadable ranks sort last."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.inf
