"""Network API: communities and brokers of the knowledge-base actor network, one community's links with
their spans, and the disruption comparison on the person network."""

from __future__ import annotations

import typing

import networkx as nx
import pytest
from _web_fixtures import body_of, document_id, entity_id

from pesquisa.analyze import MODES, STRATEGIES
from pesquisa.analyze.kb import NetworkFilter, build_kb_graph, person_network, sorted_graph
from pesquisa.api import deps, network, serialize


def community_of(summary: dict, name: str) -> dict:
    """The community whose members include ``name``."""
    return next(c for c in summary["communities"] if name in {m["name"] for m in c["members"]})


def person_lcc(engine) -> int:
    """Largest connected component of the people in the stored network, counted here with networkx alone."""
    G = build_kb_graph(engine)
    people = G.subgraph([n for n, d in G.nodes(data=True) if d["type"] == "person"])
    return max(len(c) for c in nx.connected_components(people))


def test_api_network_summary_partitions_the_whole_network(web_client, web_engine):
    summary = web_client.get("/api/network").json()
    G = build_kb_graph(web_engine)
    assert (summary["nodes"], summary["edges"]) == (G.number_of_nodes(), G.number_of_edges())
    assert summary["people"] + summary["organizations"] == summary["nodes"]
    members = [m["id"] for c in summary["communities"] for m in c["members"]]
    assert sorted(members) == sorted(G.nodes)
    assert [c["n"] for c in summary["communities"]] == list(range(1, len(summary["communities"]) + 1))
    sizes = [c["size"] for c in summary["communities"]]
    assert sizes == sorted(sizes, reverse=True)
    assert summary["lcc"] == max(len(c) for c in nx.connected_components(G))


def test_api_network_blinken_and_garland_share_a_community(web_client, web_engine):
    summary = web_client.get("/api/network").json()
    blinken = community_of(summary, "Antony Blinken")
    assert {"Merrick Garland", "Alejandro Mayorkas"} <= {
        m["name"] for m in blinken["members"]}
    garland = next(m for m in blinken["members"] if m["name"] == "Merrick Garland")
    assert garland == {"id": entity_id(web_engine, "Merrick Garland", "person"), "name": "Merrick Garland",
                       "type": "person", "degree": garland["degree"]}


def test_api_network_ebrard_is_the_top_broker(web_client):
    summary = web_client.get("/api/network").json()
    top = summary["brokers"][0]
    assert top["name"] == "Marcelo Ebrard"
    assert top["community"] == community_of(summary, "Marcelo Ebrard")["n"]
    lopez_obrador = community_of(summary, "Andrés Manuel López Obrador")["n"]
    assert lopez_obrador in top["links_to"] and top["communities"] == 1 + len(top["links_to"])
    betweenness = [b["betweenness"] for b in summary["brokers"]]
    assert betweenness == sorted(betweenness, reverse=True)


def test_api_network_community_met_edge_span_is_the_sentence(web_client, web_engine):
    n = community_of(web_client.get("/api/network").json(), "Antony Blinken")["n"]
    community = web_client.get(f"/api/network/communities/{n}").json()
    assert community["n"] == n and community["size"] == len(community["nodes"])
    blinken = entity_id(web_engine, "Antony Blinken", "person")
    garland = entity_id(web_engine, "Merrick Garland", "person")
    edge = next(e for e in community["edges"] if {e["source"], e["target"]} == {blinken, garland})
    assert set(edge["kinds"]) == {"co_mention", "met"} and edge["weight"] == len(edge["spans"])
    met = next(s for s in edge["spans"] if s["kind"] == "met")
    sentence = body_of(web_engine, met["document_id"])[slice(*met["span"])]
    assert met["source"] == "003_b523203148a45f70.txt"
    assert sentence.startswith("The foreign minister offered a summary") and sentence.endswith("Alejandro Mayorkas.")
    assert "Secretary of State Antony Blinken, Attorney General Merrick Garland" in sentence
    ids = {m["id"] for m in community["nodes"]}
    for e in community["edges"]:
        assert {e["source"], e["target"]} <= ids
        for s in e["spans"]:
            assert s["span"][0] < s["span"][1] <= len(body_of(web_engine, s["document_id"]))


def test_api_network_community_links_out_name_the_other_community(web_client):
    summary = web_client.get("/api/network").json()
    n = community_of(summary, "Marcelo Ebrard")["n"]
    community = web_client.get(f"/api/network/communities/{n}").json()
    out = {(e["source_name"], e["target_name"]): e["community"] for e in community["links_out"]}
    lopez_obrador = community_of(summary, "Andrés Manuel López Obrador")["n"]
    assert out[("Marcelo Ebrard", "Andrés Manuel López Obrador")] == lopez_obrador
    assert len(community["links_out"]) == community_of(summary, "Marcelo Ebrard")["edges_out"]


def test_api_network_unknown_community_is_404(web_client):
    count = len(web_client.get("/api/network").json()["communities"])
    response = web_client.get(f"/api/network/communities/{count + 1}")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "status": 404, "errors": {},
                               "error": f"community {count + 1}: no such community (the network has {count})"}


