"""The pipeline: ingest -> clean -> extract -> store, then resolve across the store.

This module is the only place the stages meet. Each stage hands the next a typed
record (``RawDocument`` -> ``CleanDocument`` -> ``Extraction``); the store only
persists them. Resolution reads what the store holds, resolves it (pure functions
of ``pesquisa.resolve``) and hands the result back to the store in one write.

Each document is written in its own transaction, so an interrupted run keeps the
documents it finished and the next run skips them (content hash) and goes on.

Nothing one document does stops the batch (issue 16). ``process_document`` is the unit
of work: one ``RawDocument`` in, its ``Extraction`` or an ``IngestFailure`` out, within
the document's time budget, never raising for the document's sake. Inputs and outputs are
plain picklable records, so the same function can run in a worker process. Failures
(from the readers, cleaning, extraction, the time budget or the write) are recorded in
the store's failures table and reported; the loop goes on with the next document.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from traceback import format_exc

from sqlalchemy import Engine

from pesquisa.clean import clean_document
from pesquisa.errors import InputError, NotFoundError
from pesquisa.extract import extract_document
from pesquisa.ingest import IngestFailure
from pesquisa.limits import DEFAULT_LIMITS, DocumentTimeout, Limits, time_budget
from pesquisa.records import Extraction, RawDocument
from pesquisa.resolve import resolve_entities, resolve_events
from pesquisa.store import DatabaseFailure, read
from pesquisa.store.db import checkpoint
from pesquisa.store.search import refresh_search_index
from pesquisa.store.write import (
    add_event_judgement,
    add_judgement,
    clear_failures,
    write_extraction,
    write_failure,
    write_resolution,
)

log = logging.getLogger(__name__)


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


def process_document(raw: RawDocument, limits: Limits = DEFAULT_LIMITS) -> Extraction | IngestFailure:
    """Clean and extract one document within its time budget: its extraction, or why there is none.

    Never raises for the document's sake: bad input, a clean body over the size limit, a
    spent time budget (``limits.document_timeout``, SIGALRM, see ``pesquisa.limits``) and
    a bug met on this input (the traceback kept in ``detail``) all come back as an
    ``IngestFailure`` with the stage. Pure and picklable in and out, for worker processes.
    """
    path, location = failure_place(raw)
    stage = "clean"
    try:
        with time_budget(limits.document_timeout):
            clean = clean_document(raw)
            if len(clean.body) > limits.max_document_chars:
                return IngestFailure(path, f"clean text of {len(clean.body):,} characters exceeds the limit of "
                                           f"{limits.max_document_chars:,} ({limits.env_name('max_document_chars')})",
                                     location=location, stage=stage)
            stage = "extract"
            return extract_document(clean)
    except DocumentTimeout as err:
        return IngestFailure(path, f"{stage} {err} ({limits.env_name('document_timeout')})", location=location,
                             stage="timeout")
    except InputError as err:
        return IngestFailure(path, err.problem, location=location, stage=stage)
    except (Exception, RecursionError) as err:
        log.debug("%s failed in %s", raw.source, stage, exc_info=True)
        return IngestFailure(path, f"internal error in {stage}: {type(err).__name__}: {err}"[:300],
                             location=location, stage=stage, detail=format_exc())


def failure_place(raw: RawDocument) -> tuple[str, str]:
    """(path, location) naming a document in a failure: ``("/data/a.jsonl", "#3")`` for a line's article."""
    path = raw.path or raw.source
    name = Path(path).name
    location = raw.source[len(name):] if raw.source.startswith(name) else ""
    return path, location


