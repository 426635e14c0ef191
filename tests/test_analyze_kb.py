"""Networks built from the knowledge base: officials who met are linked, with the spans behind each edge."""

from __future__ import annotations

import networkx as nx
from typer.testing import CliRunner

from pesquisa.analyze.kb import NetworkFilter, build_kb_graph, ego_network
from pesquisa.cli import get_app


def _by_name(G: nx.Graph) -> dict[str, str]:
    return {data["label"]: node for node, data in G.nodes(data=True)}


def test_analyze_kb_dialogue_participants_linked_with_spans(kb):
    G = build_kb_graph(kb)
    ids = _by_name(G)
    edge = G.edges[ids["Antony Blinken"], ids["Merrick Garland"]]
    assert "met" in edge["kinds"]
    with kb.connect() as conn:
        bodies = dict(conn.exec_driver_sql("select id, body from documents").all())
    span = next(s for s in edge["spans"] if s["kind"] == "met")
    sentence = bodies[span["document_id"]][span["start"]:span["end"]]
    assert "high-level security dialogue" in sentence and "Merrick Garland" in sentence
    assert "met" in G.edges[ids["Marcelo Ebrard"], ids["Antony Blinken"]]["kinds"]


def test_analyze_kb_filters_by_language(kb):
    spanish = build_kb_graph(kb, NetworkFilter(lang="es"))
    assert "Mark Carney" in _by_name(spanish) and "Rex Tillerson" not in _by_name(spanish)


def test_analyze_kb_network_build_cli_writes_gexf(kb, tmp_path):
    db = kb.url.database
    out = tmp_path / "kb.gexf"
    result = CliRunner().invoke(get_app(), ["network", "build", "--db", db, "--output", str(out), "--kind", "met"])
    assert result.exit_code == 0, result.output
    G = nx.read_gexf(out)
    labels = {d["label"] for _n, d in G.nodes(data=True)}
    assert {"Rex Tillerson", "Luis Videgaray", "John Kelly"} <= labels


def _star(order: list[str]) -> nx.Graph:
    """A center ``c`` linked to four actors (weights 3, 2, 2, 1) plus one link between two of them, nodes in ``order``."""
    G = nx.Graph()
    for node in order:
        G.add_node(node, label={"c": "Center"}.get(node, node.upper()), type="person")
    for a, b, w in [("c", "a", 3), ("b", "c", 2), ("c", "d", 2), ("e", "c", 1), ("d", "b", 1)]:
        G.add_edge(a, b, weight=w)
    return G


def test_analyze_kb_ego_network_ignores_node_order():
    # ego_graph iterates nodes in hash order: the same store once gave edges with their ends swapped
    forward, backward = _star(["c", "a", "b", "d", "e"]), _star(["e", "d", "b", "a", "c"])
    egos = [ego_network(G, "c", max_nodes=4) for G in (forward, backward)]
    assert [list(ego.nodes) for ego in egos] == [["a", "b", "c", "d"]] * 2  # e (weight 1) left out
    assert [list(ego.edges) for ego in egos] == [[("a", "c"), ("b", "c"), ("b", "d"), ("c", "d")]] * 2
