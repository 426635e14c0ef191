"""Issue 16: one document's failure, wherever it happens, is one line and one row; the batch goes on."""

from __future__ import annotations

import json
import pickle
import time
from pathlib import Path

import pytest
from _store_helpers import head_revision
from sqlalchemy import literal_column, select
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from pesquisa import clean, extract, pipeline
from pesquisa.cli import get_app
from pesquisa.ingest import IngestFailure, iter_documents
from pesquisa.limits import Limits
from pesquisa.pipeline import ingest_documents, process_document
from pesquisa.records import Extraction, RawDocument
from pesquisa.store import open_store, read
from pesquisa.store import schema as t
from pesquisa.store.write import FACT_TABLES, write_extraction, write_extractions

GOOD_A = "Federal agents seized 40 kilograms of fentanyl in Nogales, Arizona, on Monday, officials said."
GOOD_D = "La Secretaría de Marina aseguró 300 kilos de cocaína en Manzanillo, informó el vocero Carlos Ramírez."
runner = CliRunner()


def run(*args):
    return runner.invoke(get_app(), [str(a) for a in args])


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """The issue's batch: a_good.txt, b_bad.jsonl (nested 100,000 deep), d_good.txt."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b_bad.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (folder / "d_good.txt").write_text(GOOD_D, encoding="utf-8")
    return folder


def test_pipeline_one_bad_file_does_not_abort_the_batch(batch, tmp_path):
    """Issue 16: d_good.txt was never stored after b_bad.jsonl's traceback."""
    db = tmp_path / "kb.sqlite"
    result = run("ingest", batch, "--db", db, "--silent")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {batch / 'b_bad.jsonl'} line 1: JSON nested too deeply to read"
    assert "2 added, 0 already stored, 1 failed" in result.stdout
    summary = json.loads(run("summary", "--db", db, "--json").stdout)
    assert summary["counts"]["documents"] == 2
    assert summary["failures"]["total"] == 1 and summary["failures"]["by_stage"] == {"read": 1}
    [recent] = summary["failures"]["recent"]
    assert (recent["path"], recent["location"], recent["stage"], recent["problem"]) == (
        str(batch / "b_bad.jsonl"), "line 1", "read", "JSON nested too deeply to read")


def test_pipeline_summary_table_lists_failures(batch, tmp_path):
    db = tmp_path / "kb.sqlite"
    run("ingest", batch, "--db", db, "--silent")
    result = run("summary", "--db", db)
    assert "Inputs that could not be taken in: 1 (read: 1); most recent" in result.stdout
    assert "JSON nested" in " ".join(result.stdout.split())  # the table wraps to the terminal


def _boom(_document):
    raise AttributeError("'NoneType' object has no attribute 'startswith'")


def test_pipeline_bug_in_extraction_is_a_failure_with_a_traceback(monkeypatch, tmp_path):
    monkeypatch.setattr(extract, "extract_document", _boom)
    failure = process_document(RawDocument(source="a.jsonl#3", raw=GOOD_A, path="/data/a.jsonl"))
    assert isinstance(failure, IngestFailure)
    assert (failure.path, failure.location, failure.stage) == ("/data/a.jsonl", "#3", "extract")
    assert str(failure) == "/data/a.jsonl#3: internal error in extract: AttributeError: 'NoneType' object has no attribute 'startswith'"
    assert "Traceback (most recent call last)" in failure.detail and "_boom" in failure.detail


def test_pipeline_debug_prints_the_traceback_others_do_not(monkeypatch, batch, tmp_path):
    monkeypatch.setattr(extract, "extract_document", _boom)
    (batch / "b_bad.jsonl").unlink()
    plain = run("ingest", batch, "--db", tmp_path / "a.sqlite", "--silent")
    assert plain.exit_code == 1 and "Traceback" not in plain.stderr
    assert plain.stderr.splitlines() == [
        f"Error: {batch / 'a_good.txt'}: internal error in extract: AttributeError: 'NoneType' object has no attribute 'startswith'",
        f"Error: {batch / 'd_good.txt'}: internal error in extract: AttributeError: 'NoneType' object has no attribute 'startswith'"]
    debug = run("ingest", batch, "--db", tmp_path / "b.sqlite", "--silent", "--debug")
    assert debug.stderr.count("Traceback (most recent call last)") == 2


def test_pipeline_time_budget_spent_is_a_timeout_failure(monkeypatch):
    def slow_clean(raw):
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(clean, "clean_document", slow_clean)
    started = time.monotonic()
    failure = process_document(RawDocument(source="slow.txt", raw=GOOD_A, path="/data/slow.txt"),
                               Limits(document_timeout=0.2))
    assert time.monotonic() - started < 3
    assert (failure.stage, str(failure)) == ("timeout", "/data/slow.txt: clean took longer than 0.2 s (PESQUISA_DOCUMENT_TIMEOUT)")


def test_pipeline_clean_body_over_the_limit_refused():
    failure = process_document(RawDocument(source="a.txt", raw=GOOD_A, path="/d/a.txt"), Limits(max_document_chars=20))
    assert failure.problem == f"clean text of {len(GOOD_A)} characters exceeds the limit of 20 (PESQUISA_MAX_DOCUMENT_CHARS)"


