"""Web pages rendered in-process: highlights built from spans, links, escaping, charts."""

from __future__ import annotations

import html as html_lib
import re

from _web_fixtures import INJECTED_SOURCE, body_of, document_id, entity_id
from markupsafe import Markup

from pesquisa.web.highlight import Mark, nest_marks, render_marked


def test_web_highlight_escapes_every_piece():
    body = 'A <b>"x"</b> & <script>alert(1)</script>'
    marks = [Mark(2, 12, "mention", "mention person", 'title "<t>"', href='/entities/p"1')]
    out = render_marked(body, marks)
    assert isinstance(out, Markup)
    assert str(out) == ('A <a class="mention person" href="/entities/p&#34;1" title="title &#34;&lt;t&gt;&#34;">'
                        '&lt;b&gt;&#34;x&#34;&lt;/b&gt;</a> &amp; &lt;script&gt;alert(1)&lt;/script&gt;')


def test_web_highlight_nests_and_drops_crossing_marks():
    quote = Mark(0, 20, "quote", "quote", "q")
    inner = Mark(5, 10, "mention", "mention", "m", href="/entities/a")
    crossing = Mark(15, 25, "quantity", "quantity", "n")
    link_in_link = Mark(6, 9, "mention", "mention", "m2", href="/entities/b")
    roots = nest_marks([crossing, inner, quote, link_in_link])
    assert roots == [quote]
    assert quote.children == [inner] and inner.children == []


def test_web_highlight_focus_wins_over_crossing_marks():
    focus = Mark(4, 12, "focus", "focus", "f", anchor="focus")
    crossing = Mark(0, 6, "quote", "quote", "q")
    inside = Mark(5, 8, "mention", "mention", "m", href="/entities/a")
    assert nest_marks([crossing, inside, focus]) == [focus]
    assert focus.children == [inside]


def test_web_document_page_highlights_and_links(web_client, web_engine):
    doc_id = document_id(web_engine, "003_b523203148a45f70.txt")
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    page = web_client.get(f"/documents/{doc_id}").text
    # a quote is a <mark> followed by a link to its speaker's page
    assert re.search(r'<mark class="quote direct" title="direct quote — Marcelo Ebrard" id="q-[^"]+">'
                     r"It’s not a cold figure\.</mark><a class=\"speaker\" href=\"/entities/" + ebrard, page)
    # mentions link to their entity, quantities are marked with their normalized value
    assert f'<a class="mention person" href="/entities/{ebrard}"' in page
    assert '<mark class="quantity seizure" title="94000 kg cocaine (seizure)"' in page
    assert f'href="/api/documents/{doc_id}/raw"' in page


def test_web_document_page_marks_a_followed_span(web_client, web_engine):
    doc_id = document_id(web_engine, "dev_010.txt")
    page = web_client.get(f"/documents/{doc_id}?span=1-33").text
    assert re.search(r'“<mark class="focus" title="the span you followed" id="focus"><mark class="quote direct" '
                     r'[^>]*>La iniciativa <a class="mention place" [^>]*>Mérida</a> está muerta</mark>', page)


def test_web_hostile_article_is_shown_as_text(web_client, web_engine):
    doc_id = document_id(web_engine, INJECTED_SOURCE)
    page = web_client.get(f"/documents/{doc_id}").text
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in page
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert html_lib.unescape(title).startswith("Cartel chief's lawyer posts <script>window.__pwned=1</script>")
    search = web_client.get("/", params={"q": "pwned"}).text
    assert "<script>window" not in search and "__pwned" in search


def test_web_entity_page(web_client, web_engine):
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    page = web_client.get(f"/entities/{ebrard}").text
    assert "<h1>Marcelo Ebrard</h1>" in page
    assert "“La iniciativa Mérida está muerta”" in page
    assert re.search(r'href="/documents/doc-[0-9a-f]+\?span=1-33#focus"', page)
    assert "Role timeline" in page and "canciller" in page
    assert re.search(r'<svg class="network" viewBox="0 0 520 \d+"', page)
    assert page.count("<circle") >= 3 and "<line" in page
    assert 'href="/entities/' + entity_id(web_engine, "Antony Blinken", "person") in page


