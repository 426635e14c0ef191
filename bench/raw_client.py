"""A lighter load client than httpx for ``load_test.py --client raw``: HTTP/1.1 GETs over asyncio streams.

One kept-alive connection per client, requests written by hand and answers read by their
``Content-Length`` (every answer of the mix has one), nothing parsed beyond the status line and
that header. On a machine of two cores the client shares them with the server, so the less CPU
it takes per request the more of them the server gets; the figures of both clients in one run say
how much of a latency is the client's. Same latencies, errors and timeout (60 s) as the httpx client.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from urllib.parse import urlsplit

TIMEOUT = 60.0


async def fetch(conn: list, host: str, port: int, path: str) -> int:
    """The status of ``GET path`` on the kept connection ``conn`` ([reader, writer], opened when empty)."""
    if not conn:
        conn += await asyncio.open_connection(host, port)
    reader, writer = conn
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:"))
    await reader.readexactly(length)
    return int(lines[0].split()[1])


async def run_load(base: str, paths: list[str], clients: int, total: int) -> tuple[list[float], Counter, float]:
    """(latencies in ms, errors by kind, seconds) of ``total`` requests spread over ``clients`` concurrent clients."""
    url = urlsplit(base)
    latencies: list[float] = []
    errors: Counter = Counter()

    async def worker(n: int) -> None:
        conn: list = []
        for i in range(n, total, clients):
            path = paths[i % len(paths)]
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(fetch(conn, url.hostname or "127.0.0.1", url.port or 80, path), TIMEOUT)
                if status >= 400:
                    errors[f"HTTP {status} {path}"] += 1
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, StopIteration) as err:
                errors[f"{type(err).__name__} {path}"] += 1
                if conn:
                    conn[1].close()
                conn.clear()
            latencies.append((time.perf_counter() - started) * 1000)
        if conn:
            conn[1].close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(clients)))
    return latencies, errors, time.perf_counter() - started
