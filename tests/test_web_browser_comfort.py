"""Positions, download links and judgement forms in a real browser (Debian's chromium via Playwright), desktop and phone.

A live loopback server over a private copy of the hand-written knowledge base (``comfort_db``)
with judgements enabled by ``TOKEN``. Skipped, with the reason, where /usr/bin/chromium is missing.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from _browser_fixtures import BROWSER_MARKS
from _web_fixtures import TOKEN, copy_sqlite

pytestmark = BROWSER_MARKS
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}


@pytest.fixture(scope="module")
def live(comfort_db, tmp_path_factory):
    """(base URL, engine) of the workbench over a writable copy of the hand-written store, served on loopback."""
    from pesquisa.api.server import serve_in_thread
    from pesquisa.web import create_app

    app = create_app(str(copy_sqlite(comfort_db, tmp_path_factory.mktemp("browser") / "kb.sqlite")), token=TOKEN)
    with serve_in_thread(app) as url:
        yield url, app.state.engine


@pytest.fixture(params=list(SIZES))
def tab(request, browser, live):
    """A fresh page at desktop or phone width; fails the test on any script error or off-site request."""
    url, _ = live
    context = browser.new_context(viewport=SIZES[request.param], base_url=url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("request", lambda r: errors.append(r.url) if not r.url.startswith(url) else None)
    page.size = request.param
    yield page
    context.close()
    assert errors == []


def _entity(live, name: str) -> str:
    from pesquisa.store.read import find_entity

    return find_entity(live[1], name)["id"]


def _no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[page.size]["width"], page.url


def test_web_browser_positions_by_topic(tab, live):
    tab.goto(f"/entities/{_entity(live, 'Marcelo Ebrard')}")
    section = tab.locator("#positions")
    assert section.locator("h2").inner_text() == "Positions by topic"
    assert section.locator("details.topic summary strong").all_inner_texts() == [
        "Arms trafficking", "Fentanyl and synthetic drugs", "Security cooperation", "Other"]
    first = section.locator("details.topic").first.locator("li.position").first
    assert first.locator(".date").inner_text() == "2023-03-08 (“Wednesday”)"
    _no_sideways_scroll(tab)
    tab.click("#positions .topic-chips a:text-is('Fentanyl and synthetic drugs')")
    tab.wait_for_url(re.compile(r"\?topic=fentanyl#positions$"))
    assert tab.locator("#positions details.topic").count() == 1
    assert tab.locator("#positions li.position blockquote").all_inner_texts() == [
        "fentanyl and weapons trafficking are two sides of the same problem."]
    # the quote links to its span in the document
    tab.click("#positions li.position a.src")
    tab.wait_for_url(re.compile(r"/documents/doc-.*span=\d+-\d+"))
    assert tab.inner_text("#focus") == "fentanyl and weapons trafficking are two sides of the same problem.Marcelo Ebrard"


def test_web_browser_download_links_carry_the_filters(tab):
    tab.goto("/quotes")
    tab.fill("form.filters input[name=speaker]", "Ebrard")
    tab.fill("form.filters input[name=q]", "armas")
    tab.click("form.filters button")
    tab.wait_for_url(re.compile(r"speaker=Ebrard"))
    shown = tab.locator("figure.quote-card blockquote").count()
    link = tab.locator("a.download.csv")
    assert link.get_attribute("href") == "/api/quotes?speaker=Ebrard&q=armas&limit=500&format=csv"
    response = tab.request.get(link.get_attribute("href"))
    rows = list(csv.DictReader(io.StringIO(response.text().lstrip("\ufeff"))))
    assert len(rows) == shown == 3 and {r["speaker_name"] for r in rows} == {"Marcelo Ebrard"}
    as_json = tab.request.get(tab.locator("a.download.json").get_attribute("href")).json()
    assert [q["id"] for q in as_json["items"]] == [r["id"] for r in rows]
    _no_sideways_scroll(tab)
    for path, api in (("/entities?type=person", "/api/entities?type=person&"), ("/events", "/api/events?"),
                      ("/documents", "/api/documents?"), ("/quantities", "/api/quantities?"),
                      ("/?q=AMLO", "/api/search?q=AMLO&"), ("/judgements", "/api/judgements?"),
                      ("/failures", "/api/failures?")):
        tab.goto(path)
        assert tab.locator("a.download.csv").get_attribute("href").startswith(api), path
        _no_sideways_scroll(tab)


def test_web_browser_merge_refused_then_made_then_undone(tab, live):
    if tab.size == "phone":  # the phone sees the refusal and the forms; the desktop goes on to merge and undo
        tab.goto(f"/entities/{_entity(live, 'Ken Salazar')}")
        tab.fill("form.merge input[name=other]", "Secretaría de Relaciones Exteriores")
        tab.fill("form.merge input[name=token]", TOKEN)
        tab.click("form.merge button")
        assert "a person, with Secretaría de Relaciones Exteriores" in tab.inner_text("#judge .refusal")
        _no_sideways_scroll(tab)
        return
    salazar, ebrard = _entity(live, "Ken Salazar"), _entity(live, "Marcelo Ebrard")
    tab.goto(f"/entities/{salazar}")
    tab.fill("form.merge input[name=other]", salazar)
    tab.fill("form.merge input[name=token]", TOKEN)
    tab.click("form.merge button")
    assert tab.inner_text("#judge .refusal") == f"422 {salazar}: cannot merge Ken Salazar ({salazar}) with itself"
    # the token typed once is kept for the tab: the next form has it already
    tab.fill("form.merge input[name=other]", "Marcelo Ebrard")
    assert tab.input_value("form.merge input[name=token]") == TOKEN
    tab.fill("form.merge input[name=author]", "ana")
    tab.click("form.merge button")
    tab.wait_for_url(re.compile(rf"/entities/{min(salazar, ebrard)}\?judgement=1#judge$"))
    assert tab.inner_text("#judge .notice").startswith(f"Judgement #1 recorded: merge of Ken Salazar ({salazar}) and "
                                                       f"Marcelo Ebrard ({ebrard}) by ana")
    tab.click("#judge .notice a")
    tab.wait_for_url(re.compile(r"/judgements#j-1$"))
    assert tab.input_value("#j-1 .undo-form input[name=token]") == TOKEN
    tab.click("#j-1 .undo-form button")
    tab.wait_for_url(re.compile(r"/judgements\?judgement=1#j-1$"))
    assert tab.get_attribute("#j-1", "class") == "undone marked"
    assert tab.locator("#j-1 .undo-form").count() == 0
    tab.goto(f"/entities/{salazar}")
    assert tab.inner_text("h1") == "Ken Salazar"  # apart again
