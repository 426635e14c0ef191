"""SQL queries and time per request of the API and web pages: a check against one-query-per-row reads.

    .venv/bin/python bench/api_queries.py --db pesquisa.sqlite [--runs 5]

For each URL: the SQL statements one request runs (counted with a SQLAlchemy
``before_cursor_execute`` listener on the app's engine) and the best of ``--runs`` times in
milliseconds, also as a ratio to ``/api/summary`` measured in the same run (a handful of
counts), so rows compare across machines. A count that grows with the page size means a
query per row. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import time
import warnings

from sqlalchemy import event

URLS = [
    "/api/summary", "/api/documents?limit=50", "/api/entities?limit=50", "/api/entities?q=ebrard",
    "/api/quotes?limit=50", "/api/quotes?speaker=ebrard", "/api/quantities?limit=100", "/api/quantities/totals",
    "/api/events?limit=10", "/api/events?limit=50", "/api/events?participant=ebrard", "/api/search?q=fentanyl",
    "/", "/documents", "/entities", "/quotes", "/quantities", "/events",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="pesquisa.sqlite")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")  # it asks for httpx2
        from fastapi.testclient import TestClient
    from pesquisa.web import create_app

    app = create_app(args.db)
    client = TestClient(app)
    engine = app.state.engine
    first = client.get("/api/entities?limit=1").json()["items"][0]["id"]
    doc = client.get("/api/documents?limit=1").json()["items"][0]["id"]
    event_id = client.get("/api/events?limit=1").json()["items"][0]["id"]
    urls = [*URLS, f"/api/entities/{first}", f"/entities/{first}", f"/api/documents/{doc}", f"/documents/{doc}",
            f"/api/events/{event_id}"]
    client.get(f"/entities/{first}")  # builds the cached actor network once, as a running server would
    count = [0]

    def tick(*_args) -> None:
        count[0] += 1

    event.listen(engine, "before_cursor_execute", tick)
    rows = []
    for url in urls:
        best = float("inf")
        for _ in range(args.runs):
            count[0] = 0
            start = time.perf_counter()
            response = client.get(url)
            best = min(best, time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
        rows.append((url, count[0], best * 1000))
    reference = rows[0][2]
    print("url,queries,ms,ratio")
    for url, queries, ms in rows:
        print(f"{url},{queries},{ms:.1f},{ms / reference:.2f}")


if __name__ == "__main__":
    main()
