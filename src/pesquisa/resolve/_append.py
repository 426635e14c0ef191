"""New event reports added to stored events with the result of a resolution from scratch, or None when unproven.

``resolve_events`` is greedy: it walks the candidate pairs in one order (pairs of one
document first, then those sharing the most participants, then by report id) and joins
two clusters when the pair is evidence of one event and nothing in the clusters
contradicts it. Resolving the stored reports ``S`` together with new ones ``N`` walks the
same pairs of ``S`` in the same relative order, with the pairs touching ``N`` in between.
The stored events keep, as evidence, the pair of every join that made them, so the walk
over ``S`` can be replayed from those joins alone, the new pairs taking their place in
the order. While every cluster holds the reports of at most one cluster of the stored
walk at that point (plus new reports), each pair of ``S`` ends as it did then:

- a pair inside one cluster, or without evidence, does nothing in both walks;
- a pair refused then is refused now: the clusters only gained reports of new documents,
  and a contradiction stays one when reports are added (signatures, and what one stored
  document tells, are unchanged);
- a stored join is made again when the clusters, grown by new reports, still agree.

A new pair is tested as ``resolve_events`` would. When a stored join meets clusters that
now contradict each other, or a new pair would join two clusters that both hold stored
reports, the walks part: ``append_reports`` returns None, and ``add_reports`` takes the
walk up there as a resolution from scratch (``_taken_up``: every candidate pair from that
step on). Otherwise the result is the resolution from scratch: the stored events, with new
reports joined to them or standing alone.
"""

from __future__ import annotations

from collections import defaultdict

from pesquisa.resolve._clusters import Forest
from pesquisa.resolve._parts import IdForest, evidence_components, grown_components
from pesquisa.resolve.events import (
    EventReport,
    ResolvedEvent,
    _content,
    _join_matching,
    blocking_keys,
    events_of,
    merge_evidence,
    resolve_events,
)

Rank = tuple[bool, int, str, str]


def _rank(a: EventReport, b: EventReport, people: dict[str, frozenset[str]]) -> Rank:
    """Where ``resolve_events`` meets the pair (a before b by id): one document first, most shared participants, ids
    (``people``: each report's participants as a set, made once)."""
    shared = len(people[a.id] & people[b.id])
    return (a.document_id != b.document_id, -shared, a.id, b.id)


def _stored_joins(old: list[EventReport], event_of: dict[str, str | None],
                  joins: list[tuple[str, str]]) -> bool:
    """True when ``joins`` are exactly the joins that made the stored events (one tree per event)."""
    ids = {r.id for r in old}
    events = {event_of.get(r.id) for r in old}
    if None in events or len(joins) != len(old) - len(events):
        return False
    union = IdForest(ids)
    for a, b in joins:
        if a not in ids or b not in ids or event_of[a] != event_of[b] or union.find(a) == union.find(b):
            return False
        union.join(a, b)
    return True


def _new_pairs(ordered: list[EventReport], new_ids: set[str], contents: dict[str, tuple],
               people: dict[str, frozenset[str]]) -> list[tuple[Rank, EventReport, EventReport]]:
    """The candidate pairs (sharing a blocking key) with at least one new report, ranked: each new report with the
    union of the holders of its keys, so a pair sharing several keys is made once (copies of one story share most)."""
    by_key: dict[str, list[EventReport]] = defaultdict(list)
    new_keys = {r.id: blocking_keys(r) for r in ordered if r.id in new_ids}
    wanted: set[str] = set().union(*new_keys.values())
    cache: dict[tuple, set[str]] = {}
    for r in ordered:
        if r.id in new_ids:
            keys = new_keys[r.id]
        else:  # a stored report never shares a document key with a new one
            content = contents[r.id]
            if content not in cache:
                cache[content] = blocking_keys(r) & wanted
            keys = cache[content]
        for key in keys:
            by_key[key].append(r)
    pairs: list[tuple[Rank, EventReport, EventReport]] = []
    for n in ordered:
        if n.id not in new_ids:
            continue
        partners = {m.id: m for key in new_keys[n.id] for m in by_key[key]}
        for mid, m in partners.items():
            if mid != n.id and (mid not in new_ids or mid > n.id):
                a, b = (n, m) if n.id < mid else (m, n)
                pairs.append((_rank(a, b, people), a, b))
    return pairs


