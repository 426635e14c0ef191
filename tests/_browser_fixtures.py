"""What every browser test shares: Debian's chromium, how it is launched, the skip when it is missing.

Test modules set ``pytestmark = BROWSER_MARKS``; ``conftest.py`` registers this module as a
plugin, so ``browser`` (a module-scoped headless chromium) and ``live_url`` (the shared
``web_app`` on loopback) are fixtures everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (make browsers)"),
]


@pytest.fixture(scope="module")
def browser():
    """A headless chromium for the module (Playwright driving Debian's binary)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def live_url(web_app):
    """Base URL of ``web_app`` served by uvicorn on a free 127.0.0.1 port, stopped after the module."""
    from pesquisa.api.server import serve_in_thread

    with serve_in_thread(web_app) as url:
        yield url
