"""Network pages: the communities figure, brokers and disruption chart on /network, one community's links
with span links, escaping of actor names, and (with chromium) no sideways scroll at phone width."""

from __future__ import annotations

import itertools
import re

import networkx as nx
import pytest
from _browser_fixtures import CHROMIUM, CHROMIUM_ARGS
from _web_fixtures import body_of, entity_id

from pesquisa.analyze import STRATEGIES
from pesquisa.web.svg import community_figure, disruption_chart


def community_number(client, name: str, **params: str) -> int:
    """Number of the community ``name`` belongs to, from the API."""
    summary = client.get("/api/network", params=params).json()
    return next(c["n"] for c in summary["communities"] if name in {m["name"] for m in c["members"]})


def test_web_network_page_has_figure_communities_brokers_and_chart(web_client, web_engine):
    page = web_client.get("/network")
    assert page.status_code == 200
    html = page.text
    assert '<a href="/network">Network</a>' in html  # in the nav bar
    assert '<svg class="network communities"' in html and '<svg class="linechart"' in html
    n = community_number(web_client, "Antony Blinken")
    assert f'<a href="/network/communities/{n}">Community {n}</a>' in html
    blinken = entity_id(web_engine, "Antony Blinken", "person")
    assert f'href="/entities/{blinken}"' in html
    brokers = html[html.index('<ol class="plain brokers">'):]
    assert re.match(r'<ol class="plain brokers">\s*<li><a class="ent person" href="/entities/per-[0-9a-f]+">'
                    r"Marcelo Ebrard</a>", brokers)
    chart = html[html.index('<svg class="linechart"'):html.index("</svg>", html.index('<svg class="linechart"'))]
    assert chart.count("<polyline") == len(STRATEGIES)
    legend = html[html.index('<ul class="plain legend strategies">'):]
    assert [s for s in STRATEGIES if f"</svg> {s} <span" in legend[:legend.index("</ul>")]] == list(STRATEGIES)
    assert "no leader ranks in the knowledge base: highest degree first" in html


def test_web_network_removed_table_lists_actors_in_order(web_client):
    api = web_client.get("/api/network/disruption", params={"mode": "simultaneous", "remove": 4}).json()
    html = web_client.get("/network", params={"mode": "simultaneous", "remove": 4}).text
    table = html[html.index('<table class="removed">'):html.index("</table>")]
    rows = table.split("<tr>")[2:]
    assert len(rows) == len(api["results"]) == len(STRATEGIES)
    for row, result in zip(rows, api["results"], strict=False):
        assert f"</svg> {result['strategy']}</td>" in row
        assert re.findall(r'href="/entities/([^"]+)"', row) == [a["id"] for a in result["removed"]]
    assert "Simultaneous: ranked once" in html


def test_web_network_community_page_links_each_edge_to_its_span(web_client, web_engine):
    n = community_number(web_client, "Antony Blinken")
    community = web_client.get(f"/api/network/communities/{n}").json()
    blinken = entity_id(web_engine, "Antony Blinken", "person")
    garland = entity_id(web_engine, "Merrick Garland", "person")
    edge = next(e for e in community["edges"] if {e["source"], e["target"]} == {blinken, garland})
    met = next(s for s in edge["spans"] if s["kind"] == "met")
    link = f"/documents/{met['document_id']}?span={met['span'][0]}-{met['span'][1]}#focus"
    page = web_client.get(f"/network/communities/{n}")
    assert page.status_code == 200
    html = page.text
    assert f"<h1>Community {n} <span" in html and '<svg class="network"' in html
    item = next(li for li in html.split("<li>") if f'href="/entities/{edge["source"]}"' in li
                and f'href="/entities/{edge["target"]}"' in li)
    assert f'href="{link}"' in item and "same sentence, met" in item
    document = web_client.get(link).text
    sentence = body_of(web_engine, met["document_id"])[slice(*met["span"])]
    assert 'id="focus"' in document and sentence.split(",")[0] in document


def test_web_network_filters_carry_into_community_links(web_client):
    html = web_client.get("/network", params={"lang": "en", "kind": ["met", "co_mention"], "date_from": ""}).text
    assert 'href="/network/communities/1?lang=en&amp;kind=met&amp;kind=co_mention"' in html
    assert '<input type="checkbox" name="kind" value="role" >' in html  # unchecked: role links filtered out
    n = community_number(web_client, "Antony Blinken", lang="en", kind="met")
    page = web_client.get(f"/network/communities/{n}", params={"lang": "en", "kind": "met"}).text
    assert '<a href="/network?lang=en&amp;kind=met">← Network</a>' in page
    assert "same sentence" not in page[page.index("<h2>Links</h2>"):page.index("<h2>Network</h2>")]


