"""The API application factory: the JSON API under /api.

``pesquisa.web.create_app`` builds on it and adds the web UI at / and static files at
/static; the API alone (``create_app`` here) renders errors as JSON only.

Nothing is loaded from a CDN: FastAPI's Swagger and ReDoc pages (which fetch their
scripts from one) are off; ``/openapi.json`` describes the API and ``/api`` lists
its endpoints. Every response carries a Content-Security-Policy allowing only
same-origin scripts and styles, so even text that escaped escaping could not run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from fastapi import FastAPI, Request, Response
from starlette.datastructures import MutableHeaders

from pesquisa.api import (
    brief,
    documents,
    entities,
    events,
    failures,
    history,
    judgements,
    network,
    official,
    positions,
    quantities,
    quotes,
    search,
    tracker,
)
from pesquisa.api.deps import GraphCache
from pesquisa.api.errors import install_error_handler
from pesquisa.api.guard import RequestGuard
from pesquisa.api.response_cache import ResponseCache
from pesquisa.store import open_store
from pesquisa.store.search import ensure_search_index

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
ROUTERS = (search.router, documents.router, judgements.router, entities.router, quotes.router, quantities.router,
           events.router, network.router, official.router, tracker.router, brief.router, history.router,
           positions.router, failures.router)


def create_app(db: str | None = None, *, token: str | None = None,
               render_html: Callable[[Request, dict], Response] | None = None) -> FastAPI:
    """The JSON API over the knowledge base at ``db`` (default: ``PESQUISA_DB_URL`` or ./pesquisa.sqlite).

    ``token`` (default: ``PESQUISA_TOKEN``) enables merge and split; without one they answer 403.
    ``render_html`` draws errors for browsers (the web UI passes its error page).
    Opens the store without creating it (``StoreError`` if missing) and refreshes the
    search index when it lags behind the store (writes only then).
    """
    engine = open_store(db, create=False)
    if ensure_search_index(engine):
        log.info("search index refreshed")
    app = FastAPI(title="pesquisa", version="1", description=__doc__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    app.state.engine = engine
    app.state.graph = GraphCache(engine)
    app.state.token = token if token is not None else (os.environ.get("PESQUISA_TOKEN") or None)
    install_error_handler(app, render_html)
    app.add_middleware(ResponseCache, engine=engine)  # innermost: the guard and the headers apply to cached answers
    app.add_middleware(RequestGuard)  # size limits and CSRF refusal, inside SecurityHeaders so refusals get them
    app.add_middleware(SecurityHeaders)
    for router in ROUTERS:
        app.include_router(router)
    app.add_api_route("/api", _api_index, methods=["GET"], summary="API index", include_in_schema=False)
    return app


class SecurityHeaders:
    """ASGI middleware: add ``SECURITY_HEADERS`` to every HTTP response, errors included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def _api_index(request: Request) -> dict:
    """The endpoints of the API, from the OpenAPI description (a CDN-free stand-in for /docs)."""
    schema = request.app.openapi()
    return {"openapi": "/openapi.json",
            "endpoints": [{"method": method.upper(), "path": path, "summary": op.get("summary")}
                          for path, ops in schema["paths"].items() for method, op in ops.items()]}
