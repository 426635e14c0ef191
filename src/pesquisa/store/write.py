"""Write extractions and resolutions to the store, one transaction each.

A document and every fact extracted from it go in together or not at all, so an
interrupted ingest leaves whole documents behind and resumes after the last one.
Row ids are content-derived (``make_id``): writing the same document twice
replaces its rows instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Engine, delete, insert, select, update

from pesquisa.records import Extraction, Span, make_id
from pesquisa.store import schema as t

FACT_TABLES = (t.mentions, t.roles, t.quotes, t.quantities, t.dates, t.event_reports)


def _span(extraction: Extraction, span: Span) -> dict[str, int]:
    raw = extraction.document.offsets.span_to_raw(span)
    return {"start": span.start, "end": span.end, "raw_start": raw.start, "raw_end": raw.end}


def stored_document_ids(engine: Engine) -> set[str]:
    """Ids of the documents already in the store (read-only)."""
    with engine.connect() as conn:
        return set(conn.execute(select(t.documents.c.id)).scalars())


def document_rows(extraction: Extraction) -> dict[str, list[dict]]:
    """The rows of every table for one extraction, keyed by table name."""
    doc = extraction.document
    did = doc.id
    rows: dict[str, list[dict]] = {name: [] for name in ("mentions", "roles", "quotes", "quantities", "dates", "event_reports")}
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
    for e in extraction.events:
        rows["event_reports"].append({
            "id": make_id("rep", did, e.span.start, e.type), "document_id": did, "event_id": None,
            "type": e.type, "trigger": e.trigger, "date": e.date, "place_local_id": e.place,
            "organizer_local_id": e.organizer, "participant_local_ids": e.participants, "place_id": None,
            "organizer_id": None, "participant_ids": [], **_span(extraction, e.span)})
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


def replace_rows(engine: Engine, table, rows: Iterable[dict]) -> None:
    """Replace the whole content of ``table`` with ``rows`` (one transaction)."""
    items = list(rows)
    with engine.begin() as conn:
        conn.execute(delete(table))
        if items:
            conn.execute(insert(table), items)


def set_column(engine: Engine, table, column: str, values: dict[str, str | None]) -> None:
    """Set ``column`` of the rows of ``table`` whose id is a key of ``values``."""
    if not values:
        return
    with engine.begin() as conn:
        for row_id, value in values.items():
            conn.execute(update(table).where(table.c.id == row_id).values({column: value}))
