"""Write extractions, resolutions and analyst judgements to the store, one transaction each.

A document and every fact extracted from it go in together or not at all, so an
interrupted ingest leaves whole documents behind and resumes after the last one.
Row ids are content-derived (``make_id``): writing the same document twice
replaces its rows instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, delete, func, insert, select, update

from pesquisa.ingest import IngestFailure
from pesquisa.quote_context import quote_context
from pesquisa.records import Extraction, Span, make_id
from pesquisa.resolve._assigned import Assigned, Pair
from pesquisa.resolve._separate import OPENING_CHARS
from pesquisa.resolve.entities import carry_redirects, group_key
from pesquisa.resolve.update import EntityUpdate
from pesquisa.store import page_tables
from pesquisa.store import schema as t
from pesquisa.store.event_writes import ROWS_PER_INSERT, EventWrite, write_events
from pesquisa.store.search_scope import SearchScope

FACT_TABLES = (t.mentions, t.roles, t.quotes, t.quantities, t.dates, t.event_reports, t.relations)


def _span(extraction: Extraction, span: Span) -> dict[str, int]:
    raw = extraction.document.offsets.span_to_raw(span)
    return {"start": span.start, "end": span.end, "raw_start": raw.start, "raw_end": raw.end}


def document_rows(extraction: Extraction) -> dict[str, list[dict]]:
    """The rows of every table for one extraction, keyed by table name (the fact tables, then ``documents``)."""
    builders = {"mentions": _mention_rows, "roles": _role_rows, "quotes": _quote_rows, "quantities": _quantity_rows,
                "dates": _date_rows, "event_reports": _event_report_rows, "relations": _relation_rows}
    rows: dict[str, list[dict]] = {table.name: builders[table.name](extraction) for table in FACT_TABLES}
    rows["documents"] = [_document_row(extraction)]
    # rows with the same id (the same span found twice) are one fact
    for name, items in rows.items():
        unique = {row["id"]: row for row in items}
        rows[name] = list(unique.values())
    _add_quote_context(rows, extraction.document.published, extraction.document.body)
    return rows


def _add_quote_context(rows: dict[str, list[dict]], published: str | None, body: str) -> None:
    """Set each quote row's topics and the date it was said (``quote_context``), from the document's date rows."""
    if rows["quotes"]:
        dates = sorted((d for d in rows["dates"] if d["value"] is not None), key=lambda d: d["start"])
        context = quote_context([{**q, "published": published} for q in rows["quotes"]], dates,
                                {rows["documents"][0]["id"]: body})
        for q in rows["quotes"]:
            q.update(context[q["id"]])


def _document_row(extraction: Extraction) -> dict:
    """The ``documents`` row: the raw original, the clean body and the offset map between them."""
    doc = extraction.document
    return {
        "id": doc.id, "source": doc.source, "path": doc.path, "url": doc.url, "title": doc.title,
        "published": doc.published, "lang": doc.lang, "content_type": doc.content_type, "raw": doc.raw,
        "body": doc.body, "offsets": doc.offsets.to_list(), "removed": doc.removed, "repairs": doc.repairs,
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _mention_rows(extraction: Extraction) -> list[dict]:
    """One ``mentions`` row per mention of each in-document entity (resolved id left empty)."""
    did = extraction.document.id
    return [{"id": make_id("men", did, m.span.start, m.span.end, m.type), "document_id": did,
             "entity_id": None, "local_id": entity.local_id, "type": m.type, "text": m.text,
             "name": m.name, "method": m.source, **_span(extraction, m.span)}
            for entity in extraction.entities for m in entity.mentions]


def _role_rows(extraction: Extraction) -> list[dict]:
    """One ``roles`` row per title a person holds in the document."""
    did = extraction.document.id
    return [{"id": make_id("rol", did, r.person, r.span.start, r.title), "document_id": did,
             "local_id": r.person, "entity_id": None, "title": r.title,
             "organization_local_id": r.organization, "organization_id": None,
             "qualifier": r.qualifier, "date": r.date, **_span(extraction, r.span)}
            for r in extraction.roles]


def _quote_rows(extraction: Extraction) -> list[dict]:
    """One ``quotes`` row per quote, with its speaker's span when one was found."""
    did = extraction.document.id
    return [{"id": make_id("quo", did, q.span.start, q.span.end, q.direct), "document_id": did, "text": q.text,
             "direct": q.direct, "speaker": q.speaker, "speaker_local_id": q.speaker_local_id, "speaker_id": None,
             "speaker_start": q.speaker_span.start if q.speaker_span else None,
             "speaker_end": q.speaker_span.end if q.speaker_span else None,
             "verb": q.verb, "cue": q.cue, **_span(extraction, q.span)}
            for q in extraction.quotes]


