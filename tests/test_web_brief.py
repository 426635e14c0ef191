"""The /brief and /arms pages: the same items as the API with numbered notes linking to their passages, downloads,
escaping; in Chromium at desktop and phone widths (note links, no sideways scroll)."""

from __future__ import annotations

import re

import pytest
from _browser_fixtures import CHROMIUM, CHROMIUM_ARGS


def test_web_brief_page_lists_the_api_items_with_note_links(brief_client):
    api = brief_client.get("/api/brief", params={"topic": "weapons"}).json()
    html = brief_client.get("/brief", params={"topic": "weapons"}).text
    assert "<h1>Briefing: Arms trafficking</h1>" in html
    assert '<a href="/brief">Briefing</a>' in html and '<a href="/arms">Arms</a>' in html  # in the nav bar
    items = [i["text"] for s in api["sections"] for i in s["items"]]
    escaped = html.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
    assert all(text in escaped for text in items)
    assert html.count('<li id="n') == len({(c["document_id"], c["start"], c["end"]) for s in api["sections"]
                                            for i in s["items"] for c in i["citations"]})
    first = api["sections"][0]["items"][0]["citations"][0]
    assert (f'<li id="n1"><a class="src" href="/documents/{first["document_id"]}?span={first["start"]}-{first["end"]}'
            f'#focus">{first["source"]}') in html
    assert '<a href="/api/brief?topic=weapons">JSON</a>' in html and '<a href="/api/brief.csv?topic=weapons">CSV</a>' in html
    assert '<option value="weapons" selected>Arms trafficking</option>' in html


def test_web_arms_page_and_its_downloads(brief_client):
    html = brief_client.get("/arms", params={"lang": "es"}).text
    assert "<h1>Panorama del tráfico de armas</h1>" in html
    assert [h for h in re.findall(r"<h2>([^<]+) <span", html)] == ["Rutas", "Tácticas", "Cifras de armas y municiones",
                                                                   "Organizaciones", "Sources"]
    assert '<a href="/api/arms.csv?lang=es">CSV</a>' in html and '<a href="/brief?topic=weapons&amp;lang=es">' in html
    bad = brief_client.get("/arms", params={"from": "2024-02-31"})
    assert bad.status_code == 400 and "--from 2024-02-31: not a date" in bad.text


@pytest.fixture(scope="module")
def live_brief(brief_app):
    from pesquisa.api.server import serve_in_thread

    with serve_in_thread(brief_app) as url:
        yield url


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (make browsers)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(1280, 900), (375, 812)], ids=["desktop", "phone"])
def test_web_brief_browser_notes_lead_to_the_passage(chromium, live_brief, width, height):
    context = chromium.new_context(viewport={"width": width, "height": height}, base_url=live_brief)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    try:
        page.goto("/brief")
        page.select_option("select[name=topic]", "weapons")
        page.click("form.filters button")
        page.wait_for_url(re.compile(r"/brief\?topic=weapons"))
        assert page.inner_text("h1") == "Briefing: Arms trafficking"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        total = page.locator("#s-results li.derived", has_text="Total firearms seized")
        assert total.inner_text().startswith("Total firearms seized, each seizure counted once: 1,840")
        total.locator("a.note-ref").first.click()
        note = page.locator("ol.notes li:target")
        assert note.locator("q").inner_text() == "1,200 firearms"
        note.locator("a.src").click()
        page.wait_for_url(re.compile(r"/documents/doc-[0-9a-f]+\?span=\d+-\d+"))
        assert page.inner_text("#focus") == "1,200 firearms"
        for path in ("/arms", "/arms?lang=es", "/brief?from=2024-05"):
            page.goto(path)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert all(url.startswith(live_brief) for url in requested), requested
    finally:
        context.close()
