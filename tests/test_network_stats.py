"""Network stats: size, centrality, communities, brokers, bridges, CAVIAR phases and the stats CLI."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from conftest import SHARED
from typer.testing import CliRunner

import pesquisa.analyze
from pesquisa.analyze.graphs import (
    describe_network,
    detect_communities,
    find_bridges,
    katz_centrality,
    lcc_size,
)
from pesquisa.analyze.io import read_graph
from pesquisa.analyze.phases import describe_phases
from pesquisa.cli.network import app

MONTAGNA = SHARED / "data" / "criminal-networks" / "montagna"
CAVIAR = SHARED / "data" / "criminal-networks" / "caviar"

runner = CliRunner()


@pytest.fixture(scope="module")
def caviar() -> Path:
    """The CAVIAR phase folder from /work/shared, or a skip."""
    if not (CAVIAR / "phase1.csv").is_file():
        pytest.skip(f"shared CAVIAR data not found at {CAVIAR.resolve()}")
    return CAVIAR


@pytest.fixture(scope="module")
def phone_calls() -> Path:
    """The Montagna phone-call edge list from /work/shared, or a skip."""
    path = MONTAGNA / "Montagna_phonecalls_edgelist.csv"
    if not path.is_file():
        pytest.skip(f"shared Montagna data not found at {MONTAGNA.resolve()}")
    return path


def two_cliques() -> nx.Graph:
    """Triangles 1-2-3 and 4-5-6 joined by the edge 3-4, with a leaf 7 on node 1."""
    return nx.Graph([(1, 2), (2, 3), (1, 3), (3, 4), (4, 5), (5, 6), (4, 6), (1, 7)])


def test_stats_analyze_exports_are_honest():
    assert sorted(pesquisa.analyze.__all__) == sorted(set(pesquisa.analyze.__all__))
    for name in pesquisa.analyze.__all__:
        assert hasattr(pesquisa.analyze, name), name


def test_stats_brokers_and_bridges_on_two_cliques():
    stats = describe_network(two_cliques(), label="toy")
    assert (stats.nodes, stats.edges, stats.components, stats.lcc) == (7, 8, 1, 7)
    assert stats.communities == [[1, 2, 3, 7], [4, 5, 6]]
    assert [(b.node, b.communities) for b in stats.brokers] == [(3, 2), (4, 2)]
    assert stats.top_broker == 3
    # 1-7 is a bridge too, but it only cuts off a leaf.
    assert stats.bridges == [(3, 4)]
    assert stats.top["betweenness"][0].node == 3


def test_stats_bridges_skip_leaf_edges():
    assert find_bridges(nx.path_graph(4)) == [(1, 2)]


def test_stats_communities_are_seeded():
    G = nx.karate_club_graph()
    assert detect_communities(G, seed=0) == detect_communities(G, seed=0)
    assert sum(len(c) for c in detect_communities(G, seed=0)) == 34


def test_stats_katz_matches_networkx_power_iteration():
    G = nx.karate_club_graph()
    ours = katz_centrality(G)
    theirs = nx.katz_centrality(G, alpha=0.1, tol=1e-12, max_iter=10_000)
    assert ours == pytest.approx(theirs, abs=1e-8)


def test_stats_weighted_uses_inverse_weight_as_distance():
    # a-b-c costs 1/10 + 1/10; a-c directly costs 1/1: the weighted shortest path goes through b.
    G = nx.Graph()
    G.add_edge("a", "b", weight=10)
    G.add_edge("b", "c", weight=10)
    G.add_edge("a", "c", weight=1)
    assert describe_network(G).top["betweenness"][0].score == 0.0
    weighted = describe_network(G, weighted=True)
    assert (weighted.top["betweenness"][0].node, weighted.top["betweenness"][0].score) == ("b", 1.0)
    assert weighted.top["degree"][0].to_dict() == {"node": "b", "score": 20.0}


def test_stats_lcc_of_empty_graph_is_zero():
    assert lcc_size(nx.Graph()) == 0


def test_stats_montagna_phone_calls(phone_calls):
    stats = describe_network(read_graph(phone_calls), label=phone_calls.name)
    assert (stats.nodes, stats.edges, stats.components, stats.lcc) == (100, 124, 5, 89)
    assert stats.density == pytest.approx(124 / (100 * 99 / 2))
    assert [r.node for r in stats.top["betweenness"]] == [18, 61, 47, 29, 75]
    assert [r.node for r in stats.top["degree"]] == [18, 47, 61, 27, 68]
    assert [b.node for b in stats.brokers] == [18, 61, 47, 29, 75]
    assert stats.bridges == [(18, 99), (19, 22)]


def test_stats_caviar_phases_in_order(caviar):
    graphs = [(f"phase{i}", read_graph(caviar / f"phase{i}.csv")) for i in range(1, 12)]
    report = describe_phases(graphs)
    assert [p.label for p in report.phases] == [f"phase{i}" for i in range(1, 12)]
    assert [p.edges for p in report.phases] == [18, 28, 56, 48, 39, 47, 49, 58, 44, 50, 50]
    assert [p.arcs for p in report.phases] == [26, 35, 68, 65, 50, 68, 63, 75, 60, 68, 72]
    first = report.changes[0]
    assert (first.before, first.after, first.left, len(first.joined)) == ("phase1", "phase2", [4, 54], 11)
    assert [p.top_broker for p in report.phases] == [1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 41]
    assert [(c.after, c.broker_changed) for c in report.changes if c.broker_changed] == [
        ("phase9", True), ("phase10", True), ("phase11", True)
    ]


def test_stats_cli_single_file_json(phone_calls):
    result = runner.invoke(app, ["stats", str(phone_calls), "--json", "--top", "3"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert (payload["nodes"], payload["edges"], payload["components"], payload["lcc"]) == (100, 124, 5, 89)
    assert payload["top"]["betweenness"][0] == {"node": 18, "score": 0.418236}
    assert [b["node"] for b in payload["brokers"]] == [18, 61, 47]
    assert payload["bridges"] == [[18, 99], [19, 22]]


def test_stats_cli_single_file_text(caviar):
    result = runner.invoke(app, ["stats", str(caviar / "phase6.csv"), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "phase6.csv: 27 nodes, 47 edges (68 directed), 1 component, LCC 27, density 0.1339",
        "  top degree:      1 (0.692), 3 (0.538)",
        "  top betweenness: 1 (0.543), 12 (0.382)",
        "  top closeness:   1 (0.765), 3 (0.684)",
        "  top eigenvector: 1 (0.497), 3 (0.455)",
        "  communities:     4 (sizes 10, 8, 5, 4, modularity 0.285)",
        "  brokers:         1 (betweenness 0.543, 4 communities), 12 (betweenness 0.382, 4 communities)",
        "  bridges:         none",
    ]


def test_stats_cli_folder_reports_phases_and_changes(caviar):
    result = runner.invoke(app, ["stats", str(caviar), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [p["label"] for p in payload["phases"]] == [f"phase{i}" for i in range(1, 12)]
    assert len(payload["changes"]) == 10
    assert payload["changes"][-1]["top_broker_after"] == 41


def test_stats_cli_files_sorted_by_phase(caviar):
    result = runner.invoke(app, ["stats", str(caviar / "phase10.csv"), str(caviar / "phase9.csv"), "--top", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "phase9: 34 nodes, 44 edges, LCC 34, density 0.0784, 6 communities; brokers: 3 (0.576)",
        "phase10: 42 nodes, 50 edges, LCC 31, density 0.0581, 6 communities; brokers: 1 (0.343)",
        "changes:",
        "  phase9 -> phase10: +23 joined, -15 left, edges 44 -> 50, density 0.0784 -> 0.0581, "
        "top broker 3 -> 1 (changed)",
    ]


def test_stats_cli_empty_folder(tmp_path):
    result = runner.invoke(app, ["stats", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}: no network files (.csv, .tsv, .txt, .gexf, .graphml)\n"


def test_stats_cli_missing_file():
    result = runner.invoke(app, ["stats", "missing.csv"])
    assert result.exit_code == 1
    assert result.stderr == "Error: missing.csv: file not found\n"
