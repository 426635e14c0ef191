"""Write a resolution's events: the events, each report's resolved ids and event, its blocking keys and its
evidence component (in the caller's transaction).

A resolution hands its events over in parts (``EventWrite``), each a union of whole
evidence components; a resolution from scratch writes each part as it is resolved, so
what is held at once is one part, not the store (issue 15).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, update

from pesquisa.resolve import EventReport, ResolvedEvent, blocking_keys, content_digest
from pesquisa.store import schema as t

ROWS_PER_INSERT = 5000


@dataclass(slots=True)
class EventWrite:
    """One part of an event resolution: the re-resolved ``reports`` and their ``events``, the event each report
    had (``stored_events``), the reports that get new blocking keys, and the evidence component of each report
    whose component is written ((report, smallest report id of its component))."""

    reports: list[EventReport] = field(default_factory=list)
    events: list[ResolvedEvent] = field(default_factory=list)
    stored_events: dict[str, str | None] = field(default_factory=dict)
    key_reports: list[EventReport] = field(default_factory=list)
    components: list[tuple[EventReport, str]] = field(default_factory=list)


def _delete_in(conn: Connection, column: Any, values: Iterable[str]) -> None:
    values = sorted(set(values))
    for start in range(0, len(values), 500):
        conn.execute(delete(column.table).where(column.in_(values[start:start + 500])))


def _insert(conn: Connection, table: Any, rows: Iterable[dict]) -> None:
    """Insert ``rows`` a few thousand at a time (the rows of a large part are never all built at once)."""
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == ROWS_PER_INSERT:
            conn.execute(insert(table), batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)


def write_events(conn: Connection, part: EventWrite, *, cleared: bool = False) -> list[tuple[str, str, str]]:
    """Replace the events the part's reports had, set each report's resolved ids and event, renew blocking keys
    and components; returns (document id, report id, event id) of the reports rewritten. ``cleared``: the
    resolution tables are empty (a resolution from scratch), nothing to delete."""
    report_event = {rep.id: ev.id for ev in part.events for rep in ev.reports}
    if not cleared:
        _delete_in(conn, t.events.c.id, {e for e in part.stored_events.values() if e} | set(report_event.values()))
    _insert(conn, t.events, ({"id": ev.id, "type": ev.type, "date": ev.date, "place_id": ev.place_id, "place": None,
                              "evidence": ev.evidence, "status": ev.status, "country": ev.country} for ev in part.events))
    keyed = {r.id for r in part.key_reports}
    changed = [r for r in part.reports if r.id in keyed or part.stored_events.get(r.id) != report_event[r.id]]
    if changed:
        stmt = update(t.event_reports).where(t.event_reports.c.id == bindparam("_id")).values(
            {c: bindparam(f"v_{c}") for c in ("participant_ids", "place_id", "organizer_id", "event_id", "target_ids")})
        for start in range(0, len(changed), ROWS_PER_INSERT):
            conn.execute(stmt, [{"_id": r.id, "v_participant_ids": r.participant_ids, "v_place_id": r.place_id,
                                 "v_organizer_id": r.organizer_id, "v_event_id": report_event[r.id],
                                 "v_target_ids": r.target_ids} for r in changed[start:start + ROWS_PER_INSERT]])
    if not cleared:
        _delete_in(conn, t.event_keys.c.report_id, keyed)
        _delete_in(conn, t.event_components.c.report_id, (r.id for r, _ in part.components))
    _insert(conn, t.event_keys, ({"key": key, "report_id": r.id} for r in part.key_reports
                                 for key in sorted(blocking_keys(r))))
    _insert(conn, t.event_components, ({"report_id": r.id, "component": root, "content": content_digest(r)}
                                       for r, root in part.components))
    return [(r.document_id, r.id, report_event[r.id]) for r in changed]
