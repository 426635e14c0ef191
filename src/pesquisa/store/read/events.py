"""Events: the ids matching a filter, and each event with the reports merged into it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, Select, String, cast, func, or_, select

from pesquisa.errors import NotFoundError
from pesquisa.store import schema as t
from pesquisa.store.read._common import Rows, names_of, page_of, within_dates
from pesquisa.store.read.lookup import find_entity, resolve_id

_ITEM_GAP = re.compile(r"\s*,?\s*")  # between the items of a JSON array
_NEWEST = (t.events.c.date.desc().nulls_last(), t.events.c.id)  # the order of every list of events
REPORTS_LISTED = 3  # reports (and merge evidence) an event shows in a list, by default (issue 15)


@dataclass(slots=True)
class EventFacts:
    """One event (its row, ``evidence`` cut to the page of reports asked for) and that page of its reports, each
    with its document's ``source`` and the ``sentence`` its span covers, by source; what the event has in all."""

    event: dict
    reports: list[dict]
    names: dict[str, str]  # entity id -> name, for the place, evidence and every organizer and participant
    report_count: int = 0  # reports merged into the event, listed or not
    evidence_count: int = 0  # merges recorded, listed or not
    participant_ids: list[str] = field(default_factory=list)  # organizers and participants of every report
    reports_offset: int = 0  # reports (and merges) skipped before the first listed


def event_ids(engine: Engine, *, type: str | None = None, date_from: str | None = None, date_to: str | None = None,
              participant_id: str | None = None) -> list[str]:
    """Ids of the events matching the filters, newest first (read-only).

    ``participant_id`` keeps the events where that entity took part or organized.
    """
    with engine.connect() as conn:
        return list(conn.execute(_matching(type, date_from, date_to, participant_id).order_by(*_NEWEST)).scalars())


def _matching(type: str | None, date_from: str | None, date_to: str | None, participant_id: str | None) -> Select:
    """The ids of the events of ``type`` between the dates where ``participant_id`` took part or organized.

    The participant is found in the JSON text of each report's participants, quoted, so the
    database scans them instead of Python decoding every report of the store.
    """
    e = t.events.c
    stmt = within_dates(select(e.id), e.date, date_from, date_to)
    if type:
        stmt = stmt.where(e.type == type)
    if participant_id:
        r = t.event_reports.c
        quoted = '"' + re.sub(r"([\\%_])", r"\\\1", participant_id) + '"'
        named = cast(r.participant_ids, String).like(f"%{quoted}%", escape="\\")
        stmt = stmt.where(e.id.in_(select(r.event_id).where(or_(r.organizer_id == participant_id, named))))
    return stmt


def events(engine: Engine, *, type: str | None = None, participant: str | None = None,
           date_from: str | None = None, date_to: str | None = None, limit: int = 50, offset: int = 0,
           reports_limit: int = REPORTS_LISTED) -> Rows:
    """A page of events, newest first, each an ``EventFacts`` with its first ``reports_limit`` reports and
    merges (read-only): an event of a wire story copied thousands of times costs what the list shows (issue 15).

    ``participant`` is an entity id or name; it keeps events where the entity took part
    or organized, echoed as ``resolved["participant_id"]``. A name that matches no entity
    gives an empty page.
    """
    who = None
    if participant and participant.strip():
        try:
            who = find_entity(engine, participant.strip())["id"]
        except NotFoundError:
            return Rows([], 0)
    with engine.connect() as conn:
        page = page_of(conn, _matching(type, date_from, date_to, who), _NEWEST, limit, offset)
    return Rows(event_facts(engine, [r["id"] for r in page.items], reports_limit=reports_limit), page.total,
                resolved={"participant_id": who} if who else {})


def event(engine: Engine, event_id: str, *, reports_limit: int | None = None, reports_offset: int = 0) -> EventFacts:
    """One event (old ids followed) with its reports from ``reports_offset``, at most ``reports_limit`` (all when
    ``None``), and as many merges from the same offset (read-only). Raises ``NotFoundError`` for an unknown id."""
    current = resolve_id(engine, event_id)
    found = event_facts(engine, [current], reports_limit=reports_limit, reports_offset=reports_offset)
    if not found:
        raise NotFoundError(f"{current}: no such event")
    return found[0]


