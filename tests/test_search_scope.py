"""Issue 15: after an increment the search index rewrites only the rows its resolution rewrote (``store.search_scope``),
and ends equal to a rebuild; where counts disagree it compares the whole index as before."""

from __future__ import annotations

from sqlalchemy import select, update
from test_resolve_incremental import _copy

from pesquisa.pipeline import resolve_store
from pesquisa.store import open_store
from pesquisa.store import schema as t
from pesquisa.store.search import refresh_search_index, update_search_index
from pesquisa.store.search_scope import SearchScope

NAMES = ("search_documents", "search_quotes", "search_entities")


def _index_rows(engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {n: sorted(tuple(r) for r in conn.exec_driver_sql(f"SELECT rowid, * FROM {n}")) for n in NAMES}


def _documents(kb) -> list[str]:
    with kb.connect() as conn:
        return sorted(conn.execute(select(t.documents.c.id)).scalars())


def test_search_scope_of_each_batch_gives_the_rebuilt_index(kb, tmp_path):
    """Batches resolved incrementally, the index written for each batch's scope alone: rowid for rowid a rebuild's."""
    documents = _documents(kb)
    engine = open_store(tmp_path / "scoped.sqlite")
    third = len(documents) // 3
    for batch in (documents[:third], documents[third:2 * third], documents[2 * third:]):
        _copy(kb, engine, batch)
        scope = SearchScope()
        full = resolve_store(engine, scope=scope)["full"]
        assert full or set(batch) <= scope.documents
        update_search_index(engine, scope=None if full else scope)
    scoped = _index_rows(engine)
    refresh_search_index(engine)
    assert scoped == _index_rows(engine)
    assert all(scoped[n] for n in NAMES)


def test_search_scope_rewrites_its_rows_and_falls_back_when_counts_differ(kb, tmp_path):
    """A row outside the scope is not compared (a scoped update costs the scope, not the store); one inside is
    written again; a missing row (counts disagree) sends the update to compare everything."""
    documents = _documents(kb)[:6]
    engine = open_store(tmp_path / "narrow.sqlite")
    _copy(kb, engine, documents)
    resolve_store(engine)
    refresh_search_index(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE search_documents SET body = 'stale words' WHERE doc_id IN (?, ?)",
                             (documents[0], documents[1]))
    update_search_index(engine, scope=SearchScope(documents={documents[1]}))
    bodies = dict(_pairs(engine, "SELECT doc_id, body FROM search_documents"))
    assert bodies[documents[0]] == "stale words"  # outside the scope: left as it was
    assert bodies[documents[1]] != "stale words"
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM search_documents WHERE doc_id = ?", (documents[2],))
        conn.execute(update(t.documents).where(t.documents.c.id == documents[3]).values(title="Retitled"))
    update_search_index(engine, scope=SearchScope())
    updated = _index_rows(engine)
    refresh_search_index(engine)
    assert updated == _index_rows(engine)


def _pairs(engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]
