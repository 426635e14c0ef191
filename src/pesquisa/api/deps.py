"""Request dependencies: the store engine, the cached actor network and the write token."""

from __future__ import annotations

import hmac
import threading

import networkx as nx
from fastapi import Request
from sqlalchemy import Engine, func, select

from pesquisa.analyze.kb import build_kb_graph
from pesquisa.api.errors import ApiError
from pesquisa.store import schema as t


class GraphCache:
    """``build_kb_graph`` of the whole store, rebuilt only when the store changes (thread-safe)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._graph: nx.Graph | None = None

    def version(self) -> tuple:
        """Cheap fingerprint of the store: row counts and the latest judgement (read-only)."""
        with self.engine.connect() as conn:
            counts = tuple(conn.execute(select(func.count()).select_from(table)).scalar_one()
                           for table in (t.documents, t.entities, t.mentions, t.redirects))
            return (*counts, conn.execute(select(func.max(t.judgements.c.id))).scalar())

    def get(self) -> nx.Graph:
        """The current graph (builds it on first use and after any change to the store)."""
        version = self.version()
        with self._lock:
            if self._graph is None or version != self._version:
                self._graph = build_kb_graph(self.engine)
                self._version = version
            return self._graph


def get_engine(request: Request) -> Engine:
    """The store engine of this app."""
    return request.app.state.engine


def get_graph(request: Request) -> nx.Graph:
    """The actor network of the store (cached per app)."""
    return request.app.state.graph.get()


def supplied_token(request: Request) -> str | None:
    """The token a client sent: ``Authorization: Bearer <token>`` or ``X-Pesquisa-Token``."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-pesquisa-token")


def require_token(request: Request) -> None:
    """Allow writes only with the configured token: none configured -> 403, missing or wrong -> 401."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "merge and split are disabled: start the server with --token or PESQUISA_TOKEN")
    given = supplied_token(request)
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "missing or wrong token (send Authorization: Bearer <token>)",
                       errors={"token": "missing" if not given else "wrong"},
                       headers={"WWW-Authenticate": "Bearer"})
