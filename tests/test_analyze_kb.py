"""Networks built from the knowledge base: officials who met are linked, with the spans behind each edge."""

from __future__ import annotations

import networkx as nx
from typer.testing import CliRunner

from pesquisa.analyze.kb import NetworkFilter, build_kb_graph
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
