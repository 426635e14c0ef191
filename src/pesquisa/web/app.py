"""The workbench application: the JSON API plus the web UI at / and static files at /static."""

from __future__ import annotations

import threading
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from pesquisa.api import create_app as create_api
from pesquisa.api.deps import GraphCache
from pesquisa.api.quantities import warm_totals
from pesquisa.api.search import warm_summaries
from pesquisa.web.brief import router as brief_router
from pesquisa.web.failures import router as failures_router
from pesquisa.web.judging import router as judging_router
from pesquisa.web.pages import router
from pesquisa.web.templating import render
from pesquisa.web.tracker import router as tracker_router


def render_error(request: Request, body: dict) -> HTMLResponse:
    """The error shape (``ok``, ``error``, ``errors``, ``status``) as an HTML page with the same status."""
    return render(request, "error.html", status_code=body["status"], error=body)


def create_app(db: str | None = None, *, token: str | None = None) -> FastAPI:
    """The workbench over the knowledge base at ``db``: API, pages and static files (see ``pesquisa.api.create_app``)."""
    app = create_api(db, token=token, render_html=render_error)
    app.mount("/static", StaticFiles(directory=str(resources.files("pesquisa.web").joinpath("static"))),
              name="static")
    app.include_router(router)
    app.include_router(failures_router)
    app.include_router(tracker_router)
    app.include_router(brief_router)
    app.include_router(judging_router)
    return app


def create_served_app() -> FastAPI:
    """``create_app`` from the environment (``PESQUISA_DB_URL``, ``PESQUISA_TOKEN``), as each ``pesquisa serve``
    worker builds it, with the actor network built in the background from the start.

    The network of a large store takes seconds to build (every edge's spans); built on the first
    entity page instead, it held every page that needs it, and under load every request queued
    behind those, past the clients' timeouts. A page asked for before it is ready waits for it
    as before; after a change of the store the first page builds it again. The unfiltered ledger totals follow
    the network, kept beside the store the same way (``api.quantities.totals_value``). The workers share one build per
    store version through the file beside the store (``api.network_file``): the first builds and writes it, the
    others wait on its lock and read it, and a restart on an unchanged store reads it too.
    """
    app = create_app()
    threading.Thread(target=_warm, args=(app.state.graph,), name="pesquisa-network", daemon=True).start()
    return app


def _warm(cache: GraphCache) -> None:
    """Build (or read from beside the store) the whole-store values in ``cache``: the actor network, then the
    unfiltered ledger totals and the summaries (seconds on a large store, which every request for them waited behind)."""
    cache.get()
    warm_totals(cache)
    warm_summaries(cache)
