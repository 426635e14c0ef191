"""Network readers and writers: Montagna edge lists, CAVIAR matrices, sniffed CSV/TSV, GEXF/GraphML."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import SHARED

from pesquisa.analyze.graphs import to_undirected
from pesquisa.analyze.io import (
    find_phase_files,
    parse_node_id,
    phase_number,
    read_adjacency_matrix,
    read_edge_list,
    read_graph,
    write_graph,
)
from pesquisa.errors import InputError

NETWORKS = SHARED / "data" / "criminal-networks"
CAVIAR_PLAYERS = [15, 24, 33, 33, 32, 27, 36, 42, 34, 42, 41]
CAVIAR_ARCS = [26, 35, 68, 65, 50, 68, 63, 75, 60, 68, 72]
CAVIAR_EDGES = [18, 28, 56, 48, 39, 47, 49, 58, 44, 50, 50]


@pytest.fixture(scope="module")
def networks() -> Path:
    """The shared criminal-networks folder, or a skip."""
    if not (NETWORKS / "montagna").is_dir():
        pytest.skip(f"shared criminal-networks data not found at {NETWORKS.resolve()}")
    return NETWORKS


def test_io_reads_montagna_meetings(networks):
    G = read_graph(networks / "montagna" / "Montagna_meetings_edgelist.csv")
    assert (G.number_of_nodes(), G.number_of_edges(), G.is_directed()) == (101, 256, False)
    assert all(type(n) is int for n in G)
    # Line 56 "25 12 3", line 58 "12 25 2": the later row wins, as in the authors' nx.Graph loader.
    assert (G[12][25]["weight"], G[45][51]["weight"]) == (2, 3)


def test_io_reads_montagna_phone_calls(networks):
    G = read_edge_list(networks / "montagna" / "Montagna_phonecalls_edgelist.csv")
    assert (G.number_of_nodes(), G.number_of_edges(), min(G), max(G)) == (100, 124, 11, 153)


@pytest.mark.parametrize("phase", range(1, 12))
def test_io_reads_caviar_phase(networks, phase):
    G = read_graph(networks / "caviar" / f"phase{phase}.csv")
    assert G.is_directed()
    counts = (G.number_of_nodes(), G.number_of_edges(), to_undirected(G).number_of_edges())
    assert counts == (CAVIAR_PLAYERS[phase - 1], CAVIAR_ARCS[phase - 1], CAVIAR_EDGES[phase - 1])


def test_io_caviar_keeps_ids_order_and_counts(networks):
    G = read_adjacency_matrix(networks / "caviar" / "phase1.csv")
    assert list(G) == [1, 4, 89, 83, 3, 5, 88, 85, 90, 2, 7, 54, 6, 64, 8]
    assert G[1][85]["weight"] == 9
    assert not G.has_edge(4, 1)


def test_io_undirected_view_sums_both_directions():
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=2)
    G.add_edge("b", "a", weight=3)
    G.add_edge("b", "c", weight=1)
    H = to_undirected(G)
    assert (H["a"]["b"]["weight"], H["b"]["c"]["weight"], G["a"]["b"]["weight"]) == (5, 1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "source,target,weight\n1,2,3\n2,3,4\n",
        "1\t2\t3\n2\t3\t4\n",
        "1 2 3\n2  3 4\n",
        "a;b;w\n1;2;3\n2;3;4\n",
        "\ufeff1,2,3\n\n2,3,4\n",
    ],
    ids=["csv-header", "tsv", "spaces", "semicolon-header", "bom-blank-line"],
)
def test_io_sniffs_edge_list_formats(tmp_path, text):
    path = tmp_path / "edges.txt"
    path.write_text(text, encoding="utf-8")
    G = read_graph(path)
    assert sorted(G.edges(data="weight")) == [(1, 2, 3), (2, 3, 4)]


def test_io_edge_list_without_weights_gets_weight_one(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("from,to\nAna,Beto\nBeto,018\n")
    G = read_graph(path)
    assert list(G.edges(data="weight")) == [("Ana", "Beto", 1), ("Beto", "018", 1)]


def test_io_parse_node_id():
    assert [parse_node_id(x) for x in ["18", " 7 ", "018", "-3", "n1", "1.5"]] == [18, 7, "018", -3, "n1", "1.5"]


def test_io_bad_weight(tmp_path):
    path = tmp_path / "edges.tsv"
    path.write_text("1\t2\t3\n2\t3\tx\n")
    with pytest.raises(InputError) as err:
        read_graph(path)
    assert str(err.value) == f"{path}: line 2: weight 'x' is not a number"
    assert err.value.errors == {"path": str(path), "problem": "line 2: weight 'x' is not a number"}


def test_io_single_column_row(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("1 2\n3\n")
    with pytest.raises(InputError, match=r"line 2: expected 'a b \[weight\]', got '3'$"):
        read_graph(path)


def test_io_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\n \n")
    with pytest.raises(InputError, match=r": empty file$"):
        read_graph(path)


def test_io_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nothing\.csv: file not found$"):
        read_graph(tmp_path / "nothing.csv")


def test_io_matrix_row_of_wrong_length(tmp_path):
    path = tmp_path / "phase1.csv"
    path.write_text('"players","1","2"\n"1",0,1\n"2",1\n')
    with pytest.raises(InputError, match=r"line 3: expected 3 cells, got 2$"):
        read_graph(path)


def test_io_matrix_unknown_row_player(tmp_path):
    path = tmp_path / "phase1.csv"
    path.write_text('"players","1","2"\n"1",0,1\n"9",1,0\n')
    with pytest.raises(InputError, match=r"line 3: player 9 is not in the header$"):
        read_graph(path)


def test_io_bad_gexf(tmp_path):
    path = tmp_path / "broken.gexf"
    path.write_text("<gexf><graph>")
    with pytest.raises(InputError, match=r"broken\.gexf: cannot parse gexf: "):
        read_graph(path)


def sample_graph() -> nx.Graph:
    """A small weighted graph with awkward attributes: None, a list, an int id and a string id."""
    G = nx.Graph(name="sample")
    G.add_node(1, label="Ana", aliases=["La Jefa"], role=None)
    G.add_node("n2", label="Beto")
    G.add_edge(1, "n2", weight=3, since=None)
    G.add_edge("n2", 4, weight=1.5)
    return G


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_io_write_graph_xml_round_trip(tmp_path, suffix):
    G = sample_graph()
    path = write_graph(G, tmp_path / f"net{suffix}")
    back = read_graph(path)
    assert sorted(back.nodes) == ["1", "4", "n2"]  # XML ids come back as strings
    assert back.nodes["1"]["aliases"] == "['La Jefa']"
    assert "role" not in back.nodes["1"]
    assert back["1"]["n2"]["weight"] == 3
    # The caller's graph is untouched.
    assert G.nodes[1]["aliases"] == ["La Jefa"] and G.nodes[1]["role"] is None


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_io_write_graph_edge_list_round_trip(tmp_path, suffix):
    path = write_graph(sample_graph(), tmp_path / f"net{suffix}")
    header = "source,target,weight" if suffix == ".csv" else "source\ttarget\tweight"
    assert path.read_text().splitlines()[0] == header
    assert list(read_graph(path).edges(data="weight")) == [(1, "n2", 3), ("n2", 4, 1.5)]


def test_io_write_graph_rejects_unknown_suffix(tmp_path):
    with pytest.raises(InputError) as err:
        write_graph(sample_graph(), tmp_path / "net.json")
    assert str(err.value) == f"{tmp_path / 'net.json'}: unsupported graph format (use .gexf, .graphml, .csv or .tsv)"


def test_io_find_phase_files_in_phase_order(tmp_path):
    for name in ["phase10.csv", "phase2.csv", "phase1.csv", "notes.md"]:
        (tmp_path / name).write_text("1 2\n")
    assert [p.name for p in find_phase_files(tmp_path)] == ["phase1.csv", "phase2.csv", "phase10.csv"]
    assert (phase_number("caviar_phase_7.csv"), phase_number("edges.csv")) == (7, None)
