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
