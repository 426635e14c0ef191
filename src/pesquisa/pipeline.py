"""The pipeline: ingest -> clean -> extract -> store, then resolve across the store.

This module is the only place the stages meet. Each stage hands the next a typed
record (``RawDocument`` -> ``CleanDocument`` -> ``Extraction``); the store only
persists them. Resolution reads what the store holds, resolves it (pure functions
of ``pesquisa.resolve``) and hands the result back to the store in one write.

Each document is written in its own transaction, so an interrupted run keeps the
documents it finished and the next run skips them (content hash) and goes on.
Bad files are reported, never fatal: the others are still ingested.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from pesquisa.clean import clean_document
from pesquisa.errors import InputError
from pesquisa.extract import extract_document
from pesquisa.ingest import IngestFailure
from pesquisa.records import RawDocument
from pesquisa.resolve import resolve_entities, resolve_events
from pesquisa.store import read
from pesquisa.store.db import checkpoint
from pesquisa.store.search import refresh_search_index
from pesquisa.store.write import add_event_judgement, add_judgement, write_extraction, write_resolution


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

    Steps: skip documents already stored (same content hash, unless ``force``); clean,
    extract and write each new one in its own transaction; resolve the whole store;
    rebuild the search index. ``on_document(source, status)`` is called after each
    document (status: added, skipped, failed).
    """
    report = IngestReport()
    done = read.stored_document_ids(engine)

    def tell(source: str, status: str) -> None:
        if on_document:
            on_document(source, status)

    for item in documents:
        if isinstance(item, IngestFailure):
            report.failed.append(item.error)
            tell(item.error.path, "failed")
            continue
        if item.id in done and not force:
            report.skipped.append(item.source)
            tell(item.source, "skipped")
            continue
        try:
            clean = clean_document(item)
        except InputError as err:
            report.failed.append(err)
            tell(item.source, "failed")
            continue
        write_extraction(engine, extract_document(clean))
        done.add(item.id)
        report.added.append(item.source)
        tell(item.source, "added")
    report.resolution = resolve_store(engine)
    refresh_search_index(engine)
    checkpoint(engine)
    return report


def resolve_store(engine: Engine) -> dict[str, int]:
    """Resolve every stored entity and event and write the ids back in one transaction. Returns counts.

    Steps: read the in-document entities and the analyst's judgements; resolve entities
    (pure); read the event reports with their participants mapped to the new ids; resolve
    events with the event judgements (pure); write entities, ids, events and redirects together.
    """
    resolved = resolve_entities(read.entity_refs(engine), read.judgements(engine))
    local_to_id = {(m.document_id, m.local_id): e.id for e in resolved for m in e.members}
    reports = read.event_reports(engine, local_to_id)
    events = resolve_events(reports, read.event_judgements(engine))
    return write_resolution(engine, resolved, reports, events, local_to_id)


def record_judgement(engine: Engine, kind: str, target: str, other: str | None, *, author: str = "analyst") -> str:
    """Store a merge or split decision (writes), re-resolve and re-index; returns the resulting entity id(s).

    Ids are followed through redirects first; raises ``NotFoundError`` for an unknown id.
    """
    target = read.require_entity(engine, target)
    if other is not None:
        other = read.require_entity(engine, other)
    add_judgement(engine, kind, target, other, author=author)
    resolve_store(engine)
    refresh_search_index(engine)
    checkpoint(engine)
    if kind == "merge":
        return min(target, other or target)
    return read.split_result(engine, target)


def record_event_judgement(engine: Engine, kind: str, target: str, other: str | None = None, *,
                           author: str = "analyst") -> list[str]:
    """Store a merge-event or split-event decision (writes), re-resolve; returns the ids of the resulting events.

    ``merge-event`` joins the reports of ``target`` and ``other``; ``split-event`` keeps the
    reports of different documents of ``target`` apart. Raises ``NotFoundError`` for an
    unknown event id.
    """
    reports = read.event_report_ids(engine, target)
    other_reports = read.event_report_ids(engine, other) if other else []
    add_event_judgement(engine, kind, target, other, reports, other_reports, author=author)
    resolve_store(engine)
    checkpoint(engine)
    return sorted({e for r in reports + other_reports if (e := read.event_of_report(engine, r))})
