"""Disruption: the published Montagna figures (Cavallaro et al. 2020), tie rules, strategies and the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from conftest import SHARED
from typer.testing import CliRunner

from pesquisa.analyze.disruption import STRATEGIES, compare_strategies, disrupt, rank_nodes
from pesquisa.analyze.io import read_graph
from pesquisa.cli.network import Strategy, app
from pesquisa.errors import ConfigError

MONTAGNA = SHARED / "data" / "criminal-networks" / "montagna"
CAVIAR = SHARED / "data" / "criminal-networks" / "caviar"
NETWORKS = {"meeting": "Montagna_meetings_edgelist.csv", "phone_calls": "Montagna_phonecalls_edgelist.csv"}
COLUMNS = {
    "betweenness": "Betweenness",
    "katz": "Katz",
    "collective-influence": "Collective Influence",
    "degree": "Degree",
}

# The "Done when": top 5 by betweenness; (network, mode, weighted) -> (LCC start, LCC after 5, removed ids).
PUBLISHED_TOP5 = [
    ("meeting", "sequential", False, 92, 39, [18, 25, 29, 22, 68]),
    ("meeting", "sequential", True, 92, 57, None),
    ("meeting", "simultaneous", False, 92, 77, [18, 47, 27, 68, 12]),
    ("meeting", "simultaneous", True, 92, 77, None),
    ("phone_calls", "sequential", False, 89, 22, [18, 61, 47, 29, 77]),
    ("phone_calls", "sequential", True, 89, 30, None),
    ("phone_calls", "simultaneous", False, 89, 29, [18, 61, 47, 29, 75]),
    ("phone_calls", "simultaneous", True, 89, 30, None),
]

runner = CliRunner()


@pytest.fixture(scope="module")
def montagna() -> Path:
    """The Montagna data folder from /work/shared, or a skip."""
    if not (MONTAGNA / NETWORKS["meeting"]).is_file():
        pytest.skip(f"shared Montagna data not found at {MONTAGNA.resolve()}")
    return MONTAGNA


def published_curve(folder: Path, net: str, mode: str, weighted: bool, column: str) -> dict[int, float]:
    """The authors' LCC/LCC_start by number of nodes removed (``No``) for one centrality."""
    kind = "sequential" if mode == "sequential" else "block"
    name = f"{kind}_{net}_df_{'Weighted' if weighted else 'Unweighted'}_5nrem.csv"
    with (folder / "published_results" / name).open(newline="") as fh:
        return {int(row["No"]): float(row[column]) for row in csv.DictReader(fh)}


def run_cli(*args: str):
    """Invoke the network sub-app in-process."""
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("net,mode,weighted,lcc_start,lcc_final,removed", PUBLISHED_TOP5)
def test_disruption_reproduces_published_top5_betweenness(montagna, net, mode, weighted, lcc_start, lcc_final, removed):
    published = published_curve(montagna, net, mode, weighted, "Betweenness")
    G = read_graph(montagna / NETWORKS[net])
    result = disrupt(G, strategy="betweenness", mode=mode, remove=5, weighted=weighted)
    assert result.lcc_start == lcc_start
    assert result.lcc_after[-1] == lcc_final
    # Every step the published file has: all 5 in sequential mode, No=5 for the block file.
    for k, value in published.items():
        if 1 <= k <= 5:
            assert result.lcc_fraction[k - 1] == pytest.approx(value, abs=1e-12), f"step {k}"
    if removed is not None:
        assert result.removed == removed


@pytest.mark.parametrize("net,mode,weighted,lcc_start,lcc_final,removed", PUBLISHED_TOP5)
def test_disruption_cli_prints_published_top5(montagna, net, mode, weighted, lcc_start, lcc_final, removed):
    args = ["disrupt", montagna / NETWORKS[net], "--strategy", "betweenness", "--mode", mode, "--remove", "5", "--json"]
    result = run_cli(*args, *(["--weighted"] if weighted else []))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["lcc_start"] == lcc_start
    assert len(payload["lcc_after"]) == 5
    assert payload["lcc_after"][-1] == lcc_final
    assert all(type(n) is int for n in payload["removed"])
    if removed is not None:
        assert payload["removed"] == removed
    assert (payload["nodes"], payload["edges"]) == {"meeting": (101, 256), "phone_calls": (100, 124)}[net]


@pytest.mark.parametrize("weighted", [False, True], ids=["unweighted", "weighted"])
@pytest.mark.parametrize("mode", ["sequential", "simultaneous"])
@pytest.mark.parametrize("strategy", list(COLUMNS))
@pytest.mark.parametrize("net", list(NETWORKS))
def test_disruption_reproduces_published_full_curves(montagna, net, strategy, mode, weighted):
    # The authors stop when 5 nodes are left; block mode removes and re-ranks in blocks of 5.
    published = published_curve(montagna, net, mode, weighted, COLUMNS[strategy])
    G = read_graph(montagna / NETWORKS[net])
    remove = max(published)
    result = disrupt(G, strategy=strategy, mode=mode, remove=remove, weighted=weighted, block_size=5)
    ours = [1.0, *result.lcc_fraction]
    assert {k: ours[k] for k in published} == pytest.approx(published, abs=1e-12)


def test_disruption_ties_go_to_the_later_node():
    # Two equal edges: every node has degree 1; the authors' stable ascending sort, read from
    # the end, puts the node added last first.
    G = nx.Graph([(1, 2), (3, 4)])
    assert rank_nodes(G, "degree") == [4, 3, 2, 1]


def test_disruption_collective_influence_ties_go_to_the_larger_id():
    G = nx.Graph([(9, 1), (1, 2), (2, 3), (3, 4), (4, 5)])
    # CI: 9 -> 0, 1 -> 1, 2 -> 2, 3 -> 2, 4 -> 1, 5 -> 0: ties by id, larger first.
    assert rank_nodes(G, "collective-influence") == [3, 2, 4, 1, 9, 5]


