"""Storing: one row per document, resumable ingest, stable ids across order and batches, judgements kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents, record_judgement
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store, schema


def _ids(engine) -> dict[str, set]:
    """Entity and event ids per document source, from the evaluation export."""
    out: dict[str, set] = {}
    for doc in evaluation_export(engine)["documents"]:
        out[doc["source"]] = {(e["id"], e["name"]) for e in doc["entities"]} | {ev["id"] for ev in doc["events"]}
    return out


def _count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_store_reingest_stores_each_document_once(kb, corpus_dir):
    before = {t.name: _count(kb, t) for t in (schema.documents, schema.mentions, schema.quotes)}
    report = ingest_documents(kb, iter_documents([corpus_dir]))
    assert report.added == [] and len(report.skipped) == 19
    assert {t.name: _count(kb, t) for t in (schema.documents, schema.mentions, schema.quotes)} == before


def test_store_every_fact_has_a_span_into_its_document(kb):
    with kb.connect() as conn:
        bodies = dict(conn.execute(select(schema.documents.c.id, schema.documents.c.body)).all())
        for row in conn.execute(select(schema.quotes)).mappings():
            assert bodies[row["document_id"]][row["start"]:row["end"]] == row["text"]
        for row in conn.execute(select(schema.mentions)).mappings():
            assert bodies[row["document_id"]][row["start"]:row["end"]] == row["text"]
        for row in conn.execute(select(schema.quantities)).mappings():
            assert bodies[row["document_id"]][row["start"]:row["end"]] == row["text"]


def test_store_raw_offsets_point_at_the_raw_original(kb):
    with kb.connect() as conn:
        raws = dict(conn.execute(select(schema.documents.c.id, schema.documents.c.raw)).all())
        rows = conn.execute(select(schema.mentions).where(schema.mentions.c.text == "Marcelo Ebrard")).mappings().all()
    assert rows
    for row in rows:
        assert raws[row["document_id"]][row["raw_start"]:row["raw_end"]] == "Marcelo Ebrard"


# A few documents where order could matter: two news articles reporting one meeting (an event
# merged across documents) and two dev articles naming "Luis Martinez" and "Luis Ángel Martínez
# Cabrera" (a shorter name joining a longer one).
FEW = ["news/001_3db8bcf01c10dc7d.txt", "news/004_7159a937a4917e94.txt", "dev/dev_011.txt", "dev/dev_012.txt"]


def _some(shared: Path, names: list[str]) -> list:
    """The raw documents of the shared corpus files ``names`` ("news/000_....txt"), in that order."""
    return [d for name in names for d in iter_documents([shared / "corpus" / name])]


def _same_ids_any_order(docs: list, reference: dict[str, set], tmp_path: Path) -> None:
    """Assert that ``docs`` give ``reference`` ids ingested in reverse order and in two interleaved batches."""
    reverse = open_store(tmp_path / "reverse.sqlite")
    ingest_documents(reverse, list(reversed(docs)))
    assert _ids(reverse) == reference
    batches = open_store(tmp_path / "batches.sqlite")
    ingest_documents(batches, docs[::2])
    ingest_documents(batches, docs[1::2])
    assert _ids(batches) == reference


def test_store_ids_identical_in_reverse_order_and_two_batches_few(shared, tmp_path):
    """Issue 5 on four documents (the fast sibling of the next test)."""
    docs = _some(shared, FEW)
    forward = open_store(tmp_path / "forward.sqlite")
    ingest_documents(forward, docs)
    reference = _ids(forward)
    events = [{i for i in ids if isinstance(i, str)} for source, ids in reference.items() if source.startswith(("001", "004"))]
    assert events[0] & events[1]  # the meeting both report is one event
    _same_ids_any_order(docs, reference, tmp_path)


@pytest.mark.slow
def test_store_ids_identical_in_reverse_order_and_two_batches(kb, corpus_dir, tmp_path):
    """Issue 5: same documents, any order or batching, same entity and event ids."""
    _same_ids_any_order(list(iter_documents([corpus_dir])), _ids(kb), tmp_path)


def _resume_after_interruption(docs: list, done: int, tmp_path: Path) -> None:
    """Interrupt an ingest of ``docs`` after ``done`` documents, run it again: it adds only the rest."""
    engine = open_store(tmp_path / "resume.sqlite")

    def interrupted():
        yield from docs[:done]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_documents(engine, interrupted())
    assert _count(engine, schema.documents) == done  # whole documents only
    report = ingest_documents(engine, docs)
    assert len(report.skipped) == done and len(report.added) == len(docs) - done


def test_store_resume_after_interruption_few(shared, tmp_path):
    _resume_after_interruption(_some(shared, FEW), 2, tmp_path)


@pytest.mark.slow
def test_store_resume_after_interruption(corpus_dir, tmp_path):
    _resume_after_interruption(list(iter_documents([corpus_dir])), 5, tmp_path)


def test_store_judgements_survive_reingest_few(shared, tmp_path):
    """Issue 5 on the three documents the judgements touch (the fast sibling of the next test)."""
    docs = _some(shared, ["dev/dev_011.txt", "dev/dev_012.txt", "dev/dev_014.txt"])
    _judgements_survive_reingest(docs, tmp_path)


@pytest.mark.slow
def test_store_judgements_survive_reingest(corpus_dir, tmp_path):
    """Issue 5: merge and split decisions hold after re-ingesting everything."""
    _judgements_survive_reingest(list(iter_documents([corpus_dir])), tmp_path)


def _judgements_survive_reingest(docs: list, tmp_path: Path) -> None:
    """Merge Carney and Sheinbaum, split Martínez Cabrera, re-ingest ``docs``: both judgements hold."""
    engine = open_store(tmp_path / "judged.sqlite")
    ingest_documents(engine, docs)

    def person(name):
        with engine.connect() as conn:
            return conn.execute(select(schema.entities.c.id).where(schema.entities.c.name == name)).scalar_one()

    carney, sheinbaum = person("Mark Carney"), person("Claudia Sheinbaum")
    merged = record_judgement(engine, "merge", carney, sheinbaum)
    martinez = person("Luis Ángel Martínez Cabrera")
    record_judgement(engine, "split", martinez, None)
    ingest_documents(engine, docs, force=True)
    export = {d["source"]: d for d in evaluation_export(engine)["documents"]}
    assert merged == min(carney, sheinbaum)
    assert {e["id"] for e in export["dev_014.txt"]["entities"]
            if set(e["mentions"]) & {"Mark Carney", "Claudia Sheinbaum"}} == {merged}
    ids_11 = {e["id"] for e in export["dev_011.txt"]["entities"] if e["type"] == "person" and "Mart" in e["name"]}
    ids_12 = {e["id"] for e in export["dev_012.txt"]["entities"] if e["type"] == "person" and "Mart" in e["name"]}
    assert ids_11 and ids_12 and ids_11.isdisjoint(ids_12)  # "Luis Martinez" split from "Luis Ángel Martínez Cabrera"


def test_store_open_rejects_a_file_that_is_not_a_database(tmp_path):
    from pesquisa.errors import StoreError

    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not a database " * 100)
    with pytest.raises(StoreError, match=r"notes\.sqlite"):
        open_store(bad)


def test_store_migrations_are_idempotent(tmp_path: Path):
    path = tmp_path / "m.sqlite"
    open_store(path)
    engine = open_store(path)
    from alembic.script import ScriptDirectory

    from pesquisa.store.db import _alembic_config

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select version_num from alembic_version").scalar() == head
        tables = {r[0] for r in conn.exec_driver_sql("select name from sqlite_master where type='table'")}
    assert {"documents", "entities", "mentions", "quotes", "quantities", "events", "judgements"} <= tables
