"""A real local Ray cluster (scripts/services.sh: a head and one worker on 127.0.0.1) runs pesquisa's code.

Skipped without ``PESQUISA_TEST_RAY_ADDRESS`` (``make test`` starts the cluster and sets it).
"""

from __future__ import annotations

import os

import pytest

RAY_ADDRESS = os.environ.get("PESQUISA_TEST_RAY_ADDRESS")
pytestmark = pytest.mark.skipif(not RAY_ADDRESS, reason="PESQUISA_TEST_RAY_ADDRESS not set (no Ray cluster to test against)")


def test_services_ray_task_runs_on_the_local_cluster():
    ray = pytest.importorskip("ray")
    ray.init(address=RAY_ADDRESS, logging_level="ERROR", log_to_driver=False)
    try:
        alive = [n for n in ray.nodes() if n["Alive"]]
        assert len(alive) == 2  # the head and its worker
        # defined here so Ray ships it by value (a test module is not importable on the worker)
        def _clean_on_worker(text: str) -> tuple[int, str, list[str]]:
            """Clean a document inside a Ray worker: its process id, the clean body and the names resolution compares."""
            from pesquisa.clean import clean_document
            from pesquisa.records import RawDocument
            from pesquisa.resolve import name_parts

            doc = clean_document(RawDocument("ray.txt", text))
            return os.getpid(), doc.body, name_parts("Roberto Velasco Álvarez")

        task = ray.remote(num_cpus=1)(_clean_on_worker)
        pid, body, parts = ray.get(task.remote("Marcelo Ebrard met Antony Blinken in Mexico City on Thursday.\n"), timeout=120)
        assert pid != os.getpid()
        assert body == "Marcelo Ebrard met Antony Blinken in Mexico City on Thursday."
        assert parts == ["roberto", "velasco", "alvarez"]
    finally:
        ray.shutdown()


def test_services_ray_ingest_stores_what_the_local_path_does(tmp_path):
    from test_pipeline_runners import ARTICLES

    from pesquisa.pipeline import RunnerConfig, ingest_documents
    from pesquisa.records import RawDocument
    from pesquisa.report.export import evaluation_export
    from pesquisa.store import open_store

    def export(path, runner: RunnerConfig) -> dict:
        engine = open_store(path)
        report = ingest_documents(engine, [RawDocument(source=s, raw=t) for s, t in ARTICLES], runner=runner)
        assert len(report.added) == len(ARTICLES) and not report.failed
        return evaluation_export(engine)

    on_ray = export(tmp_path / "ray.sqlite", RunnerConfig(engine="ray", workers=2, address=RAY_ADDRESS))
    assert on_ray == export(tmp_path / "local.sqlite", RunnerConfig())
