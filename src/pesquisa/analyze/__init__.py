"""pesquisa.analyze: network measures, phase comparison and disruption over criminal networks.

Readers and writers live in ``io``, measures in ``graphs``, snapshots in ``phases``,
node-removal experiments in ``disruption`` and figures in ``plot``.
"""

from pesquisa.analyze.disruption import (
    KINGPIN_ATTRIBUTE,
    MODES,
    STRATEGIES,
    DisruptionResult,
    compare_strategies,
    disrupt,
    rank_nodes,
)
from pesquisa.analyze.graphs import (
    Broker,
    NetworkStats,
    Ranked,
    centralities,
    describe_network,
    detect_communities,
    find_bridges,
    find_brokers,
    katz_centrality,
    lcc_size,
    to_undirected,
)
from pesquisa.analyze.io import (
    find_phase_files,
    parse_node_id,
    phase_number,
    read_adjacency_matrix,
    read_edge_list,
    read_graph,
    write_graph,
)
from pesquisa.analyze.phases import PhaseChange, PhaseReport, compare_phases, describe_phases
from pesquisa.analyze.plot import plot_disruption, plot_disruption_panels, plot_network

__all__ = [
    "KINGPIN_ATTRIBUTE",
    "MODES",
    "STRATEGIES",
    "Broker",
    "DisruptionResult",
    "NetworkStats",
    "PhaseChange",
    "PhaseReport",
    "Ranked",
    "centralities",
    "compare_phases",
    "compare_strategies",
    "describe_network",
    "describe_phases",
    "detect_communities",
    "disrupt",
    "find_bridges",
    "find_brokers",
    "find_phase_files",
    "katz_centrality",
    "lcc_size",
    "parse_node_id",
    "phase_number",
    "plot_disruption",
    "plot_disruption_panels",
    "plot_network",
    "rank_nodes",
    "read_adjacency_matrix",
    "read_edge_list",
    "read_graph",
    "to_undirected",
    "write_graph",
]
