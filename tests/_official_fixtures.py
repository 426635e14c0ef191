"""Fixtures of the official-record tests: the real SDN list read once, and one store with the CBP series.

The store holds both nationwide CBP CSVs of ``shared/data`` (data, not gold: tests may read
them) and the hand-written claims of ``tests/data/official_claims.jsonl``; it is built once
per session. Tests that write take a copy (``official_scratch``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")


@pytest.fixture(scope="session")
def sdn_path(shared: Path) -> Path:
    """The real OFAC SDN list (2024-05) of the shared data."""
    path = shared / "data" / "sanctions" / "ofac" / "sdn.csv"
    if not path.is_file():
        pytest.skip(f"{path}: not found")
    return path


@pytest.fixture(scope="session")
def sdn_index(sdn_path: Path):
    """The real SDN list read by the reader and indexed for matching (no store)."""
    from pesquisa.ingest import SanctionEntry, read_ofac
    from pesquisa.resolve.sanctions import SanctionIndex

    entries = [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry)]
    return SanctionIndex(entries)


@pytest.fixture(scope="session")
def official_store(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store with both nationwide CBP files imported and the hand-written claims ingested."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents
    from pesquisa.store import open_store

    db = tmp_path_factory.mktemp("official") / "official.sqlite"
    engine = open_store(db)
    report = import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES])
    assert report.ok, report.failed
    ingested = ingest_documents(engine, iter_documents([DATA / "official_claims.jsonl"]))
    assert not ingested.failed
    engine.dispose()
    return db


@pytest.fixture(scope="session")
def people_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store with the hand-written arrest story ingested and the hand-written SDN sample imported."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents
    from pesquisa.store import open_store

    db = tmp_path_factory.mktemp("people") / "people.sqlite"
    engine = open_store(db)
    assert not ingest_documents(engine, iter_documents([DATA / "official_people.jsonl"])).failed
    import_official(engine, "ofac", [str(DATA / "sdn_sample.csv")])
    engine.dispose()
    return db


@pytest.fixture
def people_scratch(people_store: Path, tmp_path: Path) -> Path:
    """A fresh copy of ``people_store`` for a test that writes."""
    from _web_fixtures import copy_sqlite

    return copy_sqlite(people_store, tmp_path / "people.sqlite")
