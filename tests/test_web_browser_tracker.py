"""The tracker page in a real browser (Debian's chromium via Playwright), at desktop and phone widths.

Skipped, with the reason, where /usr/bin/chromium is missing (`make browsers` installs it).
"""

from __future__ import annotations

import re

import pytest
from _browser_fixtures import BROWSER_MARKS

WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def report(web_client) -> dict:
    """The tracker report the page shows (the API's JSON)."""
    return web_client.get("/api/tracker").json()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_web_browser_tracker_indicator_evidence_opens_its_span(browser, live_url, report, width):
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, base_url=live_url)
    tab = context.new_page()
    requested: list[str] = []
    tab.on("request", lambda request: requested.append(request.url))
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    try:
        tab.goto("/tracker")
        assert tab.inner_text("h1") == report["name"]
        indicators = [i for g in report["goals"] for i in g["indicators"]]
        assert tab.locator("article.indicator").count() == len(indicators)
        dated = [i for i in indicators if any(e["date"] for e in i["evidence"]) or i.get("series")]
        assert tab.locator("svg.tracker-chart").count() == len(dated)
        for goal in report["goals"]:
            assert tab.locator(f"#goal-{goal['id']} h2").inner_text() == goal["name"]
        assert tab.evaluate("document.documentElement.scrollWidth") <= w  # no sideways scroll, phone included
        firearms = next(i for i in indicators if i["id"] == "firearms-seized")
        first = firearms["evidence"][0]
        link = tab.locator("#firearms-seized ol.evidence a.src").first
        assert link.is_visible()
        link.click()
        tab.wait_for_url(re.compile(rf"/documents/{first['document_id']}\?span={first['start']}-{first['end']}"))
        assert tab.inner_text("#focus") == first["text"]
        assert all(url.startswith(live_url) for url in requested), requested  # nothing from a CDN
        assert errors == []
    finally:
        context.close()


def test_web_browser_tracker_goal_index_jumps_to_the_goal(browser, live_url):
    context = browser.new_context(viewport={"width": 375, "height": 812}, base_url=live_url)
    tab = context.new_page()
    try:
        tab.goto("/tracker")
        tab.click(".goal-index a[href='#goal-pursue']")
        tab.wait_for_url(re.compile(r"#goal-pursue$"))
        assert tab.locator("#goal-pursue h2").is_visible()
        assert tab.locator("#joint-meetings h3").inner_text() == "Joint security meetings"
    finally:
        context.close()
