"""Response cache: a repeated GET answered from memory while the store is unchanged (issue 15).

The store changes only when an ingest, a resolution, an import or a judgement writes it; between
writes every page and API answer is a function of the request alone. This ASGI middleware keeps
the successful answers (status 200, body up to ``MAX_BODY_BYTES``) of GET requests without
credentials, keyed by path, query string and ``Accept``, and drops them all when
``read.store_version`` changes, which for a SQLite file costs two ``stat`` calls. Other stores
(PostgreSQL, whose fingerprint takes queries) pass through uncached. It sits inside the request
guard and the security headers, so both still apply to every answer.

Single flight: while one request makes the answer of a key, the others asking for it wait (up to
``WAIT_SECONDS``) and are answered from the cache once it is kept. Without it the first wave of 200
clients made each of the load test's 12 paths about 17 times before the first answer was kept
(issue 15, stop 30). A waiter whose answer was not kept (an error, a body too large, a change of
the store) or who waited too long makes its own. Waiters are futures on their own event loop, woken
by the maker from whatever thread it runs on, so no thread is held while waiting.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict

from sqlalchemy import Engine

from pesquisa.store import read

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 512
WAIT_SECONDS = 30.0  # a waiter gives up and makes its own answer after this (clients time out at 60 s)
VARY = (b"accept",)  # request headers an answer may depend on (HTML or JSON errors; CSV by query)


class _Flight:
    """One answer being made: the futures (with their loops) of the requests waiting for it."""

    __slots__ = ("waiters",)

    def __init__(self) -> None:
        self.waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future]] = []


def _wake(future: asyncio.Future) -> None:
    """Resolve a waiter's future unless it gave up meanwhile."""
    if not future.done():
        future.set_result(None)


class ResponseCache:
    """ASGI middleware: cached answers of GET requests, per store version (least recently used dropped);
    one request makes a missing answer while the others asking for it wait."""

    def __init__(self, app, engine: Engine, size: int = MAX_ENTRIES, wait_seconds: float = WAIT_SECONDS):
        self.app = app
        self.engine = engine
        self.size = size
        self.wait_seconds = wait_seconds
        self.enabled = engine.dialect.name == "sqlite" and read.store_version(engine)[0] == "file"
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._answers: OrderedDict[tuple, tuple[list, bytes]] = OrderedDict()
        self._flights: dict[tuple, _Flight] = {}
        self._uncached: set[tuple] = set()  # keys whose answer was not kept in this version: nobody waits for them

    def _lookup(self, key: tuple) -> tuple[list, bytes] | None:
        version = read.store_version(self.engine)
        with self._lock:
            if version != self._version:
                self._answers.clear()
                self._uncached.clear()
                self._version = version
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def _keep(self, key: tuple, version: tuple | None, answer: tuple[list, bytes]) -> None:
        with self._lock:
            if version == self._version:  # not when the store changed while the answer was made
                self._answers[key] = answer
                if len(self._answers) > self.size:
                    self._answers.popitem(last=False)

    def _join(self, key: tuple) -> asyncio.Future | None:
        """Start the flight of ``key`` (None: this request makes the answer), or a future to wait on."""
        with self._lock:
            if key in self._uncached:
                return None
            flight = self._flights.get(key)
            if flight is None:
                self._flights[key] = _Flight()
                return None
            loop = asyncio.get_running_loop()
            future = loop.create_future()
            flight.waiters.append((loop, future))
            return future

    def _land(self, key: tuple, version: tuple | None, kept: bool) -> None:
        """End the flight of ``key`` and wake its waiters (from any thread)."""
        with self._lock:
            flight = self._flights.pop(key, None)
            if not kept and version == self._version:
                self._uncached.add(key)
        for loop, future in flight.waiters if flight else ():
            try:
                loop.call_soon_threadsafe(_wake, future)
            except RuntimeError:  # the waiter's loop has closed (its client went away)
                pass

    async def _send_kept(self, send, answer: tuple[list, bytes]) -> None:
        start, body = answer
        await send({"type": "http.response.start", "status": 200, "headers": start})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        if (not self.enabled or scope["type"] != "http" or scope["method"] != "GET"
                or b"authorization" in headers or b"x-pesquisa-token" in headers):
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""), *(headers.get(h) for h in VARY))
        answer = self._lookup(key)
        if answer is None:
            waiting = self._join(key)
            if waiting is None:
                return await self._make(key, scope, receive, send)
            try:
                await asyncio.wait_for(waiting, self.wait_seconds)
            except TimeoutError:
                pass
            answer = self._lookup(key)
        if answer is None:  # not kept, or waited too long: make it here, uncached
            return await self.app(scope, receive, send)
        return await self._send_kept(send, answer)

    async def _make(self, key: tuple, scope, receive, send):
        """Answer through the app, keeping the answer when it is a whole 200 within ``MAX_BODY_BYTES``;
        ends the flight of ``key`` however the app ends."""
        version = self._version
        parts: list[bytes] | None = []
        start_headers: list = []
        kept = False

        async def capture(message):
            nonlocal parts, start_headers, kept
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    parts = None
                start_headers = list(message.get("headers") or [])
            elif message["type"] == "http.response.body" and parts is not None:
                parts.append(message.get("body", b""))
                if sum(map(len, parts)) > MAX_BODY_BYTES:
                    parts = None
                elif not message.get("more_body"):
                    self._keep(key, version, (start_headers, b"".join(parts)))
                    kept = True
                    self._land(key, version, kept)  # waiters answer from the cache while this one still sends
            await send(message)

        try:
            return await self.app(scope, receive, capture)
        finally:
            if not kept:
                self._land(key, version, kept)
