"""Event resolution: reports of one meeting, call, seizure or arrest merged across outlets.

Two reports are one event when they have the same type and enough shared evidence:
- two or more shared participants, or
- one shared participant and the same place or date, or the same organizer and date, or
- they come from one article and share a participant (or one names nobody: "the meeting"),
and their dates (resolved from "Thursday", "ayer", "Oct. 13") do not disagree by
more than two days. The evidence for every merge is kept, so ``pesquisa show event``
can say why. Ids come from the earliest report id of the cluster (content-derived).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pesquisa.records import make_id


@dataclass(slots=True)
class EventReport:
    id: str
    document_id: str
    type: str
    date: str | None
    place_id: str | None
    organizer_id: str | None
    participant_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ResolvedEvent:
    id: str
    type: str
    date: str | None
    place_id: str | None
    reports: list[EventReport]
    evidence: list[dict]


def _day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        return dt.date.fromisoformat(value)
    return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; known ones within two days."""
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= 2


def merge_evidence(a: EventReport, b: EventReport) -> dict | None:
    """Why two reports are one event, or None when they are not."""
    if a.type != b.type or not dates_agree(a.date, b.date):
        return None
    shared = sorted(set(a.participant_ids) & set(b.participant_ids))
    same_place = bool(a.place_id and a.place_id == b.place_id)
    same_date = bool(a.date and a.date == b.date)
    same_org = bool(a.organizer_id and a.organizer_id == b.organizer_id)
    strong = len(shared) >= 2 or (bool(shared) and (same_place or same_date)) or (same_org and same_date)
    # inside one article, later sentences refer back to the event ("the meeting", "the talks")
    same_document = a.document_id == b.document_id and bool(shared or not a.participant_ids or not b.participant_ids)
    if not (strong or same_document):
        return None
    return {"reports": [a.id, b.id], "shared_participants": shared, "same_place": same_place,
            "same_date": same_date, "same_organizer": same_org, "same_document": same_document}


def resolve_events(reports: list[EventReport]) -> list[ResolvedEvent]:
    """Events across documents with the evidence of each merge (pure)."""
    ordered = sorted(reports, key=lambda r: r.id)
    parent = {r.id: r.id for r in ordered}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    evidence: list[dict] = []
    known = {r.id: {r.date} if r.date else set() for r in ordered}  # dates of each cluster: no chaining across them
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            why = merge_evidence(a, b)
            if why:
                evidence.append(why)
                ra, rb = find(a.id), find(b.id)
                if ra != rb and all(dates_agree(x, y) for x in known[ra] for y in known[rb]):
                    parent[max(ra, rb)] = min(ra, rb)
                    known[min(ra, rb)] |= known[max(ra, rb)]
    clusters: dict[str, list[EventReport]] = {}
    for r in ordered:
        clusters.setdefault(find(r.id), []).append(r)
    out = []
    for root, members in sorted(clusters.items()):
        ids = {m.id for m in members}
        dates = sorted({m.date for m in members if m.date and len(m.date) == 10})
        places = [m.place_id for m in members if m.place_id]
        out.append(ResolvedEvent(
            id=make_id("evt", root), type=members[0].type, date=dates[0] if dates else None,
            place_id=max(sorted(set(places)), key=places.count) if places else None, reports=members,
            evidence=[e for e in evidence if e["reports"][0] in ids]))
    return out
