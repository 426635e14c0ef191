"""Write extractions, resolutions and analyst judgements to the store, one transaction each.

A document and every fact extracted from it go in together or not at all, so an
interrupted ingest leaves whole documents behind and resumes after the last one.
Row ids are content-derived (``make_id``): writing the same document twice
replaces its rows instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update

from pesquisa.ingest import IngestFailure
from pesquisa.records import Extraction, Span, make_id
from pesquisa.resolve import EventReport, ResolvedEntity, ResolvedEvent
from pesquisa.resolve.entities import carry_redirects
from pesquisa.store import schema as t

FACT_TABLES = (t.mentions, t.roles, t.quotes, t.quantities, t.dates, t.event_reports, t.relations)


def _span(extraction: Extraction, span: Span) -> dict[str, int]:
    raw = extraction.document.offsets.span_to_raw(span)
    return {"start": span.start, "end": span.end, "raw_start": raw.start, "raw_end": raw.end}


def document_rows(extraction: Extraction) -> dict[str, list[dict]]:
    """The rows of every table for one extraction, keyed by table name."""
    doc = extraction.document
    did = doc.id
    rows: dict[str, list[dict]] = {table.name: [] for table in FACT_TABLES}
    rows["documents"] = [{
        "id": did, "source": doc.source, "path": doc.path, "url": doc.url, "title": doc.title,
        "published": doc.published, "lang": doc.lang, "content_type": doc.content_type, "raw": doc.raw,
        "body": doc.body, "offsets": doc.offsets.to_list(), "removed": doc.removed, "repairs": doc.repairs,
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }]
    for entity in extraction.entities:
        for m in entity.mentions:
            rows["mentions"].append({
                "id": make_id("men", did, m.span.start, m.span.end, m.type), "document_id": did,
                "entity_id": None, "local_id": entity.local_id, "type": m.type, "text": m.text,
                "name": m.name, "method": m.source, **_span(extraction, m.span)})
    for r in extraction.roles:
        rows["roles"].append({
            "id": make_id("rol", did, r.person, r.span.start, r.title), "document_id": did,
            "local_id": r.person, "entity_id": None, "title": r.title,
            "organization_local_id": r.organization, "organization_id": None,
            "qualifier": r.qualifier, "date": r.date, **_span(extraction, r.span)})
    for q in extraction.quotes:
        rows["quotes"].append({
            "id": make_id("quo", did, q.span.start, q.span.end, q.direct), "document_id": did, "text": q.text,
            "direct": q.direct, "speaker": q.speaker, "speaker_local_id": q.speaker_local_id, "speaker_id": None,
            "speaker_start": q.speaker_span.start if q.speaker_span else None,
            "speaker_end": q.speaker_span.end if q.speaker_span else None,
            "verb": q.verb, "cue": q.cue, **_span(extraction, q.span)})
    for n in extraction.quantities:
        rows["quantities"].append({
            "id": make_id("qty", did, n.span.start, n.span.end), "document_id": did, "text": n.text,
            "value": n.value, "unit": n.unit, "item": n.item, "kind": n.kind, "raw_value": n.raw_value,
            "raw_unit": n.raw_unit, "qualifier": n.qualifier, "value_max": n.value_max,
            "date": doc.published, **_span(extraction, n.span)})
    for d in extraction.dates:
        rows["dates"].append({
            "id": make_id("dat", did, d.span.start, d.span.end), "document_id": did, "text": d.text,
            "value": d.value, "relative": d.relative, **_span(extraction, d.span)})
    by_span = {(n.span.start, n.span.end): n for n in extraction.quantities}
    for e in extraction.events:
        amounts = [{"quantity_id": make_id("qty", did, a.start, a.end), "item": amount.item, "value": amount.value,
                    "unit": amount.unit, "kind": amount.kind}
                   for a in e.amounts if (amount := by_span.get((a.start, a.end)))]
        rows["event_reports"].append({
            "id": make_id("rep", did, e.span.start, e.type), "document_id": did, "event_id": None,
            "type": e.type, "trigger": e.trigger, "date": e.date, "place_local_id": e.place,
            "organizer_local_id": e.organizer, "participant_local_ids": e.participants, "place_id": None,
            "organizer_id": None, "participant_ids": [], "status": "planned" if e.planned else "happened",
            "country": e.country, "target_local_ids": e.targets, "target_ids": [], "amounts": amounts,
            **_span(extraction, e.span)})
    for rel in extraction.relations:
        rows["relations"].append({
            "id": make_id("rel", did, rel.span.start, rel.span.end, rel.kind, rel.subject, rel.object, rel.value),
            "document_id": did, "kind": rel.kind, "subject_local_id": rel.subject, "subject_id": None,
            "object_local_id": rel.object, "object_id": None, "value": rel.value, "cue": rel.cue,
            "date": doc.published[:10] if doc.published else None, **_span(extraction, rel.span)})
    # rows with the same id (the same span found twice) are one fact
    for name, items in rows.items():
        unique = {row["id"]: row for row in items}
        rows[name] = list(unique.values())
    return rows


def write_extraction(engine: Engine, extraction: Extraction) -> None:
    """Store one document and its facts, replacing what was stored for it (one transaction)."""
    rows = document_rows(extraction)
    did = extraction.document.id
    with engine.begin() as conn:
        for table in FACT_TABLES:
            conn.execute(delete(table).where(table.c.document_id == did))
        conn.execute(delete(t.documents).where(t.documents.c.id == did))
        conn.execute(insert(t.documents), rows["documents"])
        for table in FACT_TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])


def _replace(conn: Connection, table: Table, rows: list[dict]) -> None:
    conn.execute(delete(table))
    if rows:
        conn.execute(insert(table), rows)


def _update_many(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Set columns of many rows by id in one executemany (each row: ``_id`` plus the columns)."""
    if not rows:
        return
    columns = [k for k in rows[0] if k != "_id"]
    # bind names must differ from column names (SQLAlchemy reserves those for SET)
    stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(f"v_{c}") for c in columns})
    conn.execute(stmt, [{"_id": r["_id"], **{f"v_{c}": r[c] for c in columns}} for r in rows])


