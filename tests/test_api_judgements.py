"""Merge and split over HTTP: only with the configured token; decisions stored and replayed."""

from __future__ import annotations

import pytest
from _web_fixtures import TOKEN, entity_id
from fastapi.testclient import TestClient


@pytest.fixture
def writable(scratch_db):
    """A client over a private copy of the test store, merge/split enabled by ``TOKEN``."""
    from pesquisa.web import create_app

    app = create_app(str(scratch_db), token=TOKEN)
    return TestClient(app), app.state.engine


def test_api_judgements_disabled_without_a_configured_token(scratch_db, monkeypatch):
    from pesquisa.web import create_app

    monkeypatch.delenv("PESQUISA_TOKEN", raising=False)
    client = TestClient(create_app(str(scratch_db)))
    response = client.post("/api/entities/merge", json={"target": "a", "other": "b"},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert response.json() == {"ok": False, "status": 403, "errors": {},
                               "error": "merge and split are disabled: start the server with --token or PESQUISA_TOKEN"}


def test_api_judgements_token_from_environment(scratch_db, monkeypatch):
    from pesquisa.web import create_app

    monkeypatch.setenv("PESQUISA_TOKEN", "from-env")
    app = create_app(str(scratch_db))
    assert app.state.token == "from-env"


def test_api_judgements_wrong_or_missing_token_is_401(web_client):
    body = {"target": "per-x", "other": "per-y"}
    missing = web_client.post("/api/entities/merge", json=body)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert missing.json()["errors"] == {"token": "missing"}
    wrong = web_client.post("/api/entities/merge", json=body, headers={"X-Pesquisa-Token": "guess"})
    assert (wrong.status_code, wrong.json()["errors"]) == (401, {"token": "wrong"})
    split = web_client.post("/api/entities/per-x/split", headers={"Authorization": "Bearer guess"})
    assert split.status_code == 401


def test_api_judgements_merge_with_token(writable):
    client, engine = writable
    kelly = entity_id(engine, "John Kelly", "person")
    videgaray = entity_id(engine, "Luis Videgaray", "person")
    response = client.post("/api/entities/merge", json={"target": kelly, "other": videgaray, "author": "test"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["ok"], result["kind"]) == (True, "merge")
    # both old ids now answer with one entity
    assert client.get(f"/api/entities/{kelly}").json()["id"] == client.get(f"/api/entities/{videgaray}").json()["id"]
    from sqlalchemy import select

    from pesquisa.store import schema as t

    with engine.connect() as conn:
        row = conn.execute(select(t.judgements)).mappings().one()
    assert (row["kind"], row["author"]) == ("merge", "test")


def test_api_judgements_split_with_token(writable):
    client, engine = writable
    ebrard = entity_id(engine, "Marcelo Ebrard", "person")
    response = client.post(f"/api/entities/{ebrard}/split", json={"author": "test"},
                           headers={"X-Pesquisa-Token": TOKEN})
    assert response.status_code == 200, response.text
    assert response.json()["kind"] == "split"


def test_api_judgements_unknown_entity_is_404(writable):
    client, _ = writable
    response = client.post("/api/entities/merge", json={"target": "per-nobody", "other": "per-nobody2"},
                           headers={"X-Pesquisa-Token": TOKEN})
    assert response.status_code == 404
    assert response.json()["error"] == "per-nobody: no such entity"