def event_facts(engine: Engine, ids: list[str], *, reports_limit: int | None = None,
                reports_offset: int = 0) -> list[EventFacts]:
    """The events ``ids`` (current ids) with a page of their reports, in the order asked; unknown ids left out
    (read-only).

    Steps, one query each whatever the number of events: 1. the events, with the window of their
    ``evidence`` (the merges from ``reports_offset``, as many as ``reports_limit``) decoded and the rest
    only counted; 2. their report counts; 3. the page of each event's reports (from ``reports_offset``,
    at most ``reports_limit``; all when ``None``), only the sentence of each document read, not its
    body; 4. the distinct organizers and participants of all their reports; 5. the names cited.
    """
    with engine.connect() as conn:
        events, evidence_counts = _event_rows(conn, ids, reports_limit, reports_offset)
        counts: dict[str, int] = dict(conn.execute(select(t.event_reports.c.event_id, func.count()).where(
            t.event_reports.c.event_id.in_(list(events))).group_by(t.event_reports.c.event_id)).all())
        reports = _report_pages(conn, list(events), reports_limit, reports_offset)
        taking_part = _taking_part(conn, list(events))
        cited = [ev["place_id"] for ev in events.values()]
        cited += [p for ev in events.values() for e in ev["evidence"] for p in e.get("shared_participants", [])]
        cited += [r["place_id"] for told in reports.values() for r in told]
        cited += [p for who in taking_part.values() for p in who]
        names = names_of(conn, cited)
    return [EventFacts(events[i], reports[i], names, counts.get(i, 0), evidence_counts[i], taking_part[i],
                       reports_offset) for i in ids if i in events]


def _event_rows(conn: Connection, ids: list[str], limit: int | None,
                offset: int) -> tuple[dict[str, dict], dict[str, int]]:
    """Event id -> its row with ``evidence`` cut to ``[offset:offset + limit]`` (all when ``None``), and
    event id -> how many merges its evidence holds.

    The evidence of an event of thousands of copies is megabytes of JSON (one merge per report);
    decoding it all cost a list of ten events a quarter of a second, so it is read as text, counted
    by the database and decoded only up to the last merge kept.
    """
    e = t.events.c
    stmt = select(*(c for c in t.events.c if c.name != "evidence"), cast(e.evidence, String).label("evidence"),
                  func.json_array_length(e.evidence).label("evidence_count")).where(e.id.in_(ids))
    events, evidence_counts = {}, {}
    for row in conn.execute(stmt).mappings():
        event = dict(row)
        evidence_counts[row["id"]] = event.pop("evidence_count")
        events[row["id"]] = {**event, "evidence": json_items(row["evidence"], offset, limit)}
    return events, evidence_counts


def json_items(text: str, offset: int = 0, limit: int | None = None) -> list:
    """Items ``[offset:offset + limit]`` of the JSON array ``text`` (all from ``offset`` when ``limit`` is
    ``None``), decoding none after the last one kept."""
    if limit is None and offset == 0:
        return json.loads(text)
    decoder, out, pos, n = json.JSONDecoder(), [], _past_gap(text, text.index("[") + 1), 0
    while text[pos] != "]" and (limit is None or n < offset + limit):
        item, pos = decoder.raw_decode(text, pos)
        if n >= offset:
            out.append(item)
        pos, n = _past_gap(text, pos), n + 1
    return out


def _past_gap(text: str, pos: int) -> int:
    """The position after the blanks and the comma at ``pos`` of a JSON array's text."""
    gap = _ITEM_GAP.match(text, pos)
    return gap.end() if gap else pos


def _report_pages(conn: Connection, ids: list[str], limit: int | None, offset: int) -> dict[str, list[dict]]:
    """Event id -> its reports ranked by source (then span and id), from ``offset``, at most ``limit``.

    The rank is taken over ids alone; the sentence (``substr`` of the body, counted in characters
    as Python slices) is read only for the reports kept, so a page never reads a document's body.
    """
    r, d = t.event_reports.c, t.documents.c
    rank = func.row_number().over(partition_by=r.event_id, order_by=(d.source, r.start, r.id)).label("n")
    ranked = (select(r.id, rank).join(t.documents, d.id == r.document_id).where(r.event_id.in_(ids))).subquery()
    keep = ranked.c.n > offset
    if limit is not None:
        keep &= ranked.c.n <= offset + limit
    stmt = (select(t.event_reports, d.source, func.substr(d.body, r.start + 1, r.end - r.start).label("sentence"))
            .join(ranked, ranked.c.id == r.id).join(t.documents, d.id == r.document_id)
            .where(keep).order_by(r.event_id, ranked.c.n))
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for row in conn.execute(stmt).mappings():
        out[row["event_id"]].append(dict(row))
    return out


def _taking_part(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    """Event id -> the organizers and participants of all its reports, sorted.

    Reads each distinct (participants, organizer) once: the copies of one story name the same people.
    The JSON is compared as text, which PostgreSQL's ``json`` type needs for ``DISTINCT``.
    """
    r = t.event_reports.c
    stmt = select(r.event_id, cast(r.participant_ids, String), r.organizer_id).where(r.event_id.in_(ids)).distinct()
    out: dict[str, set[str]] = {i: set() for i in ids}
    for event_id, participants, organizer in conn.execute(stmt):
        out[event_id].update(p for p in (*json.loads(participants or "[]"), organizer) if p)
    return {i: sorted(who) for i, who in out.items()}


def event_types(engine: Engine) -> list[str]:
    """The event types present, sorted (read-only)."""
    with engine.connect() as conn:
        return sorted(conn.execute(select(t.events.c.type).distinct()).scalars())
