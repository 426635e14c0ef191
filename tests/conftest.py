"""Shared fixtures: the shared corpus beside the repo, spaCy pipelines, one knowledge base per session.

Expensive fixtures are session-scoped and named for what they give.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

# The read-only shared folder beside the checkout (corpus, gold, data): the one place tests compute
# it. Fixtures take ``shared``; a module that needs it at import time (parametrize, skipif)
# does ``from conftest import SHARED``.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# the API and web fixtures (the session knowledge base plus a hostile article); the official record's; the
# tracker's; briefings'; hand-written EN/ES articles for positions, search and judgements (_comfort_fixtures);
# chromium for the browser tests (_browser_fixtures)
pytest_plugins = ["_web_fixtures", "_official_fixtures", "_tracker_fixtures", "_brief_fixtures", "_comfort_fixtures",
                  "_browser_fixtures"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the tests marked slow (each has a fast sibling that always runs)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked ``slow`` unless ``--slow`` is given."""
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (a fast sibling covers the same behaviour)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only shared folder (corpus, gold, data); tests that need it skip without it."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED}: shared corpus not found beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """news + dev articles together in one temporary folder (as the before-stop hook does)."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("news", "dev"):
        for path in sorted((shared / "corpus" / name).glob("*.txt")):
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def kb(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """A knowledge base with news + dev ingested through the real pipeline (engine)."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents
    from pesquisa.store import open_store

    engine = open_store(tmp_path_factory.mktemp("kb") / "kb.sqlite")
    report = ingest_documents(engine, iter_documents([corpus_dir]))
    assert not report.failed
    return engine


@pytest.fixture(scope="session")
def export(kb) -> dict:
    """The evaluation export of the session knowledge base."""
    from pesquisa.report.export import evaluation_export

    return evaluation_export(kb)


@pytest.fixture(scope="session")
def export_by_source(export: dict) -> dict[str, dict]:
    return {d["source"]: d for d in export["documents"]}


@pytest.fixture(scope="session")
def gold(shared: Path) -> dict[str, dict]:
    """Gold annotations of news and dev, by gold name."""
    return {name: json.loads((shared / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("news", "dev")}


@pytest.fixture(scope="session")
def nlp_en():
    from pesquisa.extract.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def nlp_es():
    from pesquisa.extract.nlp import load_pipeline

    return load_pipeline("es")


def read_doc(shared: Path, name: str):
    """A clean document of the shared corpus ('news/000_....txt' or 'dev/dev_004.txt')."""
    from pesquisa.clean import clean_document
    from pesquisa.records import RawDocument

    path = shared / "corpus" / name
    return clean_document(RawDocument(source=path.name, raw=path.read_text(encoding="utf-8"), path=str(path)))


@pytest.fixture(scope="session")
def clean_doc(shared: Path):
    """Factory: the clean document of a shared corpus file ('news/000_...txt')."""
    return lambda name: read_doc(shared, name)


@pytest.fixture(scope="session")
def extract(clean_doc):
    """Factory: the extraction of a shared corpus file, cached per file."""
    from pesquisa.extract.pipeline import extract_document

    cache: dict[str, object] = {}

    def run(name: str):
        if name not in cache:
            cache[name] = extract_document(clean_doc(name))
        return cache[name]

    return run