def test_web_search_page_groups_kinds(web_client, web_engine):
    page = web_client.get("/", params={"q": "Lopez Obrador"}).text
    amlo = entity_id(web_engine, "Andrés Manuel López Obrador", "person")
    assert f'href="/entities/{amlo}">Andrés Manuel López Obrador</a>' in page
    assert re.search(r"\d+ hits for <strong>Lopez Obrador</strong>", page)
    assert '<span class="tag quote">quote</span>' in page


def test_web_quantities_page_chart(web_client):
    page = web_client.get("/quantities", params={"kind": "seizure"}).text
    assert "Total kg by item · seizure" in page
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>.*?<td class="num">([^<]+)</td></tr>', page, re.S)
    assert rows[0] == ("fuel", "880,000")
    assert ("cocaine", "94,047") in rows and ("methamphetamine", "154,390") in rows
    monthly = web_client.get("/quantities", params={"kind": "seizure", "group": "month"}).text
    months = re.findall(r'<tr><th scope="row">([^<]+)</th>', monthly)
    assert months == ["2024-03", "undated"]


def test_web_events_and_event_pages(web_client):
    listing = web_client.get("/events", params={"type": "visit"}).text
    event_id = re.search(r'<a class="tag visit" href="/events/(evt-[0-9a-f]+)">', listing).group(1)
    page = web_client.get(f"/events/{event_id}").text
    assert "Reports" in page and re.search(r"\[\d+:\d+\]", page)


def test_web_list_pages_render(web_client):
    for path in ("/", "/documents?lang=es", "/entities?type=organization&q=SRE", "/quotes?speaker=Ebrard"):
        response = web_client.get(path)
        assert response.status_code == 200, path
    assert "Secretaría de Relaciones Exteriores" in web_client.get("/entities?q=SRE").text


def test_web_network_figure_labels_fit_and_do_not_overlap():
    import networkx as nx

    from pesquisa.web.svg import CHAR_WIDTH, LABEL_CHARS, ROW_HEIGHT, network_figure

    graph = nx.complete_graph([f"p{i}" for i in range(8)])  # a cabinet that all met: the worst knot
    graph.add_edge("p0", "org")
    for node in graph:
        graph.nodes[node].update(label=f"Secretary Number {node} de la Defensa", type="person")
    for a, b in graph.edges:
        graph.edges[a, b].update(weight=2, kinds=["met"])
    figure = network_figure(graph, "p0")
    boxes = []
    for n in figure.nodes:
        half = min(len(n["label"]), LABEL_CHARS) * CHAR_WIDTH / 2
        assert half <= n["x"] <= figure.width - half and ROW_HEIGHT / 2 <= n["y"] <= figure.height, n
        boxes.append((n["x"], n["y"], half))
    for i, (xa, ya, ha) in enumerate(boxes):
        for xb, yb, hb in boxes[i + 1:]:
            assert abs(xa - xb) >= ha + hb or abs(ya - yb) >= ROW_HEIGHT - 1
    assert figure.nodes[-1]["center"] and len(figure.edges) == graph.number_of_edges()


def test_web_organization_page_lists_members_and_sanctions_with_spans(web_client, web_engine):
    cjng = entity_id(web_engine, "Cártel de Jalisco Nueva Generación", "organization")
    page = web_client.get(f"/entities/{cjng}").text
    members = page[page.index("<h2>Members and leaders"):page.index("</section>", page.index("<h2>Members and leaders"))]
    assert "Julio César Montero Pinzón" in members and "member of" in members
    spans = re.findall(r'href="/documents/(doc-[0-9a-f]+)\?span=(\d+)-(\d+)#focus"', members)
    assert spans  # every member is shown with the words that make it one
    assert any("Montero Pinzón" in body_of(web_engine, doc)[int(a):int(b)] for doc, a, b in spans)
    assert "<h2>Sanctions" in page


def test_web_person_page_lists_relations(web_client, web_engine):
    montero = entity_id(web_engine, "Julio César Montero Pinzón", "person")
    page = web_client.get(f"/entities/{montero}").text
    assert "<h2>Relations" in page and "member of" in page
