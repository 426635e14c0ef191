"""Request dependencies: the store engine, the actor network (cached whole, or filtered) and the write token."""

from __future__ import annotations

import gc
import hmac
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Annotated, Any, Literal, TypeVar

import networkx as nx
from fastapi import Depends, Query, Request
from sqlalchemy import Engine

from pesquisa.analyze.kb import NetworkFilter, build_kb_graph, sorted_graph
from pesquisa.api.errors import ApiError
from pesquisa.api.network_file import stored_graph
from pesquisa.api.pagination import DATE_PATTERN
from pesquisa.store import read

EDGE_KINDS = NetworkFilter().kinds
# The Literals spell out analyze's names (EDGE_KINDS, MODES) for validation; a test keeps them equal.
EdgeKind = Literal["met", "co_mention", "quoted_about", "role"]
Mode = Literal["sequential", "simultaneous"]
T = TypeVar("T")


class StoreCache:
    """Values derived from the whole store (the actor network, ledger totals, merge choices), each built
    on first use and again only after the store changes (``read.store_version``); thread-safe.

    At most ``size`` values are kept (least recently used dropped), so filtered variants
    cannot grow it without bound.

    The values under ``LONG_LIVED`` keys (the actor network: hundreds of thousands of objects on a
    large store) are moved out of the garbage collector's reach once built (``gc.freeze``), with
    everything else alive then: a full collection scanned them all, 100 to 250 ms that fell on
    whichever request ran then. They return to it (``gc.unfreeze``) when the store changes.

    Each key builds under its own lock, so concurrent requests for one value build it once and a
    slow build holds no other key: the actor network of a 20,000-document store takes a minute to
    build as a worker starts, and every ledger-totals request waited behind it until the clients
    timed out (issue 15).
    """

    LONG_LIVED = frozenset({"graph"})

    def __init__(self, engine: Engine, size: int = 128):
        self.engine = engine
        self.size = size
        self._lock = threading.Lock()  # guards the fields below, never held while building
        self._version: tuple | None = None
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._building: dict[Hashable, threading.Lock] = {}

    def value(self, key: Hashable, build: Callable[[Engine], T], version: tuple | None = None) -> T:
        """The value cached under ``key``, or ``build(engine)`` when missing or the store changed since
        (``version``: the store's, when the caller has just read it).

        Steps: 1. under the cache's lock, drop every value when the store changed and answer a cached
        one; 2. under the key's lock, look again (another request may have built it meanwhile) or
        build; 3. keep it unless the store changed during the build.
        """
        version = version or read.store_version(self.engine)
        with self._lock:
            if version != self._version:
                if self._version is not None:
                    gc.unfreeze()  # the old values become collectable again
                self._values.clear()
                self._version = version
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                if version == self._version and key in self._values:
                    return self._values[key]
            value = build(self.engine)
            with self._lock:
                self._building.pop(key, None)
                if version == self._version:
                    self._keep(key, value)
            return value

    def _keep(self, key: Hashable, value: Any) -> None:
        """Store ``value`` under ``key``, dropping the least recently used past ``size`` (the caller holds the lock)."""
        self._values[key] = value
        if key in self.LONG_LIVED:
            gc.collect()
            gc.freeze()
        if len(self._values) > self.size:
            self._values.popitem(last=False)


class GraphCache(StoreCache):
    """The store cache of an app; ``get`` is the actor network of the whole store (``network_file.stored_graph``:
    built once per store version for all the server's workers and kept beside the store)."""

    def get(self) -> nx.Graph:
        """The current graph (read or built on first use and after any change to the store)."""
        return self.value("graph", stored_graph)


def get_engine(request: Request) -> Engine:
    """The store engine of this app."""
    return request.app.state.engine


def cached(request: Request, key: Hashable, build: Callable[[Engine], T]) -> T:
    """``build(engine)`` through the app's store cache; the store's version is read once per request."""
    version = getattr(request.state, "store_version", None)
    if version is None:
        version = request.state.store_version = read.store_version(request.app.state.engine)
    return request.app.state.graph.value(key, build, version)


def get_graph(request: Request) -> nx.Graph:
    """The actor network of the store (cached per app)."""
    return cached(request, "graph", stored_graph)


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
