"""The same knowledge base on PostgreSQL: set PESQUISA_TEST_PG_URL to a scratch database to run it.

    PESQUISA_TEST_PG_URL=postgresql+psycopg://pesquisa:pesquisa@127.0.0.1/pesquisa make test
"""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("PESQUISA_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="PESQUISA_TEST_PG_URL not set (no PostgreSQL server to test against)")


def test_store_postgres_gives_the_same_export_as_sqlite(corpus_dir, export):
    from sqlalchemy import delete

    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents
    from pesquisa.report.export import evaluation_export
    from pesquisa.store import open_store, schema

    engine = open_store(PG_URL)
    with engine.begin() as conn:  # a scratch database: start empty
        for table in reversed(schema.metadata.sorted_tables):  # every table, those that refer to others first
            conn.execute(delete(table))
    ingest_documents(engine, iter_documents([corpus_dir]))
    pg = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    sqlite = {d["source"]: d for d in export["documents"]}
    assert pg.keys() == sqlite.keys()
    for source, doc in sqlite.items():
        assert {e["id"] for e in pg[source]["entities"]} == {e["id"] for e in doc["entities"]}, source
        assert [q["text"] for q in pg[source]["quotes"]] == [q["text"] for q in doc["quotes"]], source
    # a read that filters JSON lists in SQL (``LIKE`` on their text) gives the events of each person
    from pesquisa.store import read

    expected: dict[str, set[str]] = {}
    for doc in sqlite.values():
        for ev in doc["events"]:
            for person in {*ev["participant_ids"], ev["organizer_id"]} - {None}:
                expected.setdefault(person, set()).add(ev["id"])
    people = {p for p in expected if p.startswith("per-")}
    assert people
    for person in sorted(people):
        assert {e["id"] for e in read.entity_events(engine, person)} == expected[person], person


def test_store_postgres_entity_pages_read_as_on_sqlite(kb):
    """The entity page reads (page tables, window functions over a union, paged lists) give what SQLite gives."""
    from sqlalchemy import delete, insert, select
    from test_resolve_incremental import _copy

    from pesquisa.analyze.positions import page_positions
    from pesquisa.pipeline import resolve_store
    from pesquisa.store import open_store, read, schema

    engine = open_store(PG_URL)
    with engine.begin() as conn:
        for table in reversed(schema.metadata.sorted_tables):
            conn.execute(delete(table))
    with kb.connect() as conn:
        documents = sorted(conn.execute(select(schema.documents.c.id)).scalars())
        judgements = [dict(r) for r in conn.execute(select(schema.judgements)).mappings()]
    _copy(kb, engine, documents)
    with kb.connect() as conn:
        relations = [{**r, "subject_id": None, "object_id": None}
                     for r in conn.execute(select(schema.relations)).mappings()]
    with engine.begin() as conn:
        for table, rows in ((schema.relations, relations), (schema.judgements, judgements)):
            if rows:
                conn.execute(insert(table), rows)
    resolve_store(engine, full=True)
    ids = [e["id"] for e in read.entities(kb, limit=1000).items]
    assert ids == [e["id"] for e in read.entities(engine, limit=1000).items]
    for ident in ids:
        pg, sqlite = read.entity_facts(engine, ident, limit=20), read.entity_facts(kb, ident, limit=20)
        for facts in (pg, sqlite):  # the role rows come in storage order (the timeline sorts them)
            facts.roles.sort(key=lambda r: r["id"])
        assert pg == sqlite, ident
        assert read.entity_profile(engine, ident, limit=5) == read.entity_profile(kb, ident, limit=5), ident
        assert page_positions(engine, ident, shown=5) == page_positions(kb, ident, shown=5), ident
