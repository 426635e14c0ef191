"""Where the per-document work runs: here, worker processes, or Ray; always in input order, same store."""

from __future__ import annotations

import os
import resource
import sys
import time

import pytest

from pesquisa.errors import ConfigError
from pesquisa.limits import DEFAULT_LIMITS
from pesquisa.pipeline import RunnerConfig, ingest_documents, runners
from pesquisa.pipeline.runners import POOL_MIN_DOCUMENTS, run_documents
from pesquisa.records import RawDocument
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store

ARTICLES = [
    ("a.txt", "Ebrard meets Blinken\n\nMarcelo Ebrard met Antony Blinken in Washington on Thursday, the ministry said."),
    ("b.txt", "Navy seizure in Manzanillo\n\nLa Secretaría de Marina aseguró 300 kilos de cocaína en Manzanillo, "
              "informó el vocero Juan Pérez."),
    ("c.txt", "Treasury sanctions\n\nThe U.S. Treasury sanctioned Julio César Montero Pinzón on Wednesday."),
    ("d.txt", "Arrest in Culiacán\n\nEl pasado martes fue detenido Joaquín Pérez en Culiacán, Sinaloa."),
    ("e.txt", "Guns seized\n\nAgents seized 40 rifles and 3,000 rounds of ammunition bound for Sonora."),
]


def pid_and_text(doc: RawDocument, _limits) -> tuple[int, str]:
    """The worker's process id and the document's text (module level: spawned workers import it)."""
    return os.getpid(), doc.raw


def batch_sizes(docs: list[RawDocument], _limits) -> list[tuple[int, str]]:
    """Each document's text with the size of the task it came in (module level: spawned workers import it)."""
    return [(len(docs), doc.raw) for doc in docs]


def preloaded_after_work(doc: RawDocument, _limits) -> bool:
    """Whether the worker had the preloaded module, after 20 ms of CPU (module level: workers import it)."""
    end = time.process_time() + 0.02
    while time.process_time() < end:
        pass
    return "tabnanny" in sys.modules


def _docs(n: int) -> list[RawDocument]:
    return [RawDocument(source=f"{i}.txt", raw=f"text {i}") for i in range(n)]


def test_pipeline_runners_pool_keeps_input_order_in_other_processes():
    n = POOL_MIN_DOCUMENTS + 6
    results = list(run_documents(_docs(n), pid_and_text, RunnerConfig(workers=2), DEFAULT_LIMITS))
    assert [doc.source for doc, _ in results] == [f"{i}.txt" for i in range(n)]
    assert [text for _, (_pid, text) in results] == [f"text {i}" for i in range(n)]
    assert os.getpid() not in {pid for _, (pid, _text) in results}


def test_pipeline_runners_last_documents_are_shared_out_in_smaller_tasks():
    # 70 documents, 2 workers: seven tasks of 8, then the last 14 in four tasks (4, 4, 4, 2), so that no worker
    # parses a last full batch alone while the other has nothing left; every document once, in input order
    n = POOL_MIN_DOCUMENTS + 6
    results = list(run_documents(_docs(n), pid_and_text, RunnerConfig(workers=2), DEFAULT_LIMITS, batch_work=batch_sizes))
    assert [text for _, (_size, text) in results] == [f"text {i}" for i in range(n)]
    assert [size for _, (size, _text) in results] == [8] * 56 + [4] * 12 + [2] * 2


def test_pipeline_runners_small_batch_runs_here():
    results = list(run_documents(_docs(POOL_MIN_DOCUMENTS - 1), pid_and_text, RunnerConfig(workers=2), DEFAULT_LIMITS))
    assert {pid for _, (pid, _text) in results} == {os.getpid()}


@pytest.mark.parametrize(("config", "message"), [
    (dict(engine="spark"), "unknown engine"),
    (dict(workers=0), "at least one worker"),
    (dict(address="10.0.0.1:6379"), "only the ray engine"),
])
def test_pipeline_runners_bad_configuration_is_one_clear_error(config, message):
    with pytest.raises(ConfigError, match=message):
        RunnerConfig(**config)


def _export(path, runner: RunnerConfig) -> dict:
    engine = open_store(path)
    report = ingest_documents(engine, [RawDocument(source=s, raw=t) for s, t in ARTICLES], runner=runner)
    assert len(report.added) == len(ARTICLES) and not report.failed
    return evaluation_export(engine)


def test_pipeline_runners_two_workers_store_what_one_does(tmp_path):
    pool = RunnerConfig(workers=2, pool_min=1)  # a pool even for five documents
    assert _export(tmp_path / "one.sqlite", RunnerConfig()) == _export(tmp_path / "two.sqlite", pool)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_pipeline_runners_workers_start_with_the_preload_and_their_cpu_counts_here():
    # issue 15: the workers are forked by a forkserver that imported the preloaded modules once; once the pool is
    # done, the forkserver is stopped and waited for, so the workers' CPU counts in this process's children
    # (``time``, ``getrusage``) and no process is left behind
    before = _children_cpu()
    n = POOL_MIN_DOCUMENTS + 6
    results = list(run_documents(_docs(n), preloaded_after_work, RunnerConfig(workers=2), DEFAULT_LIMITS,
                                 preload=("tabnanny",)))
    assert [doc.source for doc, _ in results] == [f"{i}.txt" for i in range(n)]
    assert all(loaded for _, loaded in results)
    runners._stopping.join()
    assert _children_cpu() - before >= 0.8 * 0.02 * n