def _quantity_rows(extraction: Extraction) -> list[dict]:
    """One ``quantities`` row per quantity, dated by the document's publication."""
    doc = extraction.document
    did = doc.id
    return [{"id": make_id("qty", did, n.span.start, n.span.end), "document_id": did, "text": n.text,
             "value": n.value, "unit": n.unit, "item": n.item, "kind": n.kind, "raw_value": n.raw_value,
             "raw_unit": n.raw_unit, "qualifier": n.qualifier, "value_max": n.value_max,
             "date": doc.published, **_span(extraction, n.span)}
            for n in extraction.quantities]


def _date_rows(extraction: Extraction) -> list[dict]:
    """One ``dates`` row per date mention."""
    did = extraction.document.id
    return [{"id": make_id("dat", did, d.span.start, d.span.end), "document_id": did, "text": d.text,
             "value": d.value, "relative": d.relative, **_span(extraction, d.span)}
            for d in extraction.dates]


def _event_report_rows(extraction: Extraction) -> list[dict]:
    """One ``event_reports`` row per event, with the quantities it concerns (resolved ids left empty)."""
    did = extraction.document.id
    by_span = {(n.span.start, n.span.end): n for n in extraction.quantities}
    out = []
    seen: dict[tuple[int, str], int] = {}
    for e in extraction.events:
        # a floor keeps its qualifier ("más de una tonelada"): resolution reads it as at least that much
        amounts = [{"quantity_id": make_id("qty", did, a.start, a.end), "item": amount.item, "value": amount.value,
                    "unit": amount.unit, "kind": amount.kind, **({"qualifier": amount.qualifier} if amount.qualifier else {})}
                   for a in e.amounts if (amount := by_span.get((a.start, a.end)))]
        # a second event of the type in one sentence ("500 kilos en Manzanillo y 300 en Lázaro Cárdenas") is a report
        # of its own: its id counts it, the first keeps the id it always had
        n = seen[(e.span.start, e.type)] = seen.get((e.span.start, e.type), -1) + 1
        out.append({
            "id": make_id("rep", did, e.span.start, e.type, *([n] if n else [])), "document_id": did, "event_id": None,
            "type": e.type, "trigger": e.trigger, "date": e.date, "place_local_id": e.place,
            "organizer_local_id": e.organizer, "participant_local_ids": e.participants, "place_id": None,
            "organizer_id": None, "participant_ids": [], "status": "planned" if e.planned else "happened",
            "country": e.country, "target_local_ids": e.targets, "target_ids": [], "amounts": amounts,
            "opening": extraction.document.body[e.span.start:e.span.start + OPENING_CHARS], **_span(extraction, e.span)})
    return out


def _relation_rows(extraction: Extraction) -> list[dict]:
    """One ``relations`` row per relation, dated by the document's publication day."""
    doc = extraction.document
    did = doc.id
    return [{"id": make_id("rel", did, rel.span.start, rel.span.end, rel.kind, rel.subject, rel.object, rel.value),
             "document_id": did, "kind": rel.kind, "subject_local_id": rel.subject, "subject_id": None,
             "object_local_id": rel.object, "object_id": None, "value": rel.value, "cue": rel.cue,
             "date": doc.published[:10] if doc.published else None, **_span(extraction, rel.span)}
            for rel in extraction.relations]


