"""Size and time of each request of the load test's mix, one at a time: what one client costs the server.

    .venv/bin/python bench/mix_paths.py --db STORE [--runs 3] [--extra /events /api/events/ID ...]

Requests go through the app in-process (``TestClient``), after one warm-up request of
``/api/summary``. Each path of ``load_test.PATHS`` (and any ``--extra``) is requested ``--runs``
times: the first answer is made from the store (nothing of it cached yet), the later ones may
come from the response cache (answers up to 2 MB). The reference row, ``/api/summary`` again,
makes ratios comparable across machines. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_test import PATHS


def timed(client, path: str, runs: int) -> tuple[int, int, float, float]:
    """Status, size in bytes, the first and the fastest of ``runs`` requests of ``path`` in milliseconds."""
    times, size, status = [], 0, 0
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        size, status = len(response.content), response.status_code
    return status, size, times[0], min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="pesquisa.sqlite")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--extra", nargs="*", default=[], help="more paths to measure after the mix")
    args = ap.parse_args()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
        from fastapi.testclient import TestClient
    from pesquisa.web import create_app

    client = TestClient(create_app(args.db))
    client.get("/api/summary")
    reference = timed(client, "/api/summary", args.runs)[3]
    print("path,status,bytes,first_ms,again_ms,first_ratio")
    print(f"reference /api/summary,200,,{reference:.1f},{reference:.1f},1.00")
    for path in [*PATHS, *args.extra]:
        status, size, first, best = timed(client, path, args.runs)
        print(f"{path},{status},{size},{first:.1f},{best:.1f},{first / reference:.1f}")


if __name__ == "__main__":
    main()
