"""A small knowledge base of hand-written articles (English and Spanish) for positions, search and judgements.

Four short articles written for these tests (none from the shared corpus): Marcelo Ebrard on
firearms (English, "said on Wednesday") and on "armas" (Spanish, "el pasado lunes"), López
Obrador on sovereignty, Ken Salazar on the agreement. Ingested through the real pipeline once
per session (``comfort_db``); tests that write take ``comfort_scratch``, a fresh copy.
The top conftest registers them (``pytest_plugins``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _web_fixtures import copy_sqlite

ARTICLES = [
    {
        "url": "https://example.org/en/ebrard-firearms",
        "title": "Ebrard presses Washington on firearms",
        "published": "2023-03-10",
        "text": (
            "Ebrard presses Washington on firearms\n\n"
            "MEXICO CITY — Foreign Minister Marcelo Ebrard said on Wednesday that the flow of firearms from the United States into Mexico must stop.\n\n"
            "\"We are seizing rifles from Texas and Arizona every single week,\" Ebrard told reporters at the foreign ministry.\n\n"
            "Ebrard also said that fentanyl and weapons trafficking are two sides of the same problem.\n\n"
            "Ebrard met Secretary of State Antony Blinken in Washington on Monday.\n\n"
            "Ebrard said the weather in Washington had been pleasant during his last visit."
        ),
    },
    {
        "url": "https://example.org/es/ebrard-armas",
        "title": "Ebrard: el tráfico de armas es la prioridad",
        "published": "2023-05-02",
        "text": (
            "Ebrard: el tráfico de armas es la prioridad\n\n"
            "CIUDAD DE MÉXICO.- El canciller Marcelo Ebrard afirmó el pasado lunes que el tráfico de armas de fuego hacia México es la prioridad de la relación bilateral.\n\n"
            "\"Cada semana decomisamos fusiles que vienen de Texas\", dijo Ebrard en conferencia de prensa.\n\n"
            "La Secretaría de Relaciones Exteriores presentó una demanda contra fabricantes de armas."
        ),
    },
    {
        "url": "https://example.org/en/amlo-sovereignty",
        "title": "López Obrador rejects foreign agents",
        "published": "2023-06-15",
        "text": (
            "López Obrador rejects foreign agents\n\n"
            "MEXICO CITY — President Andrés Manuel López Obrador said on Thursday that Mexico will not accept foreign agents operating on its territory.\n\n"
            "\"Our sovereignty is not negotiable,\" López Obrador said at his morning press conference."
        ),
    },
    {
        "url": "https://example.org/en/ebrard-salazar",
        "title": "Ebrard meets Salazar",
        "published": "2023-08-09",
        "text": (
            "Ebrard meets Salazar\n\n"
            "MEXICO CITY — Foreign Minister Marcelo Ebrard met U.S. Ambassador Ken Salazar on Tuesday to discuss the security agreement.\n\n"
            "\"The agreement is working,\" Salazar said."
        ),
    },
]

_CACHE: dict[str, Path] = {}


@pytest.fixture(scope="session")
def comfort_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SQLite file: the four hand-written articles ingested (read-only for tests)."""
    if "db" not in _CACHE:
        from pesquisa.ingest import iter_documents
        from pesquisa.pipeline import ingest_documents
        from pesquisa.store import open_store

        folder = tmp_path_factory.mktemp("comfort")
        source = folder / "articles.jsonl"
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
        engine = open_store(folder / "comfort.sqlite")
        report = ingest_documents(engine, iter_documents([source]))
        assert len(report.added) == len(ARTICLES) and not report.failed, report
        engine.dispose()
        _CACHE["db"] = folder / "comfort.sqlite"
    return _CACHE["db"]


@pytest.fixture(scope="session")
def comfort_engine(comfort_db: Path):
    """An engine over ``comfort_db`` (read-only use)."""
    from pesquisa.store import open_store

    return open_store(comfort_db, create=False)


@pytest.fixture
def comfort_scratch(comfort_db: Path, tmp_path: Path) -> Path:
    """A private copy of ``comfort_db`` for a test that writes."""
    return copy_sqlite(comfort_db, tmp_path / "comfort-scratch.sqlite")