def write_extraction(engine: Engine, extraction: Extraction) -> None:
    """Store one document and its facts, replacing what was stored for it (one transaction)."""
    write_extractions(engine, [extraction])


def write_extractions(engine: Engine, extractions: list[Extraction]) -> None:
    """Store documents and their facts, replacing what was stored for them, all in one transaction (issue 15).

    The rows of every document go in with one statement per table, in the order of ``extractions``: the
    same rows in the same order as one ``write_extraction`` each, in about a tenth of the statements.
    Distinct documents only (an ingest skips a second copy of a document).
    """
    batch = [document_rows(extraction) for extraction in extractions]
    ids = [extraction.document.id for extraction in extractions]
    with engine.begin() as conn:
        # a document's facts are written with it in one transaction: a document not stored has none
        stored = sorted(set(conn.execute(select(t.documents.c.id).where(t.documents.c.id.in_(ids))).scalars()))
        if stored:
            for table in FACT_TABLES:
                conn.execute(delete(table).where(table.c.document_id.in_(stored)))
            conn.execute(delete(t.documents).where(t.documents.c.id.in_(stored)))
            page_tables.forget(conn, stored)
            # their entities and events must be resolved again (the facts above lost their resolved ids)
            conn.execute(delete(t.resolved_documents).where(t.resolved_documents.c.document_id.in_(stored)))
        for table in (t.documents, *FACT_TABLES):
            if rows := [row for doc_rows in batch for row in doc_rows[table.name]]:
                conn.execute(insert(table), rows)


def _set_by_local(conn: Connection, table: Table, local: str, column: str, rows: list[dict]) -> None:
    """Set ``column`` on the rows of each (document, local id) pair in one executemany."""
    if rows:
        stmt = (update(table).where(table.c.document_id == bindparam("_doc"), table.c[local] == bindparam("_local"))
                .values({column: bindparam("_value")}))
        conn.execute(stmt, rows)


def _delete_in(conn: Connection, column: Any, values: Iterable[str]) -> None:
    values = sorted(set(values))
    for start in range(0, len(values), 500):
        conn.execute(delete(column.table).where(column.in_(values[start:start + 500])))


def _entity_ids_in(conn: Connection, ids: Iterable[str]) -> set[str]:
    ids = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found |= set(conn.execute(select(t.entities.c.id).where(t.entities.c.id.in_(ids[start:start + 500]))).scalars())
    return found


def _renamed(conn: Connection, update_: EntityUpdate) -> set[str]:
    """The stored entities ``update_`` writes under another name (a quote's indexed speaker carries the name; the
    quotes of an entity new or removed are in documents whose ids moved)."""
    names = {e.id: e.name for e in update_.entities}
    ids, c = sorted(names), t.entities.c
    return {i for start in range(0, len(ids), 500)
            for i, name in conn.execute(select(c.id, c.name).where(c.id.in_(ids[start:start + 500]))) if names[i] != name}


def clear_resolution(conn: Connection) -> None:
    """Forget every resolution (index, entities, events), keeping redirects: the start of a resolution from scratch."""
    for table in (*t.RESOLUTION_TABLES, t.event_components, *t.PAGE_TABLES, t.entities, t.events):
        conn.execute(delete(table))


