"""Fixtures of the briefing tests (issue 13): knowledge bases of hand-written arms-trafficking articles.

``tests/data/arms_articles.jsonl`` holds four articles written for these tests (not copied
from ``../shared``): a meeting and a seizure in English, a seizure in Spanish with routes and
tactics, an extradition and an agreement, and the same Sonora seizure told again in Spanish.
Both stores are built once per session and only read by the tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ARMS_ARTICLES = Path(__file__).resolve().parent / "data" / "arms_articles.jsonl"
SOURCE = "arms_articles.jsonl#{n}"  # how the JSONL reader names the n-th article

_CACHE: dict[str, Path] = {}


def _ingest_arms(db: Path) -> Path:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents
    from pesquisa.store import open_store

    engine = open_store(db)
    report = ingest_documents(engine, iter_documents([ARMS_ARTICLES]))
    assert not report.failed and len(report.added) == 4, report
    engine.dispose()
    return db


@pytest.fixture(scope="session")
def brief_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SQLite file with only the four hand-written arms articles ingested (read-only for tests)."""
    if "arms" not in _CACHE:
        _CACHE["arms"] = _ingest_arms(tmp_path_factory.mktemp("brief") / "arms.sqlite")
    return _CACHE["arms"]


@pytest.fixture(scope="session")
def brief_engine(brief_db: Path):
    """An engine over ``brief_db``."""
    from pesquisa.store import open_store

    return open_store(brief_db, create=False)


@pytest.fixture(scope="session")
def corpus_brief_db(kb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session knowledge base (shared news + dev) plus the four arms articles (read-only for tests)."""
    if "corpus" not in _CACHE:
        from _web_fixtures import copy_sqlite

        db = copy_sqlite(Path(kb.url.database), tmp_path_factory.mktemp("brief-corpus") / "corpus.sqlite")
        _CACHE["corpus"] = _ingest_arms(db)
    return _CACHE["corpus"]


@pytest.fixture(scope="session")
def brief_app(brief_db: Path):
    """The workbench (API and pages) over ``brief_db``."""
    from pesquisa.web import create_app

    return create_app(str(brief_db))


@pytest.fixture(scope="session")
def brief_client(brief_app):
    """An in-process client of ``brief_app`` (no server, no network)."""
    from fastapi.testclient import TestClient

    return TestClient(brief_app)