def test_pipeline_process_document_pickles_in_and_out():
    """What a worker process of a pool would send back: an Extraction or a failure."""
    raw = RawDocument(source="a.txt", raw=GOOD_A, path="/d/a.txt")
    result = pickle.loads(pickle.dumps(process_document(pickle.loads(pickle.dumps(raw)))))
    assert isinstance(result, Extraction) and result.document.id == raw.id
    failure = IngestFailure("/d/x.jsonl", "not valid JSON", location="line 2", detail="Traceback...")
    assert pickle.loads(pickle.dumps(failure)) == failure and str(failure) == "/d/x.jsonl line 2: not valid JSON"


def test_pipeline_store_error_fails_one_document(monkeypatch, tmp_path):
    engine = open_store(tmp_path / "kb.sqlite")
    real = pipeline.write_extractions

    def flaky(engine_, extractions):
        if any(x.document.source == "a.txt" for x in extractions):
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        return real(engine_, extractions)

    monkeypatch.setattr(pipeline, "write_extractions", flaky)
    docs = [RawDocument(source="a.txt", raw=GOOD_A, path="/d/a.txt"), RawDocument(source="d.txt", raw=GOOD_D, path="/d/d.txt")]
    report = ingest_documents(engine, docs)
    assert report.added == ["d.txt"]
    [failure] = report.failed
    assert failure.stage == "store" and failure.problem == "cannot be stored (OperationalError: database or disk is full)"
    assert [(f["path"], f["stage"]) for f in read.failures(engine)] == [("/d/a.txt", "store")]


def test_pipeline_failure_kept_across_runs_then_cleared_when_stored(tmp_path, monkeypatch):
    engine = open_store(tmp_path / "kb.sqlite")
    doc = RawDocument(source="a.txt", raw=GOOD_A, path="/d/a.txt")
    monkeypatch.setattr(extract, "extract_document", _boom)
    ingest_documents(engine, [doc])
    ingest_documents(engine, [doc])
    [row] = read.failures(engine)
    assert row["stage"] == "extract" and row["first_seen"] <= row["last_seen"]
    monkeypatch.undo()
    report = ingest_documents(engine, [doc])
    assert report.added == ["a.txt"] and read.failures(engine) == []


def test_pipeline_failures_migration_creates_the_table(tmp_path):
    engine = open_store(tmp_path / "kb.sqlite")
    with engine.connect() as conn:
        assert conn.execute(select(t.failures)).all() == []
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()  # the head: failures came with 0005


def test_pipeline_hidden_files_reported_and_nothing_found_is_an_error(tmp_path):
    folder = tmp_path / "only_hidden"
    folder.mkdir()
    (folder / ".draft.txt").write_text(GOOD_A, encoding="utf-8")
    result = run("ingest", folder, "--db", tmp_path / "kb.sqlite", "--silent")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Skipped: {folder / '.draft.txt'}: hidden (name starts with '.')",
        f"Error: {folder}: no documents found (1 files or folders left out)"]


def test_pipeline_unsupported_files_named_not_silent(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / "SOURCES.tsv").write_text("a\tb\n", encoding="utf-8")
    result = run("ingest", folder, "--db", tmp_path / "kb.sqlite", "--silent")
    assert result.exit_code == 1  # issue 16: a folder of unsupported files was "exit 0, nothing said"
    # the SOURCES.tsv is no document but is not left out either: it gives the articles beside it their address
    assert result.stderr.splitlines() == [f"Skipped: {folder / 'photo.png'}: unsupported file type .png",
                                          f"Error: {folder}: no documents found (1 files or folders left out)"]
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    beside = run("ingest", folder, "--db", tmp_path / "kb.sqlite", "--silent")
    assert beside.exit_code == 0  # named, but not a failure
    assert "Skipped: " in beside.stderr and "SOURCES.tsv" not in beside.stderr and "Error" not in beside.stderr


def test_pipeline_web_failures_page_lists_them(batch, tmp_path):
    from fastapi.testclient import TestClient

    from pesquisa.web import create_app

    db = tmp_path / "kb.sqlite"
    run("ingest", batch, "--db", db, "--silent")
    client = TestClient(create_app(str(db)))
    page = client.get("/failures")
    assert page.status_code == 200
    assert "JSON nested too deeply to read" in page.text and "b_bad.jsonl" in page.text
    assert '<a href="/failures">Failures</a>' in client.get("/").text


def test_pipeline_iter_documents_feed_order_unchanged(batch):
    assert [getattr(i, "source", None) or i.location for i in iter_documents([batch])] == ["a_good.txt", "line 1",
                                                                                          "d_good.txt"]


def _facts(result) -> tuple:
    if isinstance(result, IngestFailure):
        return ("failure", result.stage, result.problem)
    return (result.document.id, [(m.text, m.span.start) for e in result.entities for m in e.mentions],
            [q.text for q in result.quotes], [n.text for n in result.quantities], [e.type for e in result.events])


