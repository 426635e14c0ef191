"""Reads of relations, event timelines and the seizure ledger (profiles: ``profiles``).

The query functions the timeline pages and the network by
relation kind are built on (kept apart from ``store.read`` while that module is being
restructured; both are the query layer). Every fact comes back with its ``document_id``,
``source`` and ``span``, and the text it stands on. All functions are read-only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, or_, select

from pesquisa.errors import NotFoundError
from pesquisa.resolve import EventJudgement
from pesquisa.resolve.events import same_amount
from pesquisa.store import schema as t

UNDATED = ("include", "exclude", "only")


def _bodies(conn, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """document id -> (source, body)."""
    rows = conn.execute(select(t.documents.c.id, t.documents.c.source, t.documents.c.body)
                        .where(t.documents.c.id.in_(sorted(set(ids))))).all()
    return {r[0]: (r[1], r[2]) for r in rows}


def _names(conn) -> dict[str, str]:
    return dict(conn.execute(select(t.entities.c.id, t.entities.c.name)).all())


def _evidence(row: dict, bodies: dict[str, tuple[str, str]]) -> dict:
    source, body = bodies.get(row["document_id"], ("", ""))
    return {"document_id": row["document_id"], "source": source, "span": [row["start"], row["end"]],
            "text": body[row["start"]:row["end"]]}


def nationalities(engine: Engine) -> dict[str, list[str]]:
    """Resolved person id -> the country codes the documents state for them (``national_of``)."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.relations.c.subject_id, t.relations.c.value)
                            .where(t.relations.c.kind == "national_of")).all()
    out: dict[str, set[str]] = defaultdict(set)
    for subject, value in rows:
        if subject and value:
            out[subject].add(value)
    return {k: sorted(v) for k, v in sorted(out.items())}


def relations_of(engine: Engine, entity_id: str, *, kinds: Iterable[str] | None = None) -> list[dict]:
    """Every relation the entity takes part in, both directions, each with its span and text."""
    rel = t.relations
    query = select(rel).where(or_(rel.c.subject_id == entity_id, rel.c.object_id == entity_id))
    if kinds:
        query = query.where(rel.c.kind.in_(list(kinds)))
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query.order_by(rel.c.document_id, rel.c.start)).mappings()]
        names = _names(conn)
        bodies = _bodies(conn, (r["document_id"] for r in rows))
    out = []
    for r in rows:
        outgoing = r["subject_id"] == entity_id
        other = r["object_id"] if outgoing else r["subject_id"]
        out.append({"kind": r["kind"], "direction": "out" if outgoing else "in", "other_id": other,
                    "other": names.get(other or "", r["value"]), "value": r["value"], "cue": r["cue"],
                    "date": r["date"], **_evidence(r, bodies)})
    return out


def _event_reports(conn, where) -> list[dict]:
    rows = conn.execute(select(t.event_reports, t.events.c.date.label("event_date"),
                               t.events.c.status.label("event_status"))
                        .join(t.events, t.events.c.id == t.event_reports.c.event_id)
                        .where(where).order_by(t.event_reports.c.document_id, t.event_reports.c.start)).mappings()
    return [dict(r) for r in rows]


def relation_edges(engine: Engine, *, kinds: Iterable[str] | None = None) -> list[dict]:
    """Network edges between resolved actors by relation kind, with each end's nationality and every span."""
    rel = t.relations
    query = select(rel).where(rel.c.object_id.is_not(None), rel.c.subject_id.is_not(None))
    if kinds:
        query = query.where(rel.c.kind.in_(list(kinds)))
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query.order_by(rel.c.id)).mappings()]
        names = _names(conn)
        bodies = _bodies(conn, (r["document_id"] for r in rows))
    countries = nationalities(engine)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in rows:
        key = (r["subject_id"], r["object_id"], r["kind"])
        edge = edges.setdefault(key, {
            "source": r["subject_id"], "source_name": names.get(r["subject_id"], ""),
            "target": r["object_id"], "target_name": names.get(r["object_id"], ""), "kind": r["kind"],
            "source_nationality": countries.get(r["subject_id"], []),
            "target_nationality": countries.get(r["object_id"], []), "evidence": []})
        edge["evidence"].append({"cue": r["cue"], **_evidence(r, bodies)})
    return [edges[k] for k in sorted(edges)]


