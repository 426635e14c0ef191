"""Request dependencies: the store engine, the actor network (cached whole, or filtered) and the write token."""

from __future__ import annotations

import hmac
import threading
from typing import Annotated, Literal

import networkx as nx
from fastapi import Depends, Query, Request
from sqlalchemy import Engine

from pesquisa.analyze.kb import NetworkFilter, build_kb_graph, sorted_graph
from pesquisa.api.errors import ApiError
from pesquisa.api.pagination import DATE_PATTERN
from pesquisa.store import read

EDGE_KINDS = NetworkFilter().kinds
# The Literals spell out analyze's names (EDGE_KINDS, MODES) for validation; a test keeps them equal.
EdgeKind = Literal["met", "co_mention", "quoted_about", "role"]
Mode = Literal["sequential", "simultaneous"]


class GraphCache:
    """``build_kb_graph`` of the whole store, rebuilt only when the store changes (thread-safe)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._graph: nx.Graph | None = None

    def get(self) -> nx.Graph:
        """The current graph (builds it on first use and after any change to the store)."""
        version = read.store_version(self.engine)
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


def network_filter(
    lang: Annotated[str | None, Query(pattern=r"^([a-z]{2})?$", description="Only documents in this language.")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Published from (YYYY[-MM[-DD]]).")
                         ] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Published up to, inclusive.")] = None,
    kind: Annotated[list[EdgeKind] | None, Query(description="Edge kinds to keep (repeatable; default all).")] = None,
) -> NetworkFilter:
    """FastAPI dependency: the ``NetworkFilter`` asked for (blank values mean no filter; empty values keep a web form valid)."""
    return NetworkFilter(date_from=date_from or None, date_to=read.date_upper(date_to) if date_to else None,
                         lang=lang or None, kinds=tuple(k for k in EDGE_KINDS if k in kind) if kind else EDGE_KINDS)


def get_network(request: Request, flt: Annotated[NetworkFilter, Depends(network_filter)]) -> nx.Graph:
    """FastAPI dependency: the (filtered) actor network, nodes in id order; the cached graph when unfiltered."""
    graph = request.app.state.graph.get() if flt == NetworkFilter() else build_kb_graph(request.app.state.engine, flt)
    return sorted_graph(graph)


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
