"""Whole-store values kept beside the store (``api.store_file``): the ledger totals built once per store version for
every worker and restart, equal to a fresh build, built again after any write to the store, and filtered totals never
kept (issue 15: each worker built the unfiltered totals, seconds on a large store, and every request for them waited)."""

from __future__ import annotations

import json

import pytest
from _web_fixtures import copy_sqlite
from fastapi.testclient import TestClient

from pesquisa.api import quantities, serialize
from pesquisa.api.deps import GraphCache
from pesquisa.store import open_store, read


@pytest.fixture
def counted(monkeypatch) -> list[int]:
    """The span limits of the ledger totals built from the store (one entry per build)."""
    builds: list[int] = []
    real = read.quantity_totals

    def build(engine, *, span_limit, **filters):
        builds.append(span_limit)
        return real(engine, span_limit=span_limit, **filters)

    monkeypatch.setattr(quantities.read, "quantity_totals", build)
    return builds


def fresh(engine, span_limit: int) -> dict:
    """The unfiltered totals built from the store now, as the API answers them."""
    return serialize.quantity_totals(read.quantity_totals(engine, span_limit=span_limit, **quantities.NO_FILTERS))


def test_totals_built_once_per_store_version_for_every_worker_and_restart(web_db, tmp_path, counted):
    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    first, second = GraphCache(open_store(db, create=False)), GraphCache(open_store(db, create=False))
    quantities.warm_totals(first)  # a worker starting
    assert counted == [0, 20]
    assert (tmp_path / "kb.sqlite.totals-20.json").exists() and (tmp_path / "kb.sqlite.totals-0.json").exists()
    quantities.warm_totals(second)  # the other worker: reads both files, builds nothing
    assert counted == [0, 20]
    for limit in (0, 20):
        key = ("totals", limit, *quantities.NO_FILTERS.values())
        kept = second.value(key, lambda _: pytest.fail("built again"))
        assert json.dumps(kept) == json.dumps(fresh(first.engine, limit))  # same groups, order, floats
    assert counted == [0, 20, 0, 20]  # (the two fresh builds of the comparison)
    first.engine.dispose()
    second.engine.dispose()
    client = TestClient(_web(db))  # a restart on the unchanged store: the API answers from the file
    assert client.get("/api/quantities/totals").json() == fresh(open_store(db, create=False), 20)
    assert counted == [0, 20, 0, 20, 20]


def test_totals_built_again_after_an_ingest(web_db, tmp_path, counted):
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents

    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    engine = open_store(db, create=False)
    before = GraphCache(engine).value(*quantities.totals_value(20, dict(quantities.NO_FILTERS)))
    article = tmp_path / "new.txt"
    article.write_text("Seizure at Nogales\n\nCustoms officers seized 917 kilograms of methamphetamine at the "
                       "Nogales port of entry on Tuesday, the agency said.\n", encoding="utf-8")
    assert ingest_documents(engine, iter_documents([article])).added == ["new.txt"]
    after = GraphCache(open_store(db, create=False)).value(*quantities.totals_value(20, dict(quantities.NO_FILTERS)))
    assert counted == [20, 20]  # the store's version changed: the file was stale
    assert after == fresh(engine, 20) and after != before
    assert sum(g["count"] for g in after["by_item"]) > sum(g["count"] for g in before["by_item"])


def test_filtered_totals_and_other_span_limits_are_not_kept(web_db, tmp_path, counted):
    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    cache = GraphCache(open_store(db, create=False))
    filtered = dict(quantities.NO_FILTERS, kind="seizure")
    assert cache.value(*quantities.totals_value(20, filtered)) == serialize.quantity_totals(
        read.quantity_totals(cache.engine, span_limit=20, **filtered))
    cache.value(*quantities.totals_value(5, dict(quantities.NO_FILTERS)))
    empty_date = dict(quantities.NO_FILTERS, date_from="")
    cache.value(*quantities.totals_value(0, empty_date))
    assert not list(tmp_path.glob("kb.sqlite.totals*"))


def _web(db):
    from pesquisa.web import create_app

    return create_app(str(db))


def test_totals_built_again_after_a_judgement_in_the_same_server(web_db, tmp_path, counted):
    from _web_fixtures import TOKEN

    from pesquisa.web import create_app

    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    client = TestClient(create_app(str(db), token=TOKEN))
    before = client.get("/api/quantities/totals").json()
    assert client.get("/api/quantities/totals").json() == before and counted == [20]  # answered from memory
    people = [e["id"] for e in client.get("/api/entities", params={"type": "person", "limit": 2}).json()["items"]]
    merged = client.post("/api/entities/merge", json={"target": people[0], "other": people[1], "author": "test"},
                         headers={"X-Pesquisa-Token": TOKEN})
    assert merged.status_code == 200
    assert client.get("/api/quantities/totals").json() == before  # a merge moves no figure ...
    assert counted == [20, 20]  # ... but the store changed: neither the memory nor the file answered for it


def test_summaries_kept_beside_the_store_for_every_worker_and_built_again_after_an_ingest(web_db, tmp_path, monkeypatch):
    from pesquisa.api import search
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents
    from pesquisa.report.summary import summarize

    builds: list[int] = []
    monkeypatch.setattr(search, "summarize", lambda engine, top: builds.append(top) or summarize(engine, top=top))
    db = copy_sqlite(web_db, tmp_path / "kb.sqlite")
    first, second = GraphCache(open_store(db, create=False)), GraphCache(open_store(db, create=False))
    search.warm_summaries(first)
    search.warm_summaries(second)  # the other worker reads both files
    assert builds == [5, 8] and second.value(*search.summary_value(8)) == summarize(first.engine, top=8).to_dict()
    before = second.value(*search.summary_value(5))
    article = tmp_path / "new.txt"
    article.write_text("Talks in Washington\n\nMarcelo Ebrard met the governor in Washington on Monday. \"We agreed on "
                       "more inspections,\" Ebrard said.\n", encoding="utf-8")
    assert ingest_documents(first.engine, iter_documents([article])).added == ["new.txt"]
    after = GraphCache(open_store(db, create=False)).value(*search.summary_value(5))
    assert builds == [5, 8, 5] and after == summarize(first.engine, top=5).to_dict()
    assert after["counts"]["documents"] == before["counts"]["documents"] + 1


def test_a_value_that_is_not_json_is_answered_and_not_kept(web_db, tmp_path):
    from pesquisa.api.store_file import kept

    engine = open_store(copy_sqlite(web_db, tmp_path / "kb.sqlite"), create=False)
    assert kept(engine, "odd", lambda _: {"when": {1, 2}}, form=1) == {"when": {1, 2}}
    assert sorted(p.name for p in tmp_path.glob("kb.sqlite.odd*")) == ["kb.sqlite.odd.lock"]  # no file, no temporary