BATCH = [RawDocument(source="a.txt", raw=GOOD_A, path="/d/a.txt"),
         RawDocument(source="big.txt", raw=GOOD_A * 3, path="/d/big.txt"),  # refused: over max_document_chars
         RawDocument(source="d.txt", raw=GOOD_D, path="/d/d.txt"),
         RawDocument(source="e.txt", raw="Agents seized 40 rifles bound for Sonora, officials said.", path="/d/e.txt")]


def test_pipeline_batch_gives_what_each_document_gives_alone():
    limits = Limits(max_document_chars=len(GOOD_A) * 2)
    alone = [_facts(process_document(raw, limits)) for raw in BATCH]
    assert [_facts(r) for r in pipeline.process_documents(BATCH, limits)] == alone
    assert alone[1][0] == "failure" and alone[0][1] and alone[2][1]


def test_pipeline_batch_parse_failing_parses_each_document_alone(monkeypatch):
    def broken(texts, lang):
        raise MemoryError("batch too large") if lang == "en" else RuntimeError("no")

    monkeypatch.setattr(extract, "parse_batch", broken)
    alone = [_facts(process_document(raw)) for raw in BATCH]
    assert [_facts(r) for r in pipeline.process_documents(BATCH)] == alone
    assert not any(f[0] == "failure" for f in alone)


def test_pipeline_a_processs_first_document_is_timed_after_the_warm_up(monkeypatch):
    """The word lists and patterns a process builds on its first document are built by a warm-up under a budget of its
    own: on a loaded machine the first document had run out of its budget on them."""
    from contextlib import contextmanager

    from pesquisa.pipeline import process as proc

    events: list[str] = []
    real_budget, real_extract = proc.time_budget, extract.extract_document

    @contextmanager
    def budget(seconds):
        events.append("budget")
        with real_budget(seconds):
            yield

    def extract_document(clean_doc, **kwargs):
        events.append(clean_doc.source)
        return real_extract(clean_doc, **kwargs)

    monkeypatch.setattr(proc, "_warm", set())
    monkeypatch.setattr(proc, "time_budget", budget)
    monkeypatch.setattr(extract, "extract_document", extract_document)
    result = process_document(RawDocument(source="a.txt", raw=GOOD_A, path="/d/a.txt"))
    assert isinstance(result, Extraction)
    # the cleaner's warm-up, the document's cleaning, the extractors' warm-up, the document's extraction
    assert events == ["budget", "budget", "budget", "warm-up.txt", "budget", "a.txt"]
    process_document(RawDocument(source="b.txt", raw=GOOD_A, path="/d/b.txt"))
    assert events[6:] == ["budget", "budget", "b.txt"]  # once per process



def _rows(engine) -> dict[str, list[tuple]]:
    """Every row of the documents and fact tables, in the order they were written (``ingested_at`` left out)."""
    with engine.connect() as conn:
        return {table.name: [tuple(row) for row in conn.execute(
                    select(*(c for c in table.c if c.name != "ingested_at")).order_by(literal_column("rowid")))]
                for table in (t.documents, *FACT_TABLES)}


def test_pipeline_documents_written_together_give_the_rows_of_one_write_each(tmp_path):
    """Issue 15: a batch of extractions is one transaction of one statement per table, with the same rows in the same
    order as a transaction per document; a document written again (``--force``) is replaced, not doubled."""
    texts = [GOOD_A, GOOD_D, GOOD_A + ' The port director, Ana Ruiz, said: "We will keep working with Mexico."',
             GOOD_D + ' "Seguiremos trabajando", dijo el fiscal Pedro Luna el martes.']
    extractions = [process_document(RawDocument(source=f"{i}.txt", raw=text, path=f"/d/{i}.txt"))
                   for i, text in enumerate(texts)]
    one, together = open_store(tmp_path / "one.sqlite"), open_store(tmp_path / "together.sqlite")
    for extraction in extractions:
        write_extraction(one, extraction)
    write_extractions(together, extractions[:2])
    write_extractions(together, extractions)  # the first two again, with two new ones
    rows = _rows(one)
    assert _rows(together) == rows
    assert len(rows["documents"]) == 4 and rows["quotes"] and rows["mentions"] and rows["quantities"]

def test_pipeline_a_write_failing_in_a_batch_fails_only_its_document(monkeypatch, tmp_path):
    engine = open_store(tmp_path / "kb.sqlite")
    real = pipeline.write_extractions

    def failing_with_b(engine_, extractions):
        if any(x.document.source == "b.txt" for x in extractions):
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real(engine_, extractions)

    monkeypatch.setattr(pipeline, "write_extractions", failing_with_b)
    docs = [RawDocument(source=f"{name}.txt", raw=text, path=f"/d/{name}.txt")
            for name, text in (("a", GOOD_A), ("b", GOOD_D), ("c", GOOD_A + " Officials said more."))]
    report = ingest_documents(engine, docs)
    assert report.added == ["a.txt", "c.txt"] and [f.path for f in report.failed] == ["/d/b.txt"]
    assert read.stored_document_ids(engine) == {docs[0].id, docs[2].id}
