"""The response cache: a repeated GET costs no query until the store changes; errors and credentials pass by it."""

from __future__ import annotations

import warnings

import pytest
from sqlalchemy import event, insert

from pesquisa.store import open_store
from pesquisa.store import schema as t

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient


@pytest.fixture()
def store(tmp_path):
    from pesquisa.api import create_app

    db = tmp_path / "kb.sqlite"
    engine = open_store(db)
    with engine.begin() as conn:
        conn.execute(insert(t.entities).values(id="per-a", type="person", name="Ana Gómez", key=None,
                                               aliases=["Ana Gómez"], countries=[]))
    app = create_app(db, token="secret")
    queries = []
    event.listen(app.state.engine, "before_cursor_execute", lambda *args: queries.append(args[2]))
    return TestClient(app), engine, queries


def test_repeated_get_is_answered_without_a_query(store):
    client, _engine, queries = store
    first = client.get("/api/entities")
    assert [e["name"] for e in first.json()["items"]] == ["Ana Gómez"]
    queries.clear()
    again = client.get("/api/entities")
    assert again.json() == first.json() and queries == []
    assert again.headers["x-content-type-options"] == "nosniff"  # the security headers still apply
    client.get("/api/entities", params={"type": "person"})
    assert queries, "another query string is another answer"


def test_a_write_to_the_store_shows_at_once(store):
    client, engine, _queries = store
    assert client.get("/api/entities").json()["total"] == 1
    with engine.begin() as conn:
        conn.execute(insert(t.entities).values(id="per-b", type="person", name="Luis Pérez", key=None,
                                               aliases=["Luis Pérez"], countries=[]))
    assert client.get("/api/entities").json()["total"] == 2


def test_errors_and_credentials_are_not_cached(store):
    client, _engine, queries = store
    assert client.get("/api/entities/per-nobody").status_code == 404
    queries.clear()
    assert client.get("/api/entities/per-nobody").status_code == 404
    assert queries, "a 404 is asked again"
    client.get("/api/entities")
    queries.clear()
    client.get("/api/entities", headers={"Authorization": "Bearer secret"})
    assert queries, "a request with credentials bypasses the cache"


def flight_client(tmp_path, *, status: int = 200, wait_seconds: float = 30.0):
    """A client of a response cache over an app that answers only once ``holder["arrived"]`` requests have reached
    the cache (or the app has had ``holder["calls"]`` calls), the list of the app's calls, and the holder."""
    import asyncio

    from pesquisa.api.response_cache import ResponseCache

    calls: list[str] = []
    arrivals: list[str] = []
    holder: dict = {}

    async def app(scope, receive, send):
        calls.append(scope["path"])
        for _ in range(2000):  # until every request of the test has reached the cache (its threads all started)
            if len(arrivals) >= holder.get("arrived", 99) or len(calls) >= holder.get("calls", 99):
                break
            await asyncio.sleep(0.005)
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": f"answer {len(calls)}".encode()})

    cache = ResponseCache(app, open_store(tmp_path / "kb.sqlite"), wait_seconds=wait_seconds)

    async def counted(scope, receive, send):
        arrivals.append(scope["path"])
        await cache(scope, receive, send)

    holder["cache"] = cache
    return TestClient(counted), calls, holder


def test_response_cache_concurrent_requests_for_one_answer_make_it_once(tmp_path):
    """Issue 15: 200 clients at once made each path about 17 times before the first answer was kept."""
    from concurrent.futures import ThreadPoolExecutor

    client, calls, holder = flight_client(tmp_path)
    holder["arrived"] = 8
    with ThreadPoolExecutor(8) as pool:  # each request runs on its own event loop, in its own thread
        answers = list(pool.map(lambda _: client.get("/slow"), range(8)))
    assert [(a.status_code, a.text) for a in answers] == [(200, "answer 1")] * 8
    assert calls == ["/slow"]
    assert client.get("/other").text == "answer 2"  # another key makes its own


def test_response_cache_waiters_make_their_own_when_the_answer_is_not_kept(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    client, calls, holder = flight_client(tmp_path, status=404)
    holder["arrived"] = 4
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: client.get("/missing"), range(4)))
    assert [a.status_code for a in answers] == [404] * 4 and len(calls) == 4  # errors are never shared
    assert holder["cache"]._flights == {}
    calls.clear()
    client.get("/missing")
    assert calls == ["/missing"]  # and asked again


def test_response_cache_a_waiter_that_waits_too_long_makes_its_own(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    client, calls, holder = flight_client(tmp_path, wait_seconds=0.0)
    holder["calls"] = 2  # the first holds its answer until the second, who gave up waiting at once, asks too
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: client.get("/slow"), range(2)))
    assert [a.text for a in answers] == ["answer 2", "answer 2"] and calls == ["/slow", "/slow"]
