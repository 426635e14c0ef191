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
