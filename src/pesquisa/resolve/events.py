"""Event resolution: reports of one meeting, call, seizure or arrest merged across outlets.

Two reports are one event when they have the same type and enough shared evidence:
- two or more shared participants, or
- one shared participant and the same place or date, or the same organizer and date, or
- they come from one article and share a participant (or one names nobody: "the meeting"),
and their dates (resolved from "Thursday", "ayer", "Oct. 13") do not disagree by
more than two days. The evidence of each pair that merged two clusters is kept (one pair
per join, not every matching pair), so ``pesquisa show event`` can say why every report is in.
Ids come from the earliest report id of the cluster (content-derived).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

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


def blocking_keys(report: EventReport) -> set[str]:
    """Keys two reports must share for ``merge_evidence`` to accept them (a covering set, not a verdict).

    Same type plus: a pair of participants; a participant and the place; a participant
    and the date; the organizer and the date; or the same document. ``merge_evidence``
    accepts no pair outside these keys (a test checks it), so candidate pairs are only
    the reports that share a key. When the merge rules change, this list must cover them.
    """
    t = report.type
    people = sorted(set(report.participant_ids))
    keys = {f"{t}|doc|{report.document_id}"}
    keys.update(f"{t}|pair|{p}|{q}" for p, q in combinations(people, 2))
    for p in people:
        if report.place_id:
            keys.add(f"{t}|place|{p}|{report.place_id}")
        if report.date:
            keys.add(f"{t}|date|{p}|{report.date}")
    if report.organizer_id and report.date:
        keys.add(f"{t}|org|{report.organizer_id}|{report.date}")
    return keys


class _Clusters:
    """Union-find over report positions (the smaller position is the root) with each cluster's date range."""

    def __init__(self, reports: list[EventReport]) -> None:
        self.parent = list(range(len(reports)))
        days = [_day(r.date) for r in reports]
        self.low = list(days)
        self.high = list(days)

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def dates_fit(self, a: int, b: int) -> bool:
        """True when two clusters' known dates all lie within two days of each other (roots given)."""
        lows = [d for d in (self.low[a], self.low[b]) if d]
        highs = [d for d in (self.high[a], self.high[b]) if d]
        return not lows or (max(highs) - min(lows)).days <= 2

    def union(self, a: int, b: int) -> None:
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        lows = [d for d in (self.low[keep], self.low[gone]) if d]
        highs = [d for d in (self.high[keep], self.high[gone]) if d]
        self.low[keep] = min(lows) if lows else None
        self.high[keep] = max(highs) if highs else None


def _first_hits(i: int, report: EventReport, ordered: list[EventReport], clusters: _Clusters,
                by_key: dict[str, dict[int, list[int]]], keys: list[str]) -> dict[int, tuple[int, dict]]:
    """For report ``i``: each other cluster it may join, with its first later report that gives evidence."""
    home = clusters.find(i)
    hits: dict[int, tuple[int, dict]] = {}
    for key in keys:
        roots = by_key[key]
        for root in [r for r in roots if clusters.parent[r] != r]:  # clusters merged since: fold their lists
            members, new_root = roots.pop(root), clusters.find(root)
            roots[new_root] = sorted(roots[new_root] + members) if new_root in roots else members
        for root, members in list(roots.items()):
            if members[-1] <= i:  # nothing left to pair with
                del roots[root]
                continue
            if root == home or not clusters.dates_fit(home, root):  # known-date conflicts only grow: no merge
                continue
            for j in members[bisect_right(members, i):]:
                if root in hits and j >= hits[root][0]:
                    break
                why = merge_evidence(report, ordered[j])
                if why:
                    hits[root] = (j, why)
                    break
    return hits


def resolve_events(reports: list[EventReport]) -> list[ResolvedEvent]:
    """Events across documents with the evidence of each merge (pure).

    The greedy rule: take report pairs in id order; two reports with evidence join
    when their clusters' known dates stay within two days (no chaining across
    conflicting dates). Only pairs sharing a ``blocking_keys`` key are read, and for
    each report only the first later report of each other cluster, so a key shared by
    thousands of reports costs about its size, not its square. The result equals
    comparing every pair in order. Evidence is kept for the pairs that merged.
    """
    ordered = sorted(reports, key=lambda r: r.id)
    clusters = _Clusters(ordered)
    report_keys: list[list[str]] = []
    by_key: dict[str, dict[int, list[int]]] = defaultdict(dict)
    for i, report in enumerate(ordered):
        keys = sorted(blocking_keys(report))
        report_keys.append(keys)
        for key in keys:
            by_key[key][i] = [i]
    evidence: dict[int, list[dict]] = defaultdict(list)  # merges, by the position of their first report
    for i, report in enumerate(ordered):
        hits = _first_hits(i, report, ordered, clusters, by_key, report_keys[i])
        for j, why in sorted(hits.values(), key=lambda hit: hit[0]):
            a, b = clusters.find(i), clusters.find(j)
            if a != b and clusters.dates_fit(a, b):
                clusters.union(a, b)
                evidence[i].append(why)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        members[clusters.find(i)].append(i)
    out = []
    for root, positions in sorted(members.items()):
        group = [ordered[i] for i in positions]
        dates = sorted({m.date for m in group if m.date and len(m.date) == 10})
        places = [m.place_id for m in group if m.place_id]
        out.append(ResolvedEvent(
            id=make_id("evt", ordered[root].id), type=group[0].type, date=dates[0] if dates else None,
            place_id=max(sorted(set(places)), key=places.count) if places else None, reports=group,
            evidence=[why for i in positions for why in evidence[i]]))
    return out