def write_resolution(engine: Engine, resolved: list[ResolvedEntity], reports: list[EventReport],
                     events: list[ResolvedEvent], local_to_id: dict[tuple[str, str], str]) -> dict[str, int]:
    """Store a resolution: entities, the resolved id of every fact, events and redirects (writes).

    Everything happens in one transaction with batched updates, so a crash leaves the
    previous resolution whole. Ids that stop existing become redirects to where their
    mentions went. Returns counts.
    """
    def rid(doc_id: str, local: str | None) -> str | None:
        return local_to_id.get((doc_id, local)) if local else None

    report_event = {rep.id: ev.id for ev in events for rep in ev.reports}
    new_ids = {e.id for e in resolved}
    with engine.begin() as conn:
        old_ids = set(conn.execute(select(t.entities.c.id)).scalars())
        mention_rows = conn.execute(select(t.mentions.c.id, t.mentions.c.document_id, t.mentions.c.local_id,
                                           t.mentions.c.entity_id)).all()
        role_rows = conn.execute(select(t.roles.c.id, t.roles.c.document_id, t.roles.c.local_id,
                                        t.roles.c.organization_local_id)).all()
        quote_rows = conn.execute(select(t.quotes.c.id, t.quotes.c.document_id, t.quotes.c.speaker_local_id)).all()
        existing = dict(conn.execute(select(t.redirects.c.old_id, t.redirects.c.new_id)).all())
        redirects = carry_redirects(((old, rid(doc, local)) for _mid, doc, local, old in mention_rows),
                                    old_ids, new_ids, existing)
        _replace(conn, t.entities, [e.to_row() for e in resolved])
        _update_many(conn, t.mentions, [{"_id": mid, "entity_id": rid(doc, local)}
                                        for mid, doc, local, _old in mention_rows])
        _update_many(conn, t.roles, [{"_id": role, "entity_id": rid(doc, local), "organization_id": rid(doc, org)}
                                     for role, doc, local, org in role_rows])
        _update_many(conn, t.quotes, [{"_id": qid, "speaker_id": rid(doc, local)} for qid, doc, local in quote_rows])
        _update_many(conn, t.event_reports, [
            {"_id": r.id, "participant_ids": r.participant_ids, "place_id": r.place_id,
             "organizer_id": r.organizer_id, "event_id": report_event[r.id], "target_ids": r.target_ids}
            for r in reports])
        relation_rows = conn.execute(select(t.relations.c.id, t.relations.c.document_id,
                                            t.relations.c.subject_local_id, t.relations.c.object_local_id)).all()
        _update_many(conn, t.relations, [{"_id": rel, "subject_id": rid(doc, subj), "object_id": rid(doc, obj)}
                                         for rel, doc, subj, obj in relation_rows])
        _replace(conn, t.events, [{"id": ev.id, "type": ev.type, "date": ev.date, "place_id": ev.place_id,
                                   "place": None, "evidence": ev.evidence, "status": ev.status,
                                   "country": ev.country} for ev in events])
        _replace(conn, t.redirects, [{"old_id": o, "new_id": n} for o, n in sorted(redirects.items())])
    return {"entities": len(resolved), "events": len(events), "redirects": len(redirects)}


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
