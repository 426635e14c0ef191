"""Store helpers of the tests: the newest migration (for tests that check a store was brought to the head), and the
evaluation export of a few hand-written documents ingested into a fresh store."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from alembic.script import ScriptDirectory


def head_revision() -> str | None:
    """The revision a migrated store reaches: the newest migration of ``pesquisa.store``."""
    return ScriptDirectory(str(resources.files("pesquisa.store").joinpath("migrations"))).get_current_head()


def exported_documents(folder: Path, docs: Iterable) -> dict[str, dict]:
    """The evaluation export's documents, by source, of ``docs`` (``RawDocument``) ingested into a new store in
    ``folder`` (every document must be taken in)."""
    from pesquisa.pipeline import ingest_documents
    from pesquisa.report.export import evaluation_export
    from pesquisa.store import open_store

    engine = open_store(folder / "kb.sqlite")
    assert not ingest_documents(engine, iter(docs)).failed
    return {d["source"]: d for d in evaluation_export(engine)["documents"]}
