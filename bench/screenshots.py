"""Screenshots of the web workbench's main pages, at desktop (1280 px) and phone (375 px) width.

Usage (after `pesquisa ingest ... --db FILE`; needs Debian's chromium, `make browsers`):

    .venv/bin/python bench/screenshots.py --db pesquisa.sqlite --out docs/screenshots

Starts the app on a free loopback port, drives /usr/bin/chromium with Playwright and
writes ``<page>-desktop.png`` and ``<page>-phone.png`` for home, search, document, entity,
quantities, events, one event, the network, the framework tracker, the briefing and the arms
picture (pages cut at ``MAX_HEIGHT`` px). Prints each file written. ``--page network`` (repeatable) remakes only the pages named.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}
MAX_HEIGHT = 1600  # long pages are cut here: the top of each page is what the picture is for


def main_pages(engine) -> dict[str, str]:
    """Page name -> path of the pages to capture, picked from what the store holds."""
    from pesquisa.report.summary import summarize
    from pesquisa.store import schema as t

    summary = summarize(engine)
    person = summary.most_quoted[0][0] if summary.most_quoted else None
    with engine.connect() as conn:
        doc = conn.execute(select(t.quotes.c.document_id).where(t.quotes.c.speaker_id == person).limit(1)).scalar() \
            or conn.execute(select(t.documents.c.id).limit(1)).scalar()
        event = conn.execute(select(t.events.c.id).order_by(t.events.c.date.desc().nulls_last()).limit(1)).scalar()
    pages = {"home": "/", "search": "/?q=Ebrard", "document": f"/documents/{doc}", "quantities": "/quantities?kind=seizure",
             "events": "/events", "network": "/network", "tracker": "/tracker", "brief": "/brief?topic=weapons",
             "arms": "/arms"}
    if person:
        pages["entity"] = f"/entities/{person}"
    if event:
        pages["event"] = f"/events/{event}"
    return pages


def take_screenshots(db: str, out: Path, *, full_page: bool = True, only: list[str] | None = None) -> list[Path]:
    """Write the screenshots (writes PNG files under ``out``), of the pages in ``only`` if given; the paths written.

    Raises ``SystemExit`` naming a page in ``only`` that ``main_pages`` does not know.
    """
    from playwright.sync_api import sync_playwright

    from pesquisa.api.server import serve_in_thread
    from pesquisa.web import create_app

    app = create_app(db)
    pages = main_pages(app.state.engine)
    if only:
        unknown = sorted(set(only) - set(pages))
        if unknown:
            raise SystemExit(f"Error: --page {unknown[0]}: unknown page (use one of {', '.join(pages)})")
        pages = {name: path for name, path in pages.items() if name in only}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve_in_thread(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
            page = context.new_page()
            for name, path in pages.items():
                page.goto(base + path, wait_until="load")
                target = out / f"{name}-{label}.png"
                height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
                clip = {"x": 0, "y": 0, "width": width, "height": height} if full_page else None
                page.screenshot(path=str(target), full_page=full_page, clip=clip)
                written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="pesquisa.sqlite", help="knowledge base (SQLite file)")
    parser.add_argument("--out", default="docs/screenshots", type=Path, help="folder for the PNG files")
    parser.add_argument("--viewport-only", action="store_true", help="capture the first screen only")
    parser.add_argument("--page", action="append", metavar="NAME", help="only this page (repeatable), e.g. network")
    args = parser.parse_args()
    for path in take_screenshots(args.db, args.out, full_page=not args.viewport_only, only=args.page):
        print(path)


if __name__ == "__main__":
    main()
