"""The pipeline: ingest -> clean -> extract -> store, then resolve across the store.

This module is the only place the stages meet. Each stage hands the next a typed
record (``RawDocument`` -> ``CleanDocument`` -> ``Extraction``); the store only
persists them. Resolution reads what the store holds, resolves it (pure functions
of ``pesquisa.resolve``) and hands the result back to the store in one write.

Each document is written whole in one transaction (a few documents together: ``WRITE_BATCH``),
so an interrupted run keeps the documents it stored and the next run skips them (content hash)
and goes on.

Nothing one document does stops the batch (issue 16). ``process_document`` is the unit
of work: one ``RawDocument`` in, its ``Extraction`` or an ``IngestFailure`` out, within
the document's time budget, never raising for the document's sake (``pipeline.process``).
Inputs and outputs are plain picklable records, so the same function can run in a worker
process; a worker of a pool takes a batch (``process_documents``: the same results). Failures
(from the readers, cleaning, extraction, the time budget or the write) are recorded in
the store's failures table and reported; the loop goes on with the next document.

Resolution is incremental (``resolve_store``): only the part of the store a new
document can change is resolved again. The official record (imports and sanctions
matching) is ``pipeline.official``.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from traceback import format_exc

from sqlalchemy import Connection, Engine

from pesquisa.ingest import IngestFailure
from pesquisa.limits import DEFAULT_LIMITS, Limits
from pesquisa.pipeline._events import changed_parts, scratch_parts
from pesquisa.pipeline.official import import_official, record_sanction_judgement, refresh_sanctions
from pesquisa.pipeline.process import clean_documents, failure_place, process_document, process_documents
from pesquisa.pipeline.runners import SERIAL, RunnerConfig, run_documents
from pesquisa.records import Extraction, RawDocument
from pesquisa.resolve import EntityIndex, EventReport, FullResolutionNeeded, update_entities
from pesquisa.resolve._assigned import Assigned
from pesquisa.resolve._scratch import ScratchIds, add_facts, scratch_entities
from pesquisa.store import DatabaseFailure, read
from pesquisa.store.db import checkpoint
from pesquisa.store.event_writes import EventWrite
from pesquisa.store.search import refresh_search_index, update_search_index
from pesquisa.store.search_scope import SearchScope
from pesquisa.store.write import (
    add_event_judgement,
    add_judgement,
    clear_failures,
    write_extractions,
    write_failure,
    write_resolution,
)

log = logging.getLogger(__name__)

# Extractions written per transaction (issue 15): one statement per table for all of them, a tenth of the
# statements of one transaction each; as many as a pool's task gives back at once.
WRITE_BATCH = 8
# What a pool's forkserver imports before it forks the workers: the models and word lists, loaded once (issue 15).
WORKER_PRELOAD = ("pesquisa.pipeline._worker_preload",)

__all__ = ["IngestReport", "RunnerConfig", "failure_place", "import_official", "ingest_documents", "process_document",
           "process_documents", "record_event_judgement", "record_judgement", "record_sanction_judgement",
           "refresh_sanctions", "resolve_store"]


@dataclass(slots=True)
class IngestReport:
    """What one ingest did."""

    added: list[str] = field(default_factory=list)  # sources stored now
    skipped: list[str] = field(default_factory=list)  # already stored (same content)
    failed: list[IngestFailure] = field(default_factory=list)  # each also a row of the failures table
    resolution: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest_documents(engine: Engine, documents: Iterable[RawDocument | IngestFailure], *,
                     force: bool = False, limits: Limits = DEFAULT_LIMITS, runner: RunnerConfig = SERIAL,
                     on_document: Callable[[str, str], None] | None = None) -> IngestReport:
    """Store every document (writes), then resolve entities and events across the store.

    Steps: skip documents already stored (same content hash, unless ``force``); clean and
    extract each new one (``process_document``, run where ``runner`` says: here, worker
    processes or a Ray cluster, results in input order) and write it whole, ``WRITE_BATCH``
    documents per transaction (this process is the only writer); record each failure (reader, clean,
    extract, timeout, write) and go on; resolve what is new; bring the search index up to date.
    ``on_document(source, status)`` is called after each document (status: added,
    skipped, failed).
    """
    done = read.stored_document_ids(engine)
    ledger = _Ledger(engine, on_document, done)

    def todo() -> Iterator[RawDocument]:
        """The documents to process, failures and stored ones reported as they are read."""
        for item in documents:
            if isinstance(item, IngestFailure):
                ledger.fail(item)
            elif item.id in done and not force:
                ledger.skip(item)
            else:
                done.add(item.id)  # a second copy in the same input is skipped, as after its store
                yield item

    try:
        for item, result in run_documents(todo(), process_document, runner, limits, batch_work=process_documents,
                                          batch_prepare=clean_documents, preload=WORKER_PRELOAD):
            ledger.store(item, result)
    finally:
        ledger.flush()
    report = ledger.report
    scope = SearchScope()
    report.resolution = resolve_store(engine, scope=scope)
    if report.resolution["documents"]:  # nothing new: nothing to index; after an increment, the rows it rewrote
        update_search_index(engine, scope=None if report.resolution.get("full") else scope)
    if report.added:
        refresh_sanctions(engine)  # new people and organizations meet the stored lists (no-op without a list)
    checkpoint(engine)
    return report


class _Ledger:
    """The writer's side of an ingest: stores the results, records each failure, tells the caller, in input order.

    Extractions wait in ``held`` until ``WRITE_BATCH`` of them are written together (or a failure or a skip comes,
    so the writes and the calls to ``on_document`` keep the input's order). A document whose result or write
    fails leaves ``done``, so a later copy of it in the same input is tried again.
    """

    def __init__(self, engine: Engine, on_document: Callable[[str, str], None] | None, done: set[str]) -> None:
        self.engine = engine
        self.on_document = on_document
        self.done = done
        self.report = IngestReport()
        self.failed_before = read.failure_keys(engine)
        self.held: list[tuple[RawDocument, Extraction]] = []

    def tell(self, source: str, status: str) -> None:
        if self.on_document:
            self.on_document(source, status)

    def skip(self, item: RawDocument) -> None:
        self.flush()
        self.report.skipped.append(item.source)
        self.tell(item.source, "skipped")

    def fail(self, failure: IngestFailure) -> None:
        self.flush()
        self.report.failed.append(failure)
        try:
            write_failure(self.engine, failure)
        except DatabaseFailure:  # the store itself is failing: the report still names the input
            log.warning("could not record the failure of %s", failure.where, exc_info=True)
        self.tell(failure.where, "failed")

    def store(self, item: RawDocument, result: Extraction | IngestFailure) -> None:
        """Hold one document's extraction for the next write (a failure is recorded now)."""
        if isinstance(result, IngestFailure):
            self.done.discard(item.id)
            self.fail(result)
            return
        self.held.append((item, result))
        if len(self.held) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the held extractions in one transaction; when that fails, each in its own, so only a document that
        cannot be stored fails."""
        held, self.held = self.held, []
        if not held:
            return
        try:
            write_extractions(self.engine, [result for _, result in held])
        except DatabaseFailure as err:
            if len(held) > 1:
                for one in held:
                    self.held = [one]
                    self.flush()
                return
            path, location = failure_place(held[0][0])
            cause = str(getattr(err, "orig", None) or err)[:200]
            self.done.discard(held[0][0].id)
            self.fail(IngestFailure(path, f"cannot be stored ({type(err).__name__}: {cause})", location=location,
                                    stage="store", detail=format_exc()))
            return
        for item, _ in held:
            path, location = failure_place(item)
            if (path, location) in self.failed_before:
                clear_failures(self.engine, path, location)
            self.report.added.append(item.source)
            self.tell(item.source, "added")


def resolve_store(engine: Engine, *, full: bool = False, replay: bool = False, scope: SearchScope | None = None
                  ) -> dict[str, int]:
    """Resolve the documents not resolved yet into the store's entities and events (writes). Returns counts.

    Incremental: only the part of the store a new document can change is resolved
    again (``resolve.update``), with the same result as resolving from scratch. With
    nothing new (and no ``replay`` of judgements) it reads one count and returns. A
    store without a resolution index, ``full``, or an id collision the incremental
    path cannot settle, resolve everything from scratch. ``scope`` gets what an increment rewrote
    (``store.write.write_resolution``).
    """
    if not full and (read.resolved_count(engine) == 0 or read.components_missing(engine)):
        full = True  # a store from before the index or the event components (or an empty one)
    documents = sorted(read.stored_document_ids(engine)) if full else read.unresolved_documents(engine)
    if not documents and not replay and not full:
        return {"documents": 0, **read.totals(engine)}
    judgements = read.judgements(engine)
    with _cyclic_gc_paused():
        try:
            return _resolve(engine, documents, judgements, full=full, scope=scope)
        except FullResolutionNeeded:
            return _resolve(engine, sorted(read.stored_document_ids(engine)), judgements, full=True)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while resolution runs (issue 15), restoring it after.

    Resolution holds tens of thousands of refs and reports and allocates clusters, pairs and
    rows by the thousand: each full collection walks everything held, and in an increment into
    a 5,000-document store they cost a third of the CPU (0.8 of 2.4 s). Its records hold no
    reference cycles, so reference counting frees them as before (peak RSS measured equal).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _resolve(engine: Engine, documents: list[str], judgements: list, *, full: bool, scope: SearchScope | None = None
             ) -> dict[str, int]:
    """Steps: entities of the documents (update_entities); the event reports whose resolved ids
    changed; their events (``pipeline._events``: from scratch one evidence component at a time,
    else the stored components the changed reports can change); one write of what changed.
    From scratch with no merge or split judgement, ``_resolve_scratch``."""
    if full and not any(j.kind in ("merge", "split") for j in judgements):
        return _resolve_scratch(engine, documents)
    docs = set(documents)
    index = EntityIndex(
        people={} if full else read.person_groups(engine),
        refs_of_groups=(lambda kind, groups: []) if full else
        (lambda kind, groups: read.grouped_refs(engine, kind, groups)),
        groups_of_bases=(lambda ids: []) if full else (lambda ids: read.groups_of_bases(engine, ids)),
        stored_ids=lambda ids: read.stored_entity_ids(engine, ids),
        facts_of_groups=None if full else (lambda kind, groups: read.group_facts(engine, kind, groups)),
        going_by=None if full else (lambda nicks: read.groups_going_by(engine, nicks)))
    new_refs = read.entity_refs(engine, None if full else docs)
    stale = [] if full else read.indexed_refs(engine, documents=docs)
    entities = update_entities(new_refs, stale, judgements, index, full=full)
    del new_refs
    # event reports whose place, organizer or participants may have a new id
    changed_docs = {ref.document_id for ref, _ in entities.assigned} - docs
    local = read.refs_by_document(engine, changed_docs)
    for ref, eid in entities.assigned:
        local.setdefault(ref.document_id, {})[ref.local_id] = eid
    changed = []
    reread = sorted(docs | changed_docs)
    shared: dict = {}
    for start in range(0, len(reread), 500):  # the rows of a few hundred documents at a time
        for row in read.event_report_rows(engine, documents=reread[start:start + 500]):
            report = read.report_from_row(row, local.get(row["document_id"], {}))
            if row["document_id"] in docs or report != read.report_from_row(row):
                changed.append(_held_once(report, shared))
    changed.sort(key=lambda r: r.id)
    del local
    parts = scratch_parts(changed, read.event_judgements(engine)) if full else \
        changed_parts(engine, changed, docs, stale=bool(stale))
    return write_resolution(engine, entities, documents, parts, full=full, scope=scope)


def _resolve_scratch(engine: Engine, documents: list[str]) -> dict[str, int]:
    """A resolution from scratch that never holds every ref (issue 15): the refs read a few hundred documents at a
    time into their groups' facts (``resolve.add_facts``); the entities made from the facts (``scratch_entities``);
    then, in the write, the refs read again batch by batch, each written with its group's entity id, and the event
    reports of the same documents read with their local ids mapped; their events one evidence component at a time.
    The same rows as ``update_entities`` with ``full`` and one write of its pairs."""
    facts: dict = {}
    with engine.connect() as conn:
        for _docs, refs in read.ref_batches(conn, documents):
            add_facts(facts, refs)
    entities = scratch_entities(facts)
    ids = ScratchIds(entities)
    event_judgements = read.event_judgements(engine)
    changed: list[EventReport] = []
    shared: dict = {}

    def assigned(conn: Connection) -> Iterator[Assigned]:
        for batch, refs in read.ref_batches(conn, documents):
            pairs = ids.assigned(refs)
            local: dict[str, dict[str, str | None]] = {}
            for ref, eid in pairs:
                local.setdefault(ref.document_id, {})[ref.local_id] = eid
            for row in read.report_rows_of(conn, batch):
                changed.append(_held_once(read.report_from_row(row, local.get(row["document_id"], {})), shared))
            yield pairs

    def parts() -> Iterator[EventWrite]:  # taken after every batch of refs is written
        changed.sort(key=lambda r: r.id)
        yield from scratch_parts(changed, event_judgements)

    return write_resolution(engine, entities, documents, parts(), full=True, assigned=assigned)


def _held_once(report: EventReport, shared: dict) -> EventReport:
    """``report`` with its document, type, date, status, country and publication-day strings, its participant and
    target lists and its amounts those of ``shared`` (every report of the store is held while events are resolved from
    scratch: one string and one list per distinct value, not per report; the lists are read-only). The amounts lose their
    quantity ids, which name the document's quantity and which resolution never reads (copies share the rest)."""
    for name in ("document_id", "type", "date", "status", "country", "published"):
        value = getattr(report, name)
        setattr(report, name, shared.setdefault(value, value))
    report.participant_ids = shared.setdefault(("p", *report.participant_ids), report.participant_ids)
    report.target_ids = shared.setdefault(("t", *report.target_ids), report.target_ids)
    amounts = [{k: v for k, v in x.items() if k != "quantity_id"} for x in report.amounts]
    report.amounts = shared.setdefault(("a", repr(amounts)), amounts)
    return report


def record_judgement(engine: Engine, kind: str, target: str, other: str | None, *, author: str = "analyst") -> str:
    """Store a merge or split decision (writes), re-resolve and re-index; returns the resulting entity id(s).

    Ids are followed through redirects first; raises ``NotFoundError`` for an unknown id.
    """
    target = read.require_entity(engine, target)
    if other is not None:
        other = read.require_entity(engine, other)
    add_judgement(engine, kind, target, other, author=author)
    resolve_store(engine, replay=True)
    refresh_search_index(engine)
    refresh_sanctions(engine)  # merged or split entities carry new ids
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
    resolve_store(engine, full=True)  # a judgement can join reports that share no blocking key
    checkpoint(engine)
    return sorted({e for r in reports + other_reports if (e := read.event_of_report(engine, r))})