def test_api_network_kind_filter_keeps_only_those_links(web_client, web_engine):
    summary = web_client.get("/api/network", params={"kind": "met"}).json()
    G = build_kb_graph(web_engine, NetworkFilter(kinds=("met",)))
    assert (summary["nodes"], summary["edges"]) == (G.number_of_nodes(), G.number_of_edges())
    assert summary["organizations"] == 0  # organizations join the network through roles only
    n = community_of(summary, "Antony Blinken")["n"]
    community = web_client.get(f"/api/network/communities/{n}", params={"kind": "met"}).json()
    assert community["edges"] and all(e["kinds"] == ["met"] for e in community["edges"])


def test_api_network_language_filter(web_client, web_engine):
    spanish = web_client.get("/api/network", params={"lang": "es"}).json()
    G = build_kb_graph(web_engine, NetworkFilter(lang="es"))
    assert (spanish["nodes"], spanish["edges"]) == (G.number_of_nodes(), G.number_of_edges())
    assert spanish["nodes"] < web_client.get("/api/network").json()["nodes"]
    assert web_client.get("/api/network", params={"kind": "enemy"}).status_code == 422


def test_api_network_date_to_is_inclusive(web_client, web_engine):
    # Mónica Serrano is linked only in 001 (published 2017-05-17); undated articles are always kept
    doc = document_id(web_engine, "001_3db8bcf01c10dc7d.txt")
    assert web_client.get(f"/api/documents/{doc}").json()["published"] == "2017-05-17"

    def names(**params: str) -> set[str]:
        summary = web_client.get("/api/network", params=params).json()
        return {m["name"] for c in summary["communities"] for m in c["members"]}

    kept = names(date_to="2017") & names(date_to="2017-05-17") & names(date_from="", date_to="2017-05")
    assert "Mónica Serrano" in kept
    assert "Mónica Serrano" not in names(date_to="2017-05-16") | names(date_from="2017-05-18")


def test_api_network_disruption_compares_every_strategy(web_client, web_engine):
    result = web_client.get("/api/network/disruption").json()
    assert [r["strategy"] for r in result["results"]] == list(STRATEGIES)
    assert (result["mode"], result["remove"], result["network"]) == ("sequential", 5, "person")
    lcc = person_lcc(web_engine)
    assert result["lcc_start"] == lcc
    for r in result["results"]:
        assert r["lcc_start"] == lcc
        assert len(r["lcc_after"]) == len(r["removed"]) == 5
        assert all(a >= b for a, b in zip([lcc, *r["lcc_after"]], r["lcc_after"], strict=False)), r
        assert r["lcc_fraction"] == [round(x / lcc, 4) for x in r["lcc_after"]]
        assert len({a["id"] for a in r["removed"]}) == 5 and {a["type"] for a in r["removed"]} == {"person"}
    by_name = {r["strategy"]: r for r in result["results"]}
    assert by_name["betweenness"]["removed"][0]["name"] == "Marcelo Ebrard"
    assert by_name["random"]["runs"] == 20 and len(by_name["random"]["lcc_after_sd"]) == 5


def test_api_network_disruption_kingpin_falls_back_to_degree(web_client):
    result = web_client.get("/api/network/disruption", params={"strategy": ["kingpin", "degree"]}).json()
    kingpin, degree = result["results"]
    assert (kingpin["strategy"], degree["strategy"]) == ("kingpin", "degree")
    assert kingpin["removed"] == degree["removed"] and kingpin["lcc_after"] == degree["lcc_after"]
    assert kingpin["note"] == serialize.KINGPIN_FALLBACK and degree["note"] is None


def test_api_network_disruption_simultaneous_ranks_once(web_client, web_engine):
    from pesquisa.analyze import rank_nodes

    result = web_client.get("/api/network/disruption",
                            params={"strategy": "betweenness", "mode": "simultaneous", "remove": 3}).json()
    (only,) = result["results"]
    assert result["mode"] == "simultaneous" and len(only["lcc_after"]) == 3
    people = person_network(sorted_graph(build_kb_graph(web_engine)))
    assert [a["id"] for a in only["removed"]] == rank_nodes(people, "betweenness")[:3]


def test_api_network_disruption_bad_options(web_client):
    too_many = web_client.get("/api/network/disruption", params={"remove": 100})
    assert too_many.status_code == 400
    assert too_many.json()["error"].startswith("remove 100: must be between 1 and the ")
    assert web_client.get("/api/network/disruption", params={"strategy": "decapitation"}).status_code == 422
    assert web_client.get("/api/network/disruption", params={"mode": "block"}).status_code == 422


def test_api_network_literals_follow_analyze():
    assert typing.get_args(network.Strategy) == STRATEGIES
    assert typing.get_args(deps.Mode) == MODES
    assert typing.get_args(deps.EdgeKind) == deps.EDGE_KINDS == NetworkFilter().kinds


@pytest.mark.parametrize("reverse", [False, True])
def test_api_network_communities_ignore_node_insertion_order(web_engine, reverse):
    # build_kb_graph adds nodes from a set, so their order follows the hash seed; numbers must not
    G = build_kb_graph(web_engine)
    shuffled = nx.Graph()
    shuffled.add_nodes_from(sorted(G.nodes(data=True), reverse=reverse))
    shuffled.add_edges_from(sorted(G.edges(data=True), reverse=not reverse))
    expected = serialize.network_summary(sorted_graph(G))
    assert serialize.network_summary(sorted_graph(shuffled)) == expected
