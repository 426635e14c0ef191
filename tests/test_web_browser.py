"""The workbench in a real browser (Debian's chromium via Playwright) against a live loopback server.

Skipped, with the reason, where /usr/bin/chromium is missing (`make browsers` installs it).
"""

from __future__ import annotations

import re

import pytest
from _browser_fixtures import BROWSER_MARKS
from _web_fixtures import INJECTED_SOURCE, document_id, entity_id

pytestmark = BROWSER_MARKS


@pytest.fixture
def page(browser, live_url):
    """A fresh desktop-sized page that records every URL the browser asks for."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_url)
    tab = context.new_page()
    tab.requested = []
    tab.on("request", lambda request: tab.requested.append(request.url))
    yield tab
    context.close()


def test_web_browser_search_document_quote_to_speaker(page, live_url):
    page.goto("/")
    page.fill(".big-search input[name=q]", "Ebrard")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"\?q=Ebrard"))
    page.click(".hit.entity a.ent.person:text-is('Marcelo Ebrard')")
    page.wait_for_url(re.compile(r"/entities/per-"))
    assert page.inner_text("h1") == "Marcelo Ebrard"
    # open the document a quote comes from: the quote is marked there
    page.click(".quote-card a.src:has-text('dev_010.txt')")
    page.wait_for_url(re.compile(r"/documents/doc-.*span=1-33"))
    assert page.inner_text("#focus") == "La iniciativa Mérida está muertaMarcelo Ebrard"
    # follow the highlighted quote to its speaker
    page.click("#focus a.speaker")
    page.wait_for_url(re.compile(r"/entities/per-"))
    assert page.inner_text("h1") == "Marcelo Ebrard"
    assert all(url.startswith(live_url) for url in page.requested), page.requested


def test_web_browser_injected_script_does_not_run(page, web_app):
    doc_id = document_id(web_app.state.engine, INJECTED_SOURCE)
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(f"/documents/{doc_id}")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    body = page.inner_text("#body")
    assert "<script>window.__pwned=1</script>" in body
    assert '<img src=x onerror="window.__pwned=2">' in body
    assert page.locator("#body img, #body script").count() == 0
    assert page.inner_text("h1").startswith("Cartel chief's lawyer posts <script>")
    page.goto("/?q=pwned")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert errors == []


def test_web_browser_highlight_layers_toggle(page, web_app):
    doc_id = document_id(web_app.state.engine, "003_b523203148a45f70.txt")
    page.goto(f"/documents/{doc_id}")
    page.uncheck("input[data-layer=quote]")
    assert "hide-quote" in page.evaluate("document.body.className")
    assert page.locator("#body a.speaker").first.is_hidden()
    page.check("input[data-layer=quote]")
    assert page.locator("#body a.speaker").first.is_visible()


def test_web_browser_phone_width_has_no_sideways_scroll(browser, live_url, web_app):
    engine = web_app.state.engine
    context = browser.new_context(viewport={"width": 375, "height": 812}, base_url=live_url)
    tab = context.new_page()
    paths = ["/", "/?q=Ebrard", f"/documents/{document_id(engine, '003_b523203148a45f70.txt')}",
             f"/entities/{entity_id(engine, 'Marcelo Ebrard', 'person')}", "/quantities", "/events",
             "/entities", "/quotes", "/documents"]
    try:
        for path in paths:
            tab.goto(path)
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, (path, width)
    finally:
        context.close()