def write_resolution(engine: Engine, update_: EntityUpdate, documents: Collection[str], parts: Iterable[EventWrite],
                     *, full: bool = False, assigned: Callable[[Connection], Iterable[Assigned]] | None = None,
                     scope: SearchScope | None = None) -> dict[str, int]:
    """Store a resolution, only what changed (writes; one transaction, so a crash keeps the previous one whole).

    ``update_`` carries the entities to write or remove and the refs whose id changed;
    ``documents`` are the documents resolved now (their index rows are replaced);
    ``parts`` the re-resolved event reports and their events, part by part (``EventWrite``:
    each taken, written and let go in turn, so a generator keeps one part in memory).
    Ids that stop existing become redirects to where their refs went. With ``full`` the
    previous resolution is cleared first. With ``assigned``, the refs and their ids come from it
    batch by batch, read on the write's connection (a resolution from scratch holds no batch but
    the current one), instead of ``update_.assigned``. ``scope`` (not ``full``) gets the documents whose facts'
    ids it wrote and the entities stored under another name now, for the search index. Returns counts.

    Steps, in one transaction: the index rows and the resolved id on every fact; the
    resolution groups; the entities and the redirects; the events, their reports,
    blocking keys and components; the entity page tables of every document whose entity ids
    changed, and the event id on the page rows of the other reports whose event changed; the
    documents now resolved.
    """
    docs = set(documents)
    with engine.begin() as conn:
        if full:
            clear_resolution(conn)
        existing = dict(conn.execute(select(t.redirects.c.old_id, t.redirects.c.new_id)).all())
        moves = _write_refs(conn, [update_.assigned] if assigned is None else assigned(conn), docs)
        _write_groups(conn, update_)
        renamed = _renamed(conn, update_) if scope is not None and not full else set()
        redirects = _write_entities(conn, update_, existing, moves)
        refreshed = docs | {ref.document_id for ref, _ in update_.assigned}
        moved: list[tuple[str, str, str]] = []
        written = 0
        for part in parts:
            moved += [row for row in write_events(conn, part, cleared=full) if row[0] not in refreshed]
            written += len(part.events)
        page_tables.refresh(conn, refreshed)
        page_tables.set_events(conn, moved)
        if docs:
            _delete_in(conn, t.resolved_documents.c.document_id, docs)
            conn.execute(insert(t.resolved_documents), [{"document_id": d} for d in sorted(docs)])
        totals = {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                  for table in (t.entities, t.events)}
    if scope is not None and not full:
        scope.documents |= refreshed
        scope.entities |= renamed
    return {"documents": len(docs), **totals, "entities_written": len(update_.entities), "entities_removed":
            len(update_.removed), "events_written": written, "redirects": len(redirects), "full": int(full)}


def _write_refs(conn: Connection, batches: Iterable[Assigned], docs: set[str]) -> Counter[tuple[str, str]]:
    """Index rows of the in-document entities of ``docs``, then the resolved id on every fact that names them; returns
    how many refs moved from each old id to each new one."""
    _delete_in(conn, t.resolution_refs.c.document_id, docs)
    c = t.resolution_refs.c
    moves: Counter[tuple[str, str]] = Counter()
    for batch in batches:
        for start in range(0, len(batch), ROWS_PER_INSERT):  # the rows of a few thousand refs at a time
            _write_ref_rows(conn, batch[start:start + ROWS_PER_INSERT], docs, c)
        moves.update((r.resolved_id, eid) for r, eid in batch if r.resolved_id and eid)
    return moves


def _write_ref_rows(conn: Connection, assigned: list[Pair], docs: set[str], c: Any) -> None:
    """The index rows and resolved ids of one slice of (ref, id) pairs."""
    new_rows = [{"document_id": r.document_id, "local_id": r.local_id, "type": r.type, "name": r.name,
                 "key": r.key, "forms": r.forms, "grp": group_key(r), "entity_id": eid}
                for r, eid in assigned if r.document_id in docs]
    if new_rows:
        conn.execute(insert(t.resolution_refs), new_rows)
    moved = [{"_doc": r.document_id, "_local": r.local_id, "_value": eid} for r, eid in assigned]
    _set_by_local(conn, t.mentions, "local_id", "entity_id", moved)
    _set_by_local(conn, t.roles, "local_id", "entity_id", moved)
    _set_by_local(conn, t.roles, "organization_local_id", "organization_id", moved)
    _set_by_local(conn, t.quotes, "speaker_local_id", "speaker_id", moved)
    _set_by_local(conn, t.relations, "subject_local_id", "subject_id", moved)
    _set_by_local(conn, t.relations, "object_local_id", "object_id", moved)
    old_docs = [m for m in moved if m["_doc"] not in docs]
    if old_docs:
        conn.execute(update(t.resolution_refs).where(c.document_id == bindparam("_doc"),
                                                     c.local_id == bindparam("_local"))
                     .values(entity_id=bindparam("_value")), old_docs)


