"""Entity page latency over a store's entities: p50 / p95 / max of the web page and the JSON, per entity.

    .venv/bin/python bench/entity_pages.py --db pesquisa.sqlite [--sample 300] [--runs 3]

Requests go through the app in-process (``TestClient``): each entity of a sample spread evenly
over the mention-count ranking (the most-mentioned included) is requested ``--runs`` times after
one warm-up request of the app; its first time (nothing of it cached yet), the process's CPU time
of that first request, and its best time (what the app caches per store version: network figure,
positions, merge choices) count. The reference row, ``/api/summary``
(a handful of counts) measured the same way in the same run, makes ratios comparable across
machines. Also the ledger totals, first request after a change of the store and then cached.
Last, the peak RSS of the process (the app with its cached network after every request).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import warnings


def timed_ms(client, url: str, runs: int) -> tuple[float, float, float]:
    """The first and the fastest of ``runs`` requests of ``url``, in milliseconds (each must answer 200), and the
    process's CPU time of the first (``time.process_time``: what other jobs on the machine disturb least)."""
    times, cpu = [], 0.0
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu = cpu or (time.process_time() - start_cpu) * 1000
        assert response.status_code == 200, (url, response.status_code)
    return times[0], min(times), cpu


def percentiles(values: list[float]) -> tuple[float, float, float]:
    """p50, p95 and max of ``values``."""
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], ordered[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="pesquisa.sqlite")
    ap.add_argument("--sample", type=int, default=300, help="entities requested (spread over the ranking)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
        from fastapi.testclient import TestClient
    from pesquisa.web import create_app

    client = TestClient(create_app(args.db))
    ids, offset = [], 0
    while True:  # the ranking, most-mentioned first, a page at a time
        page = client.get("/api/entities", params={"limit": 500, "offset": offset}).json()
        ids += [e["id"] for e in page["items"]]
        offset += 500
        if offset >= page["total"]:
            break
    step = max(1, len(ids) // args.sample)
    sample = ids[::step][:args.sample]
    start = time.perf_counter()
    client.get("/api/quantities/totals")
    first_totals = (time.perf_counter() - start) * 1000
    client.get(f"/entities/{ids[0]}")  # builds the cached actor network once, as a running server would
    reference = timed_ms(client, "/api/summary", args.runs)[1]
    print(f"store: {client.get('/api/summary').json()['counts']['documents']} documents, {len(ids)} entities; "
          f"sample {len(sample)} (every {step}th by mentions)")
    print("case,requests,p50_ms,p95_ms,max_ms,p95_ratio")
    print(f"reference /api/summary,1,{reference:.1f},{reference:.1f},{reference:.1f},1.00")
    for label, url in (("entity page", "/entities/{}"), ("entity JSON", "/api/entities/{}")):
        firsts, bests, cpus = zip(*(timed_ms(client, url.format(ident), args.runs) for ident in sample), strict=True)
        for when, times in (("first request", firsts), ("again", bests), ("first request CPU", cpus)):
            p50, p95, top = percentiles(list(times))
            print(f"{label} {when},{len(times)},{p50:.1f},{p95:.1f},{top:.1f},{p95 / reference:.2f}")
    cached = timed_ms(client, "/api/quantities/totals", args.runs)[1]
    print(f"/api/quantities/totals first,1,{first_totals:.1f},{first_totals:.1f},{first_totals:.1f},"
          f"{first_totals / reference:.2f}")
    print(f"/api/quantities/totals cached,1,{cached:.1f},{cached:.1f},{cached:.1f},{cached / reference:.2f}")
    print(f"peak RSS of this process (app, network cache, all requests): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