def append_reports(old: list[EventReport], event_of: dict[str, str | None], joins: list[tuple[str, str]],
                   new: list[EventReport], contents: dict[str, tuple] | None = None) -> list[ResolvedEvent] | None:
    """The events of ``old`` + ``new`` as ``resolve_events`` (no judgements) makes them, or None when unproven.

    ``old``: stored reports, a union of whole stored events (``event_of``: report id ->
    stored event id) that ``joins`` (the report pairs of their evidence) made; ``new``:
    reports of documents none of them belongs to. Steps: check the stored joins form one
    tree per event; rank them with the new candidate pairs; walk them (module docstring).
    """
    walked = _walked(old, event_of, joins, new, contents)
    if walked is None or walked[2] is not None:
        return None
    walk, ordered, _ = walked
    return events_of(walk.forest, ordered, walk.evidence)


def _walked(old: list[EventReport], event_of: dict[str, str | None], joins: list[tuple[str, str]],
            new: list[EventReport], contents: dict[str, tuple] | None) -> tuple[_Walk, list[EventReport], Rank | None] | None:
    """``append_reports``' walk, the reports by id, and the rank of the step where it left the stored walk (None when
    it went to the end); None when the stored joins are not the stored events' trees."""
    new_ids = {r.id for r in new}
    if not _stored_joins(old, event_of, joins) or {r.document_id for r in old} & {r.document_id for r in new}:
        return None
    ordered = sorted([*old, *new], key=lambda r: r.id)
    contents = contents if contents is not None else {r.id: _content(r) for r in ordered}
    by_id = {r.id: r for r in ordered}
    people = {r.id: frozenset(r.participant_ids) for r in ordered}
    steps: list[tuple[Rank, EventReport, EventReport, bool]] = [
        (_rank(a, b, people), a, b, True) for a, b in ((by_id[x], by_id[y]) for x, y in (sorted(j) for j in joins))]
    steps += [(rank, a, b, False) for rank, a, b in _new_pairs(ordered, new_ids, contents, people)]
    steps.sort(key=lambda step: step[0])
    walk = _Walk(Forest(ordered, contents), IdForest(r.id for r in old), new_ids, event_of, contents)
    for rank, a, b, stored in steps:
        if not (walk.replay if stored else walk.meet)(a, b):
            return walk, ordered, rank
    return walk, ordered, None


def _taken_up(walk: _Walk, ordered: list[EventReport], rank: Rank, contents: dict[str, tuple]) -> list[ResolvedEvent]:
    """The events of a walk that left the stored walk at ``rank``, finished as ``resolve_events`` finishes them.

    Up to that step the walk's clusters are those of a resolution from scratch at the same
    point of its order (each pair before it ended as it did in the stored walk, or was a new
    pair tested as ``resolve_events`` tests it): the resolution from scratch goes on from
    there, over every candidate pair from that rank on, the stored ones included.
    """
    position = {r.id: i for i, r in enumerate(ordered)}
    other, fewer, a, b = rank
    evidence = walk.evidence + _join_matching(walk.forest, ordered, set(), contents,
                                              start=(int(other), -fewer, position[a], position[b]))
    return events_of(walk.forest, ordered, evidence)


