"""Fixtures of the API and web tests: the session knowledge base (news + dev) plus one hostile article.

Import the fixtures by name into a test module (``from _web_fixtures import web_client``).
A fixture imported into several modules is set up once per module, so the
expensive work is cached here once per session: the database is a copy of the
top conftest's ``kb`` with the hostile article ingested on top, built once.
Tests that write (merge, split, redirects) take ``scratch_db``: a fresh copy each.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

# An article that tries to run script in the reader's browser: in the title, in the body, as markup.
INJECTED_SOURCE = "zz_injected.txt"
INJECTED_TEXT = """Cartel chief's lawyer posts <script>window.__pwned=1</script> in court filing

MEXICO CITY, March 3, 2024 — A defence filing published on Monday contained the string \
<img src=x onerror="window.__pwned=2"> along with a statement from Marcelo Ebrard.

"We will not tolerate threats against our prosecutors," Ebrard said on Monday.

Authorities seized 12 kilograms of cocaine in the operation, officials said.
"""
TOKEN = "test-token-7f3a"

_CACHE: dict[str, object] = {}


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (WAL included) at ``target``."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def _build_web_db(kb, folder: Path) -> Path:
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents
    from pesquisa.store import open_store
    from pesquisa.store.search import refresh_search_index

    path = copy_sqlite(Path(kb.url.database), folder / "web.sqlite")
    article = folder / INJECTED_SOURCE
    article.write_text(INJECTED_TEXT, encoding="utf-8")
    engine = open_store(path)
    report = ingest_documents(engine, iter_documents([article]))
    assert report.added == [INJECTED_SOURCE], report
    refresh_search_index(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def web_db(kb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SQLite file: news + dev + the hostile article, search index built (read-only for tests)."""
    if "db" not in _CACHE:
        _CACHE["db"] = _build_web_db(kb, tmp_path_factory.mktemp("web"))
    return _CACHE["db"]


@pytest.fixture(scope="session")
def web_app(web_db: Path):
    """The FastAPI app over ``web_db`` with merge/split enabled by ``TOKEN``."""
    if "app" not in _CACHE:
        from pesquisa.web import create_app

        _CACHE["app"] = create_app(str(web_db), token=TOKEN)
    return _CACHE["app"]


@pytest.fixture(scope="session")
def web_client(web_app):
    """An in-process client of ``web_app`` (no server, no network)."""
    if "client" not in _CACHE:
        from fastapi.testclient import TestClient

        _CACHE["client"] = TestClient(web_app)
    return _CACHE["client"]


@pytest.fixture(scope="session")
def web_engine(web_app):
    """The engine the app reads, for looking up ids and bodies in assertions."""
    return web_app.state.engine


@pytest.fixture
def scratch_db(web_db: Path, tmp_path: Path) -> Path:
    """A private copy of ``web_db`` for a test that writes."""
    return copy_sqlite(web_db, tmp_path / "scratch.sqlite")


def entity_id(engine, name: str, type: str | None = None) -> str:
    """Id of the entity called ``name``."""
    from pesquisa.store.read import find_entity

    return find_entity(engine, name, type=type)["id"]


def document_id(engine, source: str) -> str:
    """Id of the document ingested from ``source``."""
    from sqlalchemy import select

    from pesquisa.store import schema as t

    with engine.connect() as conn:
        return conn.execute(select(t.documents.c.id).where(t.documents.c.source == source)).scalar_one()


def body_of(engine, doc_id: str) -> str:
    """Clean body of a document."""
    from sqlalchemy import select

    from pesquisa.store import schema as t

    with engine.connect() as conn:
        return conn.execute(select(t.documents.c.body).where(t.documents.c.id == doc_id)).scalar_one()


def count_quotes(engine, *, speaker_id: str | None = None, published_from: str | None = None,
                 direct: bool | None = None) -> int:
    """How many quotes the store holds (by speaker, publication date, direct flag): the extractor's count."""
    from sqlalchemy import func, select

    from pesquisa.store import schema as t

    stmt = select(func.count()).select_from(t.quotes.join(t.documents, t.documents.c.id == t.quotes.c.document_id))
    if speaker_id:
        stmt = stmt.where(t.quotes.c.speaker_id == speaker_id)
    if published_from:
        stmt = stmt.where(t.documents.c.published >= published_from)
    if direct is not None:
        stmt = stmt.where(t.quotes.c.direct == direct)
    with engine.connect() as conn:
        return conn.execute(stmt).scalar_one()