def test_web_network_empty_selection_and_unknown_community(web_client):
    html = web_client.get("/network", params={"lang": "xx"}).text
    assert "No links between actors match these filters." in html and "<svg" not in html
    missing = web_client.get("/network/communities/999")
    assert missing.status_code == 404 and "community 999: no such community" in missing.text


def test_web_network_actor_names_are_escaped(web_client, monkeypatch):
    hostile = '<script>window.__pwned=1</script>'
    G = nx.Graph()
    for node, label in [("per-a", hostile), ("per-b", 'Dr. "B" & <i>co</i>'), ("per-c", "C")]:
        G.add_node(node, label=label, type="person")
    span = {"document_id": "doc-x", "source": "x.txt", "start": 0, "end": 5, "kind": "met"}
    for a, b in [("per-a", "per-b"), ("per-b", "per-c")]:
        G.add_edge(a, b, weight=1, kinds=["met"], dates=[], spans=[span])
    # a filtered request builds its own graph: hand it this one
    monkeypatch.setattr("pesquisa.api.deps.build_kb_graph", lambda engine, flt: G)
    for path in ["/network?lang=en&remove=5", "/network/communities/1?lang=en"]:
        html = web_client.get(path).text
        assert "<script>window" not in html and "<i>co</i>" not in html, path
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html, path
        assert "Dr. &#34;B&#34; &amp; &lt;i&gt;co&lt;/i&gt;" in html, path
    # three people: the five removals asked for are cut to three
    assert "Each strategy removes 3 people" in web_client.get("/network?lang=en&remove=5").text


def test_web_svg_disruption_chart_starts_at_the_whole_component():
    results = [{"strategy": "degree", "lcc_fraction": [0.5, 0.25], "removed": [{"name": "A"}, {"name": "B"}]},
               {"strategy": "random", "lcc_fraction": [0.9, 0.8], "removed": [{"name": "C"}, {"name": "D"}]}]
    chart = disruption_chart(results, width=300, height=200)
    box = chart.box
    degree, random = chart.lines
    assert degree["points"].split()[0] == f"{box['left']}.0,{box['top']}.0"  # 0 removed, 100 %
    assert degree["points"].split()[-1] == f"{box['right']}.0,{box['bottom'] - 0.25 * (box['bottom'] - box['top'])}"
    assert degree["width"] > random["width"]  # earlier lines are wider, so equal curves stay visible
    assert [t["label"] for t in chart.y_ticks] == ["0%", "25%", "50%", "75%", "100%"]
    assert [t["label"] for t in chart.x_ticks] == ["0", "1", "2"]
    assert degree["markers"][1]["title"] == "degree · 2 removed (last: B): LCC 25% of start"


def test_web_svg_community_figure_keeps_discs_apart_and_inside():
    G = nx.Graph()
    communities = [[f"a{i}" for i in range(7)], [f"b{i}" for i in range(4)], ["c0", "c1"], ["d0"]]
    for group in communities:
        G.add_nodes_from((v, {"label": v, "type": "person"}) for v in group)
        G.add_edges_from(itertools.pairwise(group), kinds=["met"])
    G.add_edge("a0", "c0", kinds=["co_mention"])
    figure = community_figure(G, communities, brokers=frozenset({"a0"}), width=300)
    cells = {c["n"]: c for c in figure.cells}
    for c in figure.cells:
        assert c["r"] <= c["x"] <= figure.width - c["r"] and c["r"] <= c["y"] <= figure.height - c["r"]
        for d in figure.cells:
            if c["n"] < d["n"]:
                assert ((c["x"] - d["x"]) ** 2 + (c["y"] - d["y"]) ** 2) ** 0.5 >= c["r"] + d["r"]
    for node in figure.nodes:
        cell = cells[node["community"]]
        assert ((node["x"] - cell["x"]) ** 2 + (node["y"] - cell["y"]) ** 2) ** 0.5 < cell["r"]
    assert [n["id"] for n in figure.nodes if n["broker"]] == ["a0"]
    assert [e["between"] for e in figure.edges].count(True) == 1 and figure.edges[-1]["between"]
    # community 3 (linked to 1) is drawn right after it, before the larger community 2
    assert cells[3]["x"] < cells[2]["x"] or cells[3]["y"] < cells[2]["y"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (make browsers)")
def test_web_network_browser_no_sideways_scroll(web_app):
    sync_api = pytest.importorskip("playwright.sync_api")
    from pesquisa.api.server import serve_in_thread

    with serve_in_thread(web_app) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for width in (1280, 375):
                context = browser.new_context(viewport={"width": width, "height": 900}, base_url=base)
                tab = context.new_page()
                for path in ["/network", "/network?mode=simultaneous&remove=10", "/network/communities/1"]:
                    tab.goto(path)
                    assert tab.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
                    assert tab.locator("svg").first.is_visible()
                context.close()
        finally:
            browser.close()
