"""The app's store cache: a derived value is built once, again after the store changes, and old keys drop out."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import insert

from pesquisa.api.deps import StoreCache
from pesquisa.store import open_store
from pesquisa.store import schema as t


def test_store_cache_builds_once_and_again_after_a_change(tmp_path):
    engine = open_store(tmp_path / "kb.sqlite")
    cache = StoreCache(engine)
    built = []

    def build(eng):
        built.append(1)
        return len(built)

    assert cache.value("totals", build) == cache.value("totals", build) == 1
    with engine.begin() as conn:
        conn.execute(insert(t.entities).values(id="per-x", type="person", name="Ana Gómez", key=None, aliases=[],
                                               countries=[]))
    assert cache.value("totals", build) == 2  # the store changed: built again
    assert cache.value("totals", build) == 2


def test_store_cache_keeps_at_most_size_values(tmp_path):
    cache = StoreCache(open_store(tmp_path / "kb.sqlite"), size=2)
    built = []

    def build(key):
        return lambda eng: built.append(key) or key

    for key in ("a", "b", "a", "c", "a", "b"):
        cache.value(key, build(key))
    assert built == ["a", "b", "c", "b"]  # "b" was the least recently used when "c" came in


def test_store_cache_a_slow_build_holds_no_other_key_and_builds_once(tmp_path):
    """Issue 15: ledger totals waited behind the actor network's minute-long build until clients timed out."""
    cache = StoreCache(open_store(tmp_path / "kb.sqlite"))
    started, release, built = threading.Event(), threading.Event(), []

    def slow(eng):
        built.append("graph")
        started.set()
        assert release.wait(10)
        return "graph"

    with ThreadPoolExecutor(4) as pool:
        graphs = [pool.submit(cache.value, "graph", slow) for _ in range(3)]
        assert started.wait(10)
        assert pool.submit(cache.value, "totals", lambda eng: "totals").result(timeout=5) == "totals"
        release.set()
        assert [g.result(timeout=10) for g in graphs] == ["graph"] * 3
    assert built == ["graph"]  # three requests at once, one build