def test_disruption_simultaneous_ranks_once():
    # Star centre 0 with a tail 0-5-6-7: sequential re-ranks after the centre goes.
    G = nx.Graph([(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (5, 6), (6, 7)])
    sequential = disrupt(G, strategy="betweenness", mode="sequential", remove=2)
    simultaneous = disrupt(G, strategy="betweenness", mode="simultaneous", remove=2)
    assert sequential.removed == [0, 6]
    assert simultaneous.removed == [0, 5]
    assert (sequential.lcc_after, simultaneous.lcc_after) == ([3, 1], [3, 2])


def test_disruption_random_is_seeded_and_averaged():
    G = nx.path_graph(10)
    first = disrupt(G, strategy="random", remove=3, seed=7, runs=4)
    again = disrupt(G, strategy="random", remove=3, seed=7, runs=4)
    other = disrupt(G, strategy="random", remove=3, seed=8, runs=4)
    assert first.to_dict() == again.to_dict()
    assert first.to_dict() != other.to_dict()
    assert (first.runs, first.seed, len(first.removed), len(first.lcc_after_sd)) == (4, 7, 3, 3)
    assert all(0 < x < 10 for x in first.lcc_after)


def test_disruption_kingpin_is_degree_without_roles_and_leader_rank_with_them():
    G = nx.Graph([(1, 2), (1, 3), (1, 4), (4, 5), (5, 6)])
    assert disrupt(G, strategy="kingpin", remove=3).removed == disrupt(G, strategy="degree", remove=3).removed
    G.nodes[6]["leader_rank"] = 1
    G.nodes[5]["leader_rank"] = 2
    assert disrupt(G, strategy="kingpin", mode="simultaneous", remove=3).removed == [6, 5, 1]


def test_disruption_compare_runs_every_strategy_in_order():
    results = compare_strategies(nx.karate_club_graph(), mode="sequential", remove=3, runs=2)
    assert [r.strategy for r in results] == list(STRATEGIES)
    assert [r.removed for r in results if r.strategy == "betweenness"] == [[0, 33, 32]]


def test_disruption_directed_graph_uses_undirected_view():
    G = nx.DiGraph([(1, 2), (2, 1), (2, 3)])
    result = disrupt(G, remove=1)
    assert (result.nodes, result.edges, result.lcc_start, result.removed, result.lcc_after) == (3, 2, 3, [2], [1])


def test_disruption_rejects_removing_more_nodes_than_exist():
    with pytest.raises(ConfigError, match=r"^remove 4: must be between 1 and the 3 nodes in the graph$"):
        disrupt(nx.path_graph(3), remove=4)


def test_disruption_cli_strategy_choices_match_library():
    assert [s.value for s in Strategy] == list(STRATEGIES)


def test_disruption_cli_text_output(montagna):
    result = run_cli("disrupt", montagna / NETWORKS["meeting"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Montagna_meetings_edgelist.csv: 101 nodes, 256 edges, LCC 92 (sequential, unweighted)",
        "strategy betweenness",
        "step   removed      LCC  LCC/start",
        "   1        18       88     0.9565",
        "   2        25       68     0.7391",
        "   3        29       66     0.7174",
        "   4        22       46     0.5000",
        "   5        68       39     0.4239",
    ]


def test_disruption_cli_compare_writes_plot(montagna, tmp_path):
    plot = tmp_path / "compare.png"
    result = run_cli("disrupt", montagna / NETWORKS["meeting"], "--compare", "--runs", "2", "--plot", plot, "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [r["strategy"] for r in payload["results"]] == list(STRATEGIES)
    assert (payload["lcc_start"], payload["plot"]) == (92, str(plot))
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_disruption_cli_single_plot_svg(tmp_path):
    edges = tmp_path / "edges.csv"
    edges.write_text("a,b\nb,c\nc,d\n")
    plot = tmp_path / "curve.svg"
    result = run_cli("disrupt", edges, "--remove", "2", "--plot", plot)
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"wrote {plot}\n")
    assert "<svg" in plot.read_text()


def test_disruption_cli_missing_file():
    result = run_cli("disrupt", "no-such-file.csv")
    assert result.exit_code == 1
    assert result.stderr == "Error: no-such-file.csv: file not found\n"


def test_disruption_cli_unparseable_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("1 2 3\n4 5 many\n")
    result = run_cli("disrupt", bad)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: line 2: weight 'many' is not a number\n"


def test_disruption_cli_bad_plot_suffix(tmp_path):
    edges = tmp_path / "edges.csv"
    edges.write_text("1 2\n")
    result = run_cli("disrupt", edges, "--plot", tmp_path / "curve.pdf")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'curve.pdf'}: unsupported plot format (use .png or .svg)\n"


def test_disruption_cli_remove_too_many(tmp_path):
    edges = tmp_path / "edges.csv"
    edges.write_text("1 2\n")
    result = run_cli("disrupt", edges, "--remove", "3")
    assert result.exit_code == 1
    assert result.stderr == "Error: remove 3: must be between 1 and the 2 nodes in the graph\n"


def test_disruption_cli_caviar_phase(tmp_path):
    if not (CAVIAR / "phase6.csv").is_file():
        pytest.skip(f"shared CAVIAR data not found at {CAVIAR.resolve()}")
    result = run_cli("disrupt", CAVIAR / "phase6.csv", "--remove", "2", "--json")
    payload = json.loads(result.stdout)
    assert (payload["nodes"], payload["edges"], payload["lcc_start"], payload["removed"]) == (27, 47, 27, [1, 3])