class _Walk:
    """The walk over stored joins and new pairs (``append_reports``), with the stored walk beside it.

    ``stored`` is the forest of the stored joins alone (the stored walk at this point). Per
    root of ``forest``: whether it holds new reports or was joined by a new pair beyond one
    stored cluster (``touched``), the stored event of its stored reports, and, per stored
    document, one of its reports there. Kept true, and checked at each join: the stored
    reports of a cluster are whole stored clusters of one stored event, no two with a
    document in common (so a contradiction one stored document told stays one).
    """

    def __init__(self, forest: Forest, stored: IdForest, new_ids: set[str], event_of: dict[str, str | None],
                 contents: dict[str, tuple]) -> None:
        self.forest, self.stored = forest, stored
        self.touched = {r: r in new_ids for r in forest.parent}
        self.event = {r: event_of.get(r) for r in forest.parent}
        self.docs: dict[str, dict[str, str]] = {
            r.id: ({} if r.id in new_ids else {r.document_id: r.id}) for r in forest.cluster.reports.values()}
        self.evidence: list[dict] = []
        self.memo: dict[tuple[int, int, bool], dict | None] = {}
        numbers: dict[tuple, int] = {}
        self.number = {rid: numbers.setdefault(contents[rid], len(numbers)) for rid in forest.parent}
        self.refused: set[tuple[str, int, str, int]] = set()

    def _why(self, a: EventReport, b: EventReport) -> dict | None:
        """``merge_evidence(a, b)``, once per pair of contents (as ``events._join_matching``, keyed by small numbers: a
        content tuple is hashed again at every look-up)."""
        key = (self.number[a.id], self.number[b.id], a.document_id == b.document_id)
        if key not in self.memo:
            self.memo[key] = merge_evidence(a, b)
        return self.memo[key]

    def _apart_documents(self, ra: str, rb: str) -> bool:
        """True when no stored document has reports in two stored clusters of the two clusters joined."""
        da, db = self.docs[ra], self.docs[rb]
        find = self.stored.find
        return all(find(da[d]) == find(db[d]) for d in (da.keys() & db.keys()))

    def _join(self, ra: str, rb: str, why: dict, a: EventReport, b: EventReport, *, touch: bool) -> None:
        keep, gone = min(ra, rb), max(ra, rb)
        touched, event = self.touched[ra] or self.touched[rb] or touch, self.event[ra] or self.event[rb]
        self.forest.join(ra, rb)
        self.touched[keep], self.event[keep] = touched, event
        kept, other = self.docs[keep], self.docs.pop(gone)
        if len(kept) >= len(other):  # the smaller into the larger; the kept root's report of a document wins
            for doc, rid in other.items():
                kept.setdefault(doc, rid)
        else:
            other.update(kept)
            self.docs[keep] = other
        self.evidence.append({**why, "reports": [a.id, b.id]})

    def replay(self, a: EventReport, b: EventReport) -> bool:
        """A stored join: made again (or already made), False when the clusters now contradict each other."""
        forest, find = self.forest, self.forest.find
        self.stored.join(a.id, b.id)
        ra, rb = find(a.id), find(b.id)
        if ra == rb:
            return True
        why = self._why(a, b)
        if why is None:
            return False
        if (self.touched[ra] or self.touched[rb]) and not forest.cluster[ra].compatible(forest.cluster[rb], {}):
            return False
        if not self._apart_documents(ra, rb):
            return False
        self._join(ra, rb, why, a, b, touch=False)
        return True

    def meet(self, a: EventReport, b: EventReport) -> bool:
        """A new pair, tested as ``resolve_events`` does; False when the join would leave the stored events."""
        forest, find = self.forest, self.forest.find
        ra, rb = find(a.id), find(b.id)
        if ra == rb:
            return True
        state = (ra, forest.version[ra], rb, forest.version[rb])
        if state in self.refused:
            return True
        why = self._why(a, b)
        if why is None:
            return True
        if not forest.cluster[ra].compatible(forest.cluster[rb], {}):
            self.refused.add(state)
            return True
        both = self.event[ra] is not None and self.event[rb] is not None
        if both and (self.event[ra] != self.event[rb] or self.docs[ra].keys() & self.docs[rb].keys()):
            return False  # stored reports of two events, or a stored document in two stored clusters
        self._join(ra, rb, why, a, b, touch=both)
        return True


def add_reports(old: list[EventReport], event_of: dict[str, str | None], joins: list[tuple[str, str]],
                new: list[EventReport]) -> list[ResolvedEvent]:
    """The events that reports of new documents change, as a resolution from scratch of ``old`` + ``new`` makes them.

    ``old``: the stored reports of whole evidence components (e.g. the blocking-key
    component of ``new``), ``event_of`` and ``joins`` as for ``append_reports``. Each
    evidence component holding a new report is resolved by ``append_reports``' walk, taken
    up from scratch where it leaves the stored walk (``_taken_up``), or from scratch where the
    stored joins are not the events' trees; the others keep their stored events and are left out.
    """
    return add_reports_in_parts(old, event_of, joins, new)[0]


def add_reports_in_parts(old: list[EventReport], event_of: dict[str, str | None], joins: list[tuple[str, str]],
                         new: list[EventReport], labels: dict[str, str] | None = None
                         ) -> tuple[list[ResolvedEvent], dict[str, str]]:
    """``add_reports``, and the evidence component (its smallest report id) of every report of ``old`` + ``new``;
    ``labels``: the stored component of every report of ``old``, when known (``_parts.grown_components``)."""
    contents = {r.id: _content(r) for r in [*old, *new]}
    if labels is not None and all(r.id in labels for r in old):
        components = grown_components(old, labels, new, contents)
    else:
        components = evidence_components([*old, *new], contents=contents)
    touched = {components[r.id] for r in new}
    parts: dict[str, tuple[list[EventReport], list[EventReport]]] = {root: ([], []) for root in touched}
    new_ids = {r.id for r in new}
    for r in [*old, *new]:
        root = components[r.id]
        if root in parts:
            parts[root][r.id in new_ids].append(r)
    by_part: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in joins:
        if components.get(a) in parts:
            by_part[components[a]].append((a, b))
    out: list[ResolvedEvent] = []
    for root, (stored, added) in sorted(parts.items()):
        walked = _walked(stored, event_of, by_part[root], added, contents)
        if walked is None:
            out += resolve_events([*stored, *added])
        else:
            walk, ordered, left = walked
            out += events_of(walk.forest, ordered, walk.evidence) if left is None else _taken_up(walk, ordered, left, contents)
    return sorted(out, key=lambda e: e.id), components
