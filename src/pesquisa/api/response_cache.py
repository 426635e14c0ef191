"""Response cache: a repeated GET answered from memory while the store is unchanged (issue 15).

The store changes only when an ingest, a resolution, an import or a judgement writes it; between
writes every page and API answer is a function of the request alone. This ASGI middleware keeps
the successful answers (status 200, body up to ``MAX_BODY_BYTES``) of GET requests without
credentials, keyed by path, query string and ``Accept``, and drops them all when
``read.store_version`` changes, which for a SQLite file costs two ``stat`` calls. Other stores
(PostgreSQL, whose fingerprint takes queries) pass through uncached. It sits inside the request
guard and the security headers, so both still apply to every answer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from sqlalchemy import Engine

from pesquisa.store import read

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 512
VARY = (b"accept",)  # request headers an answer may depend on (HTML or JSON errors; CSV by query)


class ResponseCache:
    """ASGI middleware: cached answers of GET requests, per store version (least recently used dropped)."""

    def __init__(self, app, engine: Engine, size: int = MAX_ENTRIES):
        self.app = app
        self.engine = engine
        self.size = size
        self.enabled = engine.dialect.name == "sqlite" and read.store_version(engine)[0] == "file"
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._answers: OrderedDict[tuple, tuple[list, bytes]] = OrderedDict()

    def _lookup(self, key: tuple) -> tuple[list, bytes] | None:
        version = read.store_version(self.engine)
        with self._lock:
            if version != self._version:
                self._answers.clear()
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

    async def __call__(self, scope, receive, send):
        headers = dict(scope.get("headers") or []) if scope["type"] == "http" else {}
        if (not self.enabled or scope["type"] != "http" or scope["method"] != "GET"
                or b"authorization" in headers or b"x-pesquisa-token" in headers):
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""), *(headers.get(h) for h in VARY))
        answer = self._lookup(key)
        if answer is not None:
            start, body = answer
            await send({"type": "http.response.start", "status": 200, "headers": start})
            await send({"type": "http.response.body", "body": body})
            return None
        version = self._version
        parts: list[bytes] | None = []
        start_headers: list = []

        async def capture(message):
            nonlocal parts, start_headers
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
            await send(message)

        return await self.app(scope, receive, capture)
