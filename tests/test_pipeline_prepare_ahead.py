"""Issue 15: an ingest's writer cleans the batches behind the first one while its pool starts, and ``pesquisa ingest``
starts the workers' forkserver before it imports the pipeline; the same results either way."""

from __future__ import annotations

import os
import time
from multiprocessing import forkserver

from pesquisa.cli import _forkserver
from pesquisa.ingest import IngestFailure
from pesquisa.limits import DEFAULT_LIMITS
from pesquisa.pipeline import WORKER_PRELOAD, runners
from pesquisa.pipeline.process import clean_documents, process_documents
from pesquisa.pipeline.runners import POOL_MIN_DOCUMENTS, RunnerConfig, run_documents
from pesquisa.records import RawDocument


def mark_prepared(docs: list[RawDocument], _limits) -> list[tuple[str, int]]:
    """What this process prepared: each text with the process id (module level: workers import it)."""
    return [(doc.raw, os.getpid()) for doc in docs]


def slow_batch(docs: list[RawDocument], _limits, prepared=None) -> list[tuple[str, int | None, bool]]:
    """Each text, the process that prepared it (None: nobody), and whether it ran in a worker; 30 ms per document."""
    end = time.process_time() + 0.03 * len(docs)
    while time.process_time() < end:
        pass
    assert prepared is None or [text for text, _pid in prepared] == [doc.raw for doc in docs]
    return [(doc.raw, prepared[i][1] if prepared else None, True) for i, doc in enumerate(docs)]


def one(doc: RawDocument, _limits):  # pragma: no cover - the batch work runs instead
    raise AssertionError("the batch work runs")


def test_pipeline_prepare_ahead_runs_here_while_the_pool_starts_each_batch_once():
    n = POOL_MIN_DOCUMENTS + 30
    docs = [RawDocument(source=f"{i}.txt", raw=f"text {i}") for i in range(n)]
    results = list(run_documents(docs, one, RunnerConfig(workers=2), DEFAULT_LIMITS, batch_work=slow_batch,
                                 batch_prepare=mark_prepared))
    runners._stopping.join()
    assert [doc.source for doc, _ in results] == [f"{i}.txt" for i in range(n)]
    assert [text for _, (text, _pid, _w) in results] == [f"text {i}" for i in range(n)]
    prepared_here = [doc for doc, (_t, pid, _w) in results if pid == os.getpid()]
    assert prepared_here  # the writer prepared the batches behind the first one while the first worker started
    assert {pid for _, (_t, pid, _w) in results} <= {None, os.getpid()}
    assert results[0][1][1] is None  # the first batch goes out at once, unprepared


def test_pipeline_prepare_ahead_cleaned_elsewhere_gives_the_same_extraction():
    raws = [RawDocument("en.txt", "Agents seize rifles in Laredo\n\nFederal agents seized 25 rifles at a warehouse in "
                                  "Laredo, Texas, on Tuesday, said Maria Lopez, a spokeswoman for the agency.\n"),
            RawDocument("es.txt", "Decomisan armas en Tijuana\n\nLa Guardia Nacional decomisó 12 armas largas en "
                                  "Tijuana, informó el vocero Pedro Salas el miércoles.\n")]
    here = process_documents(raws, DEFAULT_LIMITS)
    cleaned = clean_documents(raws, DEFAULT_LIMITS)
    elsewhere = process_documents(raws, DEFAULT_LIMITS, cleaned)
    assert not any(isinstance(e, IngestFailure) for e in here) and elsewhere == here
    assert [c[0].body for c in cleaned] == [e.document.body for e in here]  # type: ignore[index, union-attr]


def test_pipeline_prepare_ahead_early_forkserver_names_what_the_pool_uses():
    assert _forkserver.PRELOAD == WORKER_PRELOAD
    assert _forkserver.POOL_MIN == POOL_MIN_DOCUMENTS


def test_pipeline_prepare_ahead_early_forkserver_only_where_a_pool_may_run():
    assert not _forkserver.start_early("local", 1, 500)
    assert not _forkserver.start_early("ray", 2, 500)
    assert not _forkserver.start_early("local", 2, POOL_MIN_DOCUMENTS - 1)
    assert not _forkserver.start_early("local", 2, None)


def test_pipeline_prepare_ahead_unused_early_forkserver_is_stopped(monkeypatch):
    monkeypatch.setattr(_forkserver, "PRELOAD", ("tabnanny",))
    monkeypatch.setattr(runners, "_stopping", None)
    assert _forkserver.start_early("local", 2, POOL_MIN_DOCUMENTS)
    pid = forkserver._forkserver._forkserver_pid
    assert pid is not None
    _forkserver.stop_unused()
    assert forkserver._forkserver._forkserver_pid is None
    try:
        os.kill(pid, 0)
        alive = True
    except ProcessLookupError:
        alive = False
    assert not alive
