"""How a network changes over a sequence of snapshots (the CAVIAR investigation phases).

Each phase is measured on its own (``graphs.describe_network``); consecutive phases are then
compared by who joined, who left, edge count, density and the top broker. Pure functions.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import networkx as nx

from pesquisa.analyze.graphs import NetworkStats, Node, describe_network


@dataclass(slots=True)
class PhaseChange:
    """What changed from one phase to the next."""

    before: str | None
    after: str | None
    joined: list[Node]
    left: list[Node]
    edges_before: int
    edges_after: int
    density_before: float
    density_after: float
    top_broker_before: Node | None
    top_broker_after: Node | None

    @property
    def broker_changed(self) -> bool:
        """True when the top broker is not the same node in both phases."""
        return self.top_broker_before != self.top_broker_after

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "joined": self.joined,
            "left": self.left,
            "edges_before": self.edges_before,
            "edges_after": self.edges_after,
            "density_before": round(self.density_before, 6),
            "density_after": round(self.density_after, 6),
            "top_broker_before": self.top_broker_before,
            "top_broker_after": self.top_broker_after,
            "broker_changed": self.broker_changed,
        }


@dataclass(slots=True)
class PhaseReport:
    """Stats for each phase, in order, and the changes between consecutive phases."""

    phases: list[NetworkStats]
    changes: list[PhaseChange]

    def to_dict(self) -> dict[str, Any]:
        return {"phases": [p.to_dict() for p in self.phases], "changes": [c.to_dict() for c in self.changes]}


def compare_phases(before: tuple[NetworkStats, nx.Graph], after: tuple[NetworkStats, nx.Graph]) -> PhaseChange:
    """The change between two measured phases; node lists keep each graph's order."""
    (stats_a, graph_a), (stats_b, graph_b) = before, after
    return PhaseChange(
        before=stats_a.label,
        after=stats_b.label,
        joined=[n for n in graph_b if n not in graph_a],
        left=[n for n in graph_a if n not in graph_b],
        edges_before=stats_a.edges,
        edges_after=stats_b.edges,
        density_before=stats_a.density,
        density_after=stats_b.density,
        top_broker_before=stats_a.top_broker,
        top_broker_after=stats_b.top_broker,
    )


def describe_phases(
    graphs: list[tuple[str, nx.Graph]], *, top: int = 5, weighted: bool = False, seed: int = 0
) -> PhaseReport:
    """Measure each ``(label, graph)`` phase in the order given and compare neighbours."""
    measured = [(describe_network(G, label=label, top=top, weighted=weighted, seed=seed), G) for label, G in graphs]
    changes = [compare_phases(a, b) for a, b in itertools.pairwise(measured)]
    return PhaseReport(phases=[stats for stats, _ in measured], changes=changes)
