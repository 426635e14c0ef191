"""Ingest files into the store: read -> clean -> extract -> write, then resolve.

Each document is written in its own transaction, so an interrupted run keeps the
documents it finished and the next run skips them (content hash) and goes on.
Bad files are reported, never fatal: the others are still ingested.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from pesquisa.clean import clean_document
from pesquisa.errors import InputError
from pesquisa.extract.pipeline import extract_document
from pesquisa.ingest import IngestFailure, iter_documents
from pesquisa.records import RawDocument
from pesquisa.store.db import checkpoint
from pesquisa.store.resolution import resolve_store
from pesquisa.store.search import refresh_search_index
from pesquisa.store.write import stored_document_ids, write_extraction


@dataclass(slots=True)
class IngestReport:
    """What one ingest did."""

    added: list[str] = field(default_factory=list)  # sources stored now
    skipped: list[str] = field(default_factory=list)  # already stored (same content)
    failed: list[InputError] = field(default_factory=list)
    resolution: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest_documents(engine: Engine, documents: Iterable[RawDocument | IngestFailure], *,
                     force: bool = False, on_document: Callable[[str, str], None] | None = None) -> IngestReport:
    """Store every document (writes), then resolve entities and events across the store.

    ``on_document(source, status)`` is called after each one (status: added, skipped, failed).
    """
    report = IngestReport()
    done = stored_document_ids(engine)
    for item in documents:
        if isinstance(item, IngestFailure):
            report.failed.append(item.error)
            if on_document:
                on_document(item.error.path, "failed")
            continue
        if item.id in done and not force:
            report.skipped.append(item.source)
            if on_document:
                on_document(item.source, "skipped")
            continue
        try:
            clean = clean_document(item)
        except InputError as err:
            report.failed.append(err)
            if on_document:
                on_document(item.source, "failed")
            continue
        write_extraction(engine, extract_document(clean))
        done.add(item.id)
        report.added.append(item.source)
        if on_document:
            on_document(item.source, "added")
    report.resolution = resolve_store(engine)
    refresh_search_index(engine)
    checkpoint(engine)
    return report


def ingest_paths(engine: Engine, paths: list[Path], **options) -> IngestReport:
    """Ingest files and folders (see ``ingest_documents``)."""
    return ingest_documents(engine, iter_documents(paths), **options)
