"""Full-text search: FTS5 index built by migration + refresh, typed hits with spans, LIKE fallback."""

from __future__ import annotations

import pytest
from _web_fixtures import body_of

from pesquisa.store import search as search_module
from pesquisa.store.search import fts_query, refresh_search_index, search


def test_api_search_fts_query_quotes_words():
    assert fts_query('López Obrad') == '"lopez" AND "obrad"*'
    assert fts_query('López "Obrador') == '"lopez" AND "obrador"'  # an unclosed quote: a phrase to the end
    assert fts_query("  ¿? ") is None


def test_api_search_migration_creates_fts_tables(tmp_path):
    from pesquisa.store import open_store

    engine = open_store(tmp_path / "fresh.sqlite")
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("select name from sqlite_master")}
    assert {"search_documents", "search_quotes", "search_entities"} <= names
    assert refresh_search_index(engine) == {"search_documents": 0, "search_quotes": 0, "search_entities": 0}


def test_api_search_refresh_is_idempotent(scratch_db_engine):
    first = refresh_search_index(scratch_db_engine)
    assert refresh_search_index(scratch_db_engine) == first
    assert first["search_documents"] == 20


@pytest.fixture
def scratch_db_engine(web_db, tmp_path):
    from _web_fixtures import copy_sqlite

    from pesquisa.store import open_store

    return open_store(copy_sqlite(web_db, tmp_path / "s.sqlite"))


def test_api_search_typed_hits_with_spans(web_client, web_engine):
    page = web_client.get("/api/search", params={"q": "Ebrard", "limit": 100}).json()
    kinds = [h["kind"] for h in page["items"]]
    assert kinds == sorted(kinds, key=["entity", "quote", "document"].index)  # entities, quotes, documents
    assert page["counts"]["entity"] >= 1 and page["counts"]["quote"] >= 20
    for hit in page["items"]:
        if hit["span"]:
            text = body_of(web_engine, hit["document_id"])[slice(*hit["span"])]
            if hit["kind"] == "quote":
                assert text == hit["label"]
            else:
                assert "ebrard" in text.lower()


def test_api_search_accents_and_prefix(web_engine):
    entity = search(web_engine, "Lopez Obrad", kinds=("entity",), entity_type="person")
    assert [h.label for h in entity.hits] == ["Andrés Manuel López Obrador"]
    spanish = search(web_engine, "fentanilo", kinds=("document",))
    doc = spanish.hits[0]
    assert body_of(web_engine, doc.id)[doc.start:doc.end] == "fentanilo"
    assert doc.context[1] == "fentanilo"


def test_api_search_kind_filter_and_pages(web_client):
    only = web_client.get("/api/search", params=[("q", "fentanyl"), ("kind", "document")]).json()
    assert only["counts"] == {"document": only["total"]}
    first = web_client.get("/api/search", params={"q": "fentanyl", "limit": 3}).json()
    second = web_client.get("/api/search", params={"q": "fentanyl", "limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] > 6
    assert not {h["id"] for h in first["items"]} & {h["id"] for h in second["items"]}
    assert web_client.get("/api/search", params={"q": "x", "kind": "person"}).status_code == 422


def test_api_search_like_fallback_finds_the_same_entities(web_engine, monkeypatch):
    fts = search(web_engine, "SRE", kinds=("entity",))
    monkeypatch.setattr(search_module, "_use_fts", lambda conn: False)
    for query in ("SRE", "Secretaria de Relaciones Exteriores", "Mexican Foreign Ministry"):
        like = search(web_engine, query, kinds=("entity",))
        assert [h.id for h in like.hits][:1] == [h.id for h in fts.hits][:1], query
    assert search(web_engine, "fentanilo", kinds=("document",)).total >= 1