def event_timeline(engine: Engine, *, date_from: str | None = None, date_to: str | None = None,
                   types: Iterable[str] | None = None, undated: str = "include") -> list[dict]:
    """Events in date order with participants, place, status and every report's source and span.

    ``date_from``/``date_to`` compare at the precision given ("2025", "2025-02", "2025-02-27");
    an event dated only to a month or year is in range when its period overlaps it. Undated
    events are never silently dropped: ``undated`` says whether they are included (last,
    flagged ``dated: false``), excluded or the only ones listed.
    """
    if undated not in UNDATED:
        raise ValueError(f"undated must be one of {', '.join(UNDATED)}")
    wanted = set(types or [])
    with engine.connect() as conn:
        events = [dict(r) for r in conn.execute(select(t.events)).mappings()]
        reports = _event_reports(conn, t.event_reports.c.event_id.is_not(None))
        names = _names(conn)
        bodies = _bodies(conn, (r["document_id"] for r in reports))
    by_event: dict[str, list[dict]] = defaultdict(list)
    for r in reports:
        by_event[r["event_id"]].append(r)
    out = []
    for ev in events:
        if wanted and ev["type"] not in wanted:
            continue
        date = ev["date"]
        if date is None:
            if undated == "exclude":
                continue
        elif undated == "only" or (date_from and date[:len(date_from)] < date_from[:len(date)]) or \
                (date_to and date[:len(date_to)] > date_to[:len(date)]):
            continue
        reps = by_event.get(ev["id"], [])
        participants = list(dict.fromkeys(p for r in reps for p in r["participant_ids"]))
        out.append({"id": ev["id"], "type": ev["type"], "date": date, "dated": date is not None,
                    "status": ev["status"], "place": names.get(ev["place_id"] or ""), "country": ev["country"],
                    "participants": [{"id": p, "name": names.get(p, p)} for p in participants],
                    "sources": [_evidence(r, bodies) for r in reps]})
    return sorted(out, key=lambda e: (not e["dated"], e["date"] or "", e["id"]))


def seizure_ledger(engine: Engine) -> dict:
    """Seized amounts with each seizure counted once, however many reports tell it (read-only).

    Within one resolved seizure event, an amount is the same as one an earlier report gave
    (documents ordered by publication date, then source) when the unit matches, the items
    are of one kind and the values are within 10 %: it is shown under ``reports`` but not
    added again. Seized quantities no event claims count as themselves. Totals by item and unit.
    """
    with engine.connect() as conn:
        quantities = {r["id"]: dict(r) for r in conn.execute(
            select(t.quantities).where(t.quantities.c.kind == "seizure")).mappings()}
        reports = _event_reports(conn, t.event_reports.c.type == "seizure")
        docs = {r[0]: (r[1] or "9999", r[2]) for r in conn.execute(
            select(t.documents.c.id, t.documents.c.published, t.documents.c.source)).all()}
        bodies = _bodies(conn, {q["document_id"] for q in quantities.values()})
    by_event: dict[str, list[dict]] = defaultdict(list)
    for r in reports:
        by_event[r["event_id"]].append(r)
    claimed: set[str] = set()
    lines = []
    for event_id, reps in sorted(by_event.items()):
        counted: list[dict] = []
        for r in sorted(reps, key=lambda r: (*docs.get(r["document_id"], ("9999", "")), r["start"])):
            for amount in r["amounts"] or []:
                q = quantities.get(amount["quantity_id"])
                if q is None or q["id"] in claimed:
                    continue
                claimed.add(q["id"])
                view = {"quantity_id": q["id"], "text": q["text"], "value": q["value"], **_evidence(q, bodies)}
                same = next((c for c in counted if c["document_id"] != q["document_id"] and same_amount(c, amount)),
                            None)
                if same is not None:
                    same["reports"].append(view)
                    continue
                counted.append({**amount, "document_id": q["document_id"], "event_id": event_id,
                                "item": q["item"], "unit": q["unit"], "value": q["value"], "reports": [view]})
        lines += counted
    for q in sorted(quantities.values(), key=lambda q: q["id"]):
        if q["id"] not in claimed:
            lines.append({"event_id": None, "item": q["item"], "unit": q["unit"], "value": q["value"],
                          "document_id": q["document_id"],
                          "reports": [{"quantity_id": q["id"], "text": q["text"], "value": q["value"],
                                       **_evidence(q, bodies)}]})
    totals: dict[tuple[str, str], dict] = {}
    for line in lines:
        key = (line["item"] or "", line["unit"] or "")
        total = totals.setdefault(key, {"item": line["item"], "unit": line["unit"], "total": 0.0, "seizures": 0,
                                        "reports": 0})
        total["total"] += line["value"]
        total["seizures"] += 1
        total["reports"] += len(line["reports"])
    return {"totals": [totals[k] for k in sorted(totals)], "seizures": lines}


def event_report_ids(engine: Engine, event_id: str) -> list[str]:
    """The ids of the reports merged into an event (read-only). Raises ``NotFoundError``."""
    with engine.connect() as conn:
        ids = conn.execute(select(t.event_reports.c.id).where(t.event_reports.c.event_id == event_id)
                           .order_by(t.event_reports.c.id)).scalars().all()
    if not ids:
        raise NotFoundError(f"{event_id}: no such event")
    return list(ids)


def event_of_report(engine: Engine, report_id: str) -> str | None:
    """The event a report is merged into now (read-only)."""
    with engine.connect() as conn:
        return conn.execute(select(t.event_reports.c.event_id).where(t.event_reports.c.id == report_id)).scalar()


def event_judgements(engine: Engine) -> list[EventJudgement]:
    """The analyst's standing event judgements (merge-event/split-event), in the order they were made."""
    with engine.connect() as conn:
        rows = conn.execute(select(t.judgements).where(t.judgements.c.deleted_at.is_(None),
                                                       t.judgements.c.kind.in_(["merge-event", "split-event"]))
                            .order_by(t.judgements.c.id)).mappings().all()
    return [EventJudgement(r["kind"], list((r["detail"] or {}).get("reports", [])),
                           list((r["detail"] or {}).get("other", []))) for r in rows]
