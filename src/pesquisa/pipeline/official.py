"""The official record in the pipeline (issue 12): imports of CBP, OFAC and SESNSP files, and
sanctions matching over the whole store, replayed after every ingest and judgement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from pesquisa.errors import NotFoundError
from pesquisa.ingest import IngestFailure
from pesquisa.store import read
from pesquisa.store.db import checkpoint

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

    readers: dict[str, Callable[[str], Iterable[object]]] = {"cbp": read_cbp, "ofac": read_ofac, "sesnsp": read_sesnsp}
    if kind not in readers:
        raise ValueError(f"unknown official kind {kind!r}")
    # microseconds: two imports in one second stay ordered
    run = _Import(engine, ImportReport(kind), dt.datetime.now(dt.UTC).isoformat(), on_rows)
    for path in paths:
        name = Path(path).name
        run.report.files.append(name)
        complete = _import_file(run, name, readers[kind](path))
        if kind == "ofac" and not complete:
            run.lists.update(dict.fromkeys(run.lists, False))
    _finish_import(run)
    checkpoint(engine)
    return run.report


@dataclass(slots=True)
class _Import:
    """One import under way: where it writes, what it reports, and what it has written so far."""

    engine: Engine
    report: ImportReport
    seen_at: str
    on_rows: Callable[[str, int], None] | None
    datasets: dict[str, set[str]] = field(default_factory=dict)  # dataset -> files that hold its rows
    lists: dict[str, bool] = field(default_factory=dict)  # list -> every file of it read completely


def _import_file(run: _Import, name: str, records: Iterable[object]) -> bool:
    """Write the records of one file in batches and report its bad rows; True unless the file itself failed."""
    batch: list = []
    complete = True
    for record in records:
        if isinstance(record, IngestFailure):
            run.report.failed.append(record)
            if ":" not in record.path.rsplit("/", 1)[-1] or record.problem.startswith("malformed CSV"):
                complete = False  # the file itself failed (or stopped), not one row
            continue
        batch.append(record)
        if len(batch) >= IMPORT_BATCH:
            _write_batch(run, name, batch)
    _write_batch(run, name, batch)
    return complete


def _write_batch(run: _Import, name: str, batch: list) -> None:
    """Store one batch of file ``name`` in one transaction, note the datasets or lists it fed, and empty it."""
    from pesquisa.store import official as store

    if not batch:
        return
    kind = run.report.kind
    if kind == "cbp":
        run.report.rows += store.write_seizures(run.engine, batch)
        for row in batch:
            run.datasets.setdefault(row.dataset, set()).add(row.source_file)
    elif kind == "sesnsp":
        run.report.rows += store.write_victims(run.engine, batch)
        run.datasets.setdefault(store.SESNSP_DATASET, set()).add(name)
    else:
        run.report.rows += store.write_sanction_entries(run.engine, batch, seen_at=run.seen_at)
        for entry in batch:
            run.lists.setdefault(entry.dataset, True)
    if run.on_rows:
        run.on_rows(name, len(batch))
    batch.clear()


def _finish_import(run: _Import) -> None:
    """Record each dataset's coverage; after a sanctions list, retire what a complete list dropped and match again."""
    from pesquisa.store import official as store

    for dataset, files in sorted(run.datasets.items()):
        run.report.datasets[dataset] = store.update_coverage(run.engine, dataset, files)
    if run.report.kind == "ofac":
        for list_name, complete in sorted(run.lists.items()):
            if complete:  # only a whole list may say who is no longer on it
                run.report.sanctions.update(store.finish_list_import(run.engine, list_name, seen_at=run.seen_at))
        run.report.sanctions["matches"] = refresh_sanctions(run.engine)


def refresh_sanctions(engine: Engine) -> int:
    """Match every person and organization of the store against the stored lists and store the matches (writes).

    Steps: read the current list entries, the knowledge base's people and organizations
    with their mention contexts, the documents' texts (for listed vessels named in them),
    and the analyst's judgements; match (pure); replace the
    stored matches. Returns how many. A store without a list gets no matches.
    """
    from pesquisa.resolve.sanctions import match_sanctions
    from pesquisa.store.official import write_sanction_matches
    from pesquisa.store.read import official as read_official

    if not read_official.has_sanction_entries(engine):
        return write_sanction_matches(engine, [])
    entries = read_official.sanction_entries(engine, kinds=("person", "organization", "vessel"), details=False)
    matches = match_sanctions(read_official.kb_entities(engine), entries, read_official.sanction_judgements(engine),
                              documents=read_official.document_texts(engine))
    return write_sanction_matches(engine, [m.to_row() for m in matches])


def record_sanction_judgement(engine: Engine, decision: str, entity: str, list_id: str, *,
                              list_name: str = "us-ofac-sdn", author: str = "analyst") -> dict:
    """Store an analyst's confirm or reject of a sanction match (writes) and match again; returns the decision.

    ``entity`` is an entity id (old ids are followed through redirects), or the id of a match of
    a vessel or company read in the text (``pesquisa sanctions`` prints it); ``list_id`` the
    entry's id on the list (the OFAC uid). Raises ``NotFoundError`` for an unknown entity or entry.
    """
    from pesquisa.store.official import add_sanction_judgement
    from pesquisa.store.read import official as read_official

    if decision not in ("confirm", "reject"):
        raise ValueError(f"unknown decision {decision!r}")
    # a vessel or company read in the text has no entity: its match's id stands for it while the rules find it
    entity_id = entity if read_official.is_text_match(engine, entity, list_name, list_id) \
        else read.require_entity(engine, entity)
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