def ingest_documents(engine: Engine, documents: Iterable[RawDocument | IngestFailure], *,
                     force: bool = False, limits: Limits = DEFAULT_LIMITS,
                     on_document: Callable[[str, str], None] | None = None) -> IngestReport:
    """Store every document (writes), then resolve entities and events across the store.

    Steps: skip documents already stored (same content hash, unless ``force``); clean and
    extract each new one (``process_document``) and write it in its own transaction;
    record each failure (reader, clean, extract, timeout, write) and go on; resolve the
    whole store; rebuild the search index. ``on_document(source, status)`` is called
    after each document (status: added, skipped, failed).
    """
    report = IngestReport()
    done = read.stored_document_ids(engine)
    failed_before = read.failure_keys(engine)

    def tell(source: str, status: str) -> None:
        if on_document:
            on_document(source, status)

    def fail(failure: IngestFailure) -> None:
        report.failed.append(failure)
        try:
            write_failure(engine, failure)
        except DatabaseFailure:  # the store itself is failing: the report still names the input
            log.warning("could not record the failure of %s", failure.where, exc_info=True)
        tell(failure.where, "failed")

    for item in documents:
        if isinstance(item, IngestFailure):
            fail(item)
            continue
        if item.id in done and not force:
            report.skipped.append(item.source)
            tell(item.source, "skipped")
            continue
        result = process_document(item, limits)
        if isinstance(result, IngestFailure):
            fail(result)
            continue
        try:
            write_extraction(engine, result)
        except DatabaseFailure as err:
            path, location = failure_place(item)
            fail(IngestFailure(path, f"cannot be stored ({type(err).__name__}: {str(getattr(err, 'orig', None) or err)[:200]})",
                               location=location, stage="store", detail=format_exc()))
            continue
        place = failure_place(item)
        if place in failed_before:
            clear_failures(engine, *place)
        done.add(item.id)
        report.added.append(item.source)
        tell(item.source, "added")
    report.resolution = resolve_store(engine)
    refresh_search_index(engine)
    if report.added:
        refresh_sanctions(engine)  # new people and organizations meet the stored lists (no-op without a list)
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
    resolve_store(engine)
    checkpoint(engine)
    return sorted({e for r in reports + other_reports if (e := read.event_of_report(engine, r))})


# --- The official record (issue 12): imports, and sanctions matching over the whole store. ---

IMPORT_BATCH = 2000  # rows per transaction: bounded memory, and an interrupted import keeps whole batches


@dataclass(slots=True)
class ImportReport:
    """What one import of official files did."""

    kind: str  # cbp | ofac | sesnsp
    files: list[str] = field(default_factory=list)
    rows: int = 0  # rows stored (a row imported again counts again; the store holds it once)
    failed: list[IngestFailure] = field(default_factory=list)
    datasets: dict[str, dict] = field(default_factory=dict)  # coverage after the import
    sanctions: dict[str, int] = field(default_factory=dict)  # list import: retired, links; matches found

    @property
    def ok(self) -> bool:
        return not self.failed