def _write_groups(conn: Connection, update_: EntityUpdate) -> None:
    """Replace the resolution groups that changed and drop the ones that went."""
    g = t.resolution_groups.c
    for kind, grp in [*update_.dropped_groups, *((row.type, row.grp) for row in update_.groups)]:
        conn.execute(delete(t.resolution_groups).where(g.type == kind, g.grp == grp))
    if update_.groups:
        conn.execute(insert(t.resolution_groups), [{"type": row.type, "grp": row.grp, "founder": row.founder,
                                                    "base_id": row.base_id, "facts": row.facts} for row in update_.groups])


def _write_entities(conn: Connection, update_: EntityUpdate, existing: dict[str, str],
                    moves: Counter[tuple[str, str]]) -> dict[str, str]:
    """Write the changed entities, remove the gone ones, and store the redirects that follow; returns the redirects."""
    written = {e.id for e in update_.entities}
    _delete_in(conn, t.entities.c.id, update_.removed | written)
    if update_.entities:
        conn.execute(insert(t.entities), [e.to_row() for e in update_.entities])
    now = _entity_ids_in(conn, [*existing, *existing.values(), *update_.removed])
    redirects = carry_redirects((pair for pair, n in moves.items() for _ in range(n)), update_.removed,
                                now | written, existing)
    if redirects != existing:
        conn.execute(delete(t.redirects))
        if redirects:
            conn.execute(insert(t.redirects), [{"old_id": o, "new_id": n} for o, n in sorted(redirects.items())])
    return redirects


def add_judgement(engine: Engine, kind: str, target: str, other: str | None, *, author: str = "analyst") -> None:
    """Store a merge or split decision about current entity ids (writes; resolution replays it)."""
    with engine.begin() as conn:
        conn.execute(insert(t.judgements).values(
            kind=kind, target=target, other=other, author=author,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))


def add_event_judgement(engine: Engine, kind: str, target: str, other: str | None, reports: list[str],
                        other_reports: list[str], *, author: str = "analyst") -> None:
    """Store a merge-event or split-event decision with the report ids it is about (writes; resolution replays it).

    The report ids are kept because event ids follow their reports: the judgement must
    hold after the ids change.
    """
    with engine.begin() as conn:
        conn.execute(insert(t.judgements).values(
            kind=kind, target=target, other=other, author=author,
            detail={"reports": reports, "other": other_reports},
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))


def failure_id(path: str, location: str, stage: str) -> str:
    """Stable id of a failure: the same input failing at the same stage is one row."""
    return make_id("fal", path, location, stage)


def write_failure(engine: Engine, failure: IngestFailure) -> str:
    """Record one failure (writes, one transaction): a new row, or the problem and last_seen of an old one.

    Returns the row id. ``first_seen`` is kept from the first time the same input failed
    at the same stage.
    """
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    fid = failure_id(failure.path, failure.location, failure.stage)
    values = {"problem": failure.problem, "detail": failure.detail, "last_seen": now}
    with engine.begin() as conn:
        exists = conn.execute(select(t.failures.c.id).where(t.failures.c.id == fid)).first()
        if exists:
            conn.execute(update(t.failures).where(t.failures.c.id == fid).values(values))
        else:
            conn.execute(insert(t.failures).values(id=fid, path=failure.path, location=failure.location,
                                                   stage=failure.stage, first_seen=now, **values))
    return fid


def clear_failures(engine: Engine, path: str, location: str) -> int:
    """Forget the failures of an input now stored (writes); returns how many rows went."""
    with engine.begin() as conn:
        result = conn.execute(delete(t.failures).where(t.failures.c.path == path, t.failures.c.location == location))
    return result.rowcount or 0
