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
from pesquisa.resolve import EntityIndex, EventIndex, FullResolutionNeeded, event_component, resolve_events, update_entities
from pesquisa.store import read
from pesquisa.store.db import checkpoint
from pesquisa.store.judgements import add_judgement, current_id, split_result
from pesquisa.store.search import refresh_search_index
from pesquisa.store.write import stored_document_ids, write_extraction, write_resolution


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
    done = stored_document_ids(engine)

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
    if report.resolution["documents"]:  # nothing new: nothing to index
        refresh_search_index(engine)
        checkpoint(engine)
    return report


def resolve_store(engine: Engine, *, full: bool = False, replay: bool = False) -> dict[str, int]:
    """Resolve the documents not resolved yet into the store's entities and events (writes). Returns counts.

    Incremental: only the part of the store a new document can change is resolved
    again (``resolve.update``), with the same result as resolving from scratch. With
    nothing new (and no ``replay`` of judgements) it reads one count and returns. A
    store without a resolution index, ``full``, or an id collision the incremental
    path cannot settle, resolve everything from scratch.
    """
    if not full and read.resolved_count(engine) == 0:
        full = True  # a store from before the index (or an empty one)
    documents = sorted(stored_document_ids(engine)) if full else read.unresolved_documents(engine)
    if not documents and not replay and not full:
        return {"documents": 0, **read.totals(engine)}
    judgements = read.judgements(engine)
    try:
        return _resolve(engine, documents, judgements, full=full)
    except FullResolutionNeeded:
        return _resolve(engine, sorted(stored_document_ids(engine)), judgements, full=True)


def _resolve(engine: Engine, documents: list[str], judgements: list, *, full: bool) -> dict[str, int]:
    """Steps: entities of the documents (update_entities); the event reports whose resolved ids
    changed; their blocking-key component; its events (resolve_events); one write."""
    docs = set(documents)
    index = EntityIndex(
        people={} if full else read.person_groups(engine),
        refs_of_groups=(lambda kind, groups: []) if full else
        (lambda kind, groups: read.grouped_refs(engine, kind, groups)),
        groups_of_bases=(lambda ids: []) if full else (lambda ids: read.groups_of_bases(engine, ids)),
        stored_ids=lambda ids: read.stored_entity_ids(engine, ids))
    new_refs = read.entity_refs(engine, None if full else docs)
    stale = [] if full else read.indexed_refs(engine, documents=docs)
    entities = update_entities(new_refs, stale, judgements, index, full=full)
    # event reports whose place, organizer or participants may have a new id
    changed_docs = {ref.document_id for ref, _ in entities.assigned} - docs
    local = read.refs_by_document(engine, changed_docs)
    for ref, eid in entities.assigned:
        local.setdefault(ref.document_id, {})[ref.local_id] = eid
    changed = []
    for row in read.event_report_rows(engine, documents=docs | changed_docs):
        report = read.report_from_row(row, local.get(row["document_id"], {}))
        if row["document_id"] in docs or report != read.report_from_row(row):
            changed.append(report)
    events_index = EventIndex(keys_of=(lambda ids: {}) if full else (lambda ids: read.event_keys_of(engine, ids)),
                              reports_with=(lambda keys: {}) if full else (lambda keys: read.reports_with_keys(engine, keys)))
    component = event_component(changed, events_index)
    mine = {r.id for r in changed}
    rows = read.event_report_rows(engine, ids=component - mine)
    reports = [read.report_from_row(row) for row in rows] + changed
    stored_events = {row["id"]: row["event_id"] for row in rows}
    stored_events.update(_stored_event_ids(engine, mine))
    return write_resolution(engine, entities, documents, reports, resolve_events(reports), stored_events, changed, full=full)


def _stored_event_ids(engine: Engine, ids: set[str]) -> dict[str, str | None]:
    return {row["id"]: row["event_id"] for row in read.event_report_rows(engine, ids=ids)}


def record_judgement(engine: Engine, kind: str, target: str, other: str | None, *, author: str = "analyst") -> str:
    """Store a merge or split decision (writes), re-resolve and re-index; returns the resulting entity id(s).

    Ids are followed through redirects first; raises ``NotFoundError`` for an unknown id.
    """
    target = current_id(engine, target)
    if other is not None:
        other = current_id(engine, other)
    add_judgement(engine, kind, target, other, author=author)
    resolve_store(engine, replay=True)
    refresh_search_index(engine)
    checkpoint(engine)
    if kind == "merge":
        return min(target, other or target)
    return split_result(engine, target)