def import_official(engine: Engine, kind: str, paths: Iterable[str], *,
                    on_rows: Callable[[str, int], None] | None = None) -> ImportReport:
    """Import official files of one ``kind`` (cbp, ofac, sesnsp) into the store (writes); idempotent.

    Steps: stream each file's records from its reader; write them in batches of
    ``IMPORT_BATCH`` rows, each batch in its own transaction; report every bad row
    (``file:line: problem``) and go on; then record each dataset's coverage. For a
    sanctions list: retire entries a complete import no longer has, resolve "Linked To"
    names, and match the knowledge base against the list again.
    ``on_rows(file, n)`` is called after each batch with the rows it held.
    """
    from pesquisa.ingest import read_cbp, read_ofac, read_sesnsp
    from pesquisa.store import official as store

    readers: dict[str, Callable[[str], Iterable[object]]] = {"cbp": read_cbp, "ofac": read_ofac, "sesnsp": read_sesnsp}
    if kind not in readers:
        raise ValueError(f"unknown official kind {kind!r}")
    report = ImportReport(kind)
    seen_at = dt.datetime.now(dt.UTC).isoformat()  # microseconds: two imports in one second stay ordered
    datasets: dict[str, set[str]] = {}
    lists: dict[str, bool] = {}  # list -> every file of it read completely
    for path in paths:
        name = Path(path).name
        report.files.append(name)
        batch: list = []
        complete = True

        def flush(name: str = name, batch: list = batch) -> None:
            if not batch:
                return
            if kind == "cbp":
                report.rows += store.write_seizures(engine, batch)
                for row in batch:
                    datasets.setdefault(row.dataset, set()).add(row.source_file)
            elif kind == "sesnsp":
                report.rows += store.write_victims(engine, batch)
                datasets.setdefault(store.SESNSP_DATASET, set()).add(name)
            else:
                report.rows += store.write_sanction_entries(engine, batch, seen_at=seen_at)
                for entry in batch:
                    lists.setdefault(entry.dataset, True)
            if on_rows:
                on_rows(name, len(batch))
            batch.clear()

        for record in readers[kind](path):
            if isinstance(record, IngestFailure):
                report.failed.append(record)
                if ":" not in record.path.rsplit("/", 1)[-1] or record.problem.startswith("malformed CSV"):
                    complete = False  # the file itself failed (or stopped), not one row
                continue
            batch.append(record)
            if len(batch) >= IMPORT_BATCH:
                flush()
        flush()
        if kind == "ofac" and not complete:
            lists.update(dict.fromkeys(lists, False))
    for dataset, files in sorted(datasets.items()):
        report.datasets[dataset] = store.update_coverage(engine, dataset, files)
    if kind == "ofac":
        for list_name, complete in sorted(lists.items()):
            if complete:  # only a whole list may say who is no longer on it
                report.sanctions.update(store.finish_list_import(engine, list_name, seen_at=seen_at))
        report.sanctions["matches"] = refresh_sanctions(engine)
    checkpoint(engine)
    return report


def refresh_sanctions(engine: Engine) -> int:
    """Match every person and organization of the store against the stored lists and store the matches (writes).

    Steps: read the current list entries, the knowledge base's people and organizations
    with their mention contexts, and the analyst's judgements; match (pure); replace the
    stored matches. Returns how many. A store without a list gets no matches.
    """
    from pesquisa.resolve.sanctions import match_sanctions
    from pesquisa.store.official import write_sanction_matches
    from pesquisa.store.read import official as read_official

    if not read_official.has_sanction_entries(engine):
        return write_sanction_matches(engine, [])
    entries = read_official.sanction_entries(engine, kinds=("person", "organization"), details=False)
    matches = match_sanctions(read_official.kb_entities(engine), entries, read_official.sanction_judgements(engine))
    return write_sanction_matches(engine, [m.to_row() for m in matches])


def record_sanction_judgement(engine: Engine, decision: str, entity: str, list_id: str, *,
                              list_name: str = "us-ofac-sdn", author: str = "analyst") -> dict:
    """Store an analyst's confirm or reject of a sanction match (writes) and match again; returns the decision.

    ``entity`` is an entity id (old ids are followed through redirects); ``list_id`` the
    entry's id on the list (the OFAC uid). Raises ``NotFoundError`` for an unknown entity or entry.
    """
    from pesquisa.store.official import add_sanction_judgement
    from pesquisa.store.read import official as read_official

    if decision not in ("confirm", "reject"):
        raise ValueError(f"unknown decision {decision!r}")
    entity_id = read.require_entity(engine, entity)
    if not read_official.sanction_entries(engine, list_name=list_name, include_retired=True,
                                          ids=[_entry_id(list_name, list_id)]):
        raise NotFoundError(f"{list_id}: no such entry on {list_name}")
    add_sanction_judgement(engine, decision, entity_id, list_name, list_id, author=author)
    refresh_sanctions(engine)
    checkpoint(engine)
    return {"decision": decision, "entity_id": entity_id, "list": list_name, "list_id": list_id}


def _entry_id(list_name: str, list_id: str) -> str:
    from pesquisa.records import make_id

    return make_id("sdn", list_name, list_id)
