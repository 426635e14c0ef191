"""Issue 15: new event reports added to stored events give exactly the events of a resolution from scratch.

Random stores of copied stories (the case that makes one blocking-key component most of
an archive): stories of a few people on near days, in two countries, some planned, some
arrests naming different people, copied into many documents, each copy keeping or
dropping a person, a place or the day. The stored events are resolved from scratch on a
random part of the documents; the rest arrive as new documents.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

import pesquisa.resolve._append as append_module
from pesquisa.resolve import EventReport, add_reports, resolve_events
from pesquisa.resolve._parts import evidence_components, grown_components
from pesquisa.resolve.events import _content, merge_evidence

PEOPLE = [f"per-{name}" for name in ("ana", "ben", "carla", "dora", "eli")]
DAYS = [None, "2025-03-01", "2025-03-02", "2025-03-03", "2025-03", "2025-04-10"]


def _stories(rng: random.Random) -> list[dict]:
    return [{"type": rng.choice(["meeting", "meeting", "arrest", "call"]), "date": rng.choice(DAYS),
             "place": rng.choice([None, "plc-mx", "plc-dc"]), "people": rng.sample(PEOPLE, rng.randint(1, 4)),
             "status": rng.choice(["happened", "happened", "planned"])} for _ in range(8)]


def _copy(rng: random.Random, story: dict, doc: str, n: int) -> EventReport:
    people = [p for p in story["people"] if rng.random() > 0.2]
    place = story["place"] if rng.random() > 0.3 else None
    date = story["date"] if rng.random() > 0.2 else rng.choice(DAYS)
    return EventReport(f"rep-{rng.getrandbits(40):010x}-{n}", doc, story["type"], date, place,
                       rng.choice([None, None, "org-sre"]), people, status=story["status"],
                       country={"plc-mx": "mx", "plc-dc": "us"}.get(place or "", None),
                       target_ids=rng.sample(PEOPLE, 1) if story["type"] == "arrest" else [])


def _store(seed: int) -> list[EventReport]:
    rng = random.Random(seed)
    stories = _stories(rng)
    reports = []
    for d in range(60):
        for n, story in enumerate(rng.sample(stories, rng.randint(1, 3))):
            reports.append(_copy(rng, story, f"doc-{d:03d}", n))
    return reports


def _increment(seed: int):
    """A seeded store's reports, the documents added to it, the reports stored before, their events, each report's event
    and the stored joins."""
    reports = _store(seed)
    rng = random.Random(seed)
    new_docs = set(rng.sample(sorted({r.document_id for r in reports}), rng.randint(1, 20)))
    old = [r for r in reports if r.document_id not in new_docs]
    stored = resolve_events(old)
    event_of: dict[str, str | None] = {r.id: e.id for e in stored for r in e.reports}
    joins = [(e["reports"][0], e["reports"][1]) for ev in stored for e in ev.evidence]
    return reports, new_docs, old, stored, event_of, joins


def _event_rows(events) -> list[tuple]:
    return [(e.id, [r.id for r in e.reports], e.evidence, e.type, e.date, e.place_id, e.status, e.country)
            for e in events]


@pytest.mark.parametrize("seed", range(12))
def test_resolve_add_reports_equals_resolution_from_scratch(seed, monkeypatch):
    reports, new_docs, old, stored, event_of, joins = _increment(seed)
    new = [r for r in reports if r.document_id in new_docs]
    outcomes = []
    real = append_module._walked

    def counted(*args):
        result = real(*args)
        outcomes.append("scratch" if result is None else "appended" if result[2] is None else "taken up")
        return result

    monkeypatch.setattr(append_module, "_walked", counted)
    changed = add_reports(old, event_of, joins, new)
    scratch = resolve_events(reports)
    kept = [e for e in stored if not {r.id for r in e.reports} & {r.id for c in changed for r in c.reports}]
    assert sorted(_event_rows(kept + changed)) == sorted(_event_rows(scratch))
    assert outcomes  # every store here has new reports to add


def test_resolve_add_reports_takes_both_paths():
    """Over the random stores, some components are appended and some (where the new documents part a stored event
    or join two) resolved from scratch, so both paths are compared with a resolution from scratch above."""
    seen = set()
    for seed in range(12):
        reports, new_docs, _old, _stored, event_of, joins = _increment(seed)
        components = evidence_components(reports)
        for root in {components[r.id] for r in reports if r.document_id in new_docs}:
            part = [r for r in reports if components[r.id] == root]
            part_old = [r for r in part if r.document_id not in new_docs]
            ids = {r.id for r in part_old}
            result = append_module.append_reports(part_old, event_of, [j for j in joins if j[0] in ids],
                                                  [r for r in part if r.document_id in new_docs])
            seen.add(result is not None)
    assert seen == {True, False}


def test_resolve_add_reports_takes_up_a_walk_that_leaves_the_stored_one(monkeypatch):
    """Issue 15: where new documents join two stored events or part one, the walk is not thrown away: the resolution
    from scratch goes on from the step where it left the stored walk (compared with one over everything above)."""
    taken = []
    real = append_module._taken_up

    def counted(walk, ordered, rank, contents):
        taken.append(rank)
        return real(walk, ordered, rank, contents)

    monkeypatch.setattr(append_module, "_taken_up", counted)
    monkeypatch.setattr(append_module, "resolve_events", None)  # no part resolved over all its pairs
    for seed in range(12):
        reports, new_docs, old, _stored, event_of, joins = _increment(seed)
        add_reports(old, event_of, joins, [r for r in reports if r.document_id in new_docs])
    assert taken


@pytest.mark.parametrize("seed", range(4))
def test_resolve_evidence_components_equal_pairwise_components(seed):
    reports = _store(seed)
    parent = {r.id: r.id for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            if merge_evidence(a, b) is not None:
                ra, rb = find(a.id), find(b.id)
                parent[max(ra, rb)] = min(ra, rb)
    assert evidence_components(reports) == {r.id: find(r.id) for r in reports}


def test_resolve_add_reports_refuses_stored_joins_that_are_not_one_tree_per_event():
    """Evidence from an older resolution (every matching pair kept) cannot be replayed: None, resolved from scratch."""
    a = EventReport("rep-a", "doc-1", "meeting", "2025-03-01", None, None, PEOPLE[:2])
    b = EventReport("rep-b", "doc-2", "meeting", "2025-03-01", None, None, PEOPLE[:2])
    c = EventReport("rep-c", "doc-3", "meeting", "2025-03-01", None, None, PEOPLE[:2])
    event_of: dict[str, str | None] = {"rep-a": "evt-1", "rep-b": "evt-1", "rep-c": "evt-1"}
    joins = [("rep-a", "rep-b"), ("rep-a", "rep-c"), ("rep-b", "rep-c")]
    new = [EventReport("rep-d", "doc-4", "meeting", "2025-03-01", None, None, PEOPLE[:2])]
    assert append_module.append_reports([a, b, c], event_of, joins, new) is None
    assert _event_rows(add_reports([a, b, c], event_of, joins, new)) == _event_rows(resolve_events([a, b, c, *new]))


@pytest.mark.parametrize("seed", range(4))
def test_resolve_cluster_facets_depend_on_content_only(seed):
    """A cluster of one report built from the facets of another report with the same content (a copy of the story
    in another document) holds what one built from the report itself holds (``Forest`` shares facets by content)."""
    from pesquisa.resolve._clusters import Cluster, facets_of
    from pesquisa.resolve.events import _content

    reports = _store(seed)
    copied = [replace(r, id=r.id + "-copy", document_id=r.document_id + "-copy") for r in reports]
    slots = Cluster.__slots__
    for report, copy in zip(reports, copied, strict=True):
        assert _content(report) == _content(copy)
        shared, own = Cluster(copy, facets_of(report)), Cluster(copy)
        assert [getattr(shared, s) for s in slots] == [getattr(own, s) for s in slots]


def test_resolve_forest_with_contents_gives_the_events_without():
    """``Forest`` built with the reports' contents (facets shared between copies) resolves to the same events."""
    from pesquisa.resolve._clusters import Forest
    from pesquisa.resolve.events import _content

    reports = sorted(_store(5), key=lambda r: r.id)
    shared, own = Forest(reports, {r.id: _content(r) for r in reports}), Forest(reports)
    assert all(shared.cluster[r.id].signatures == own.cluster[r.id].signatures for r in reports)
    assert _event_rows(resolve_events(reports)) == _event_rows(resolve_events(list(reversed(reports))))


@pytest.mark.parametrize("seed", range(12))
def test_resolve_grown_components_equal_evidence_components_of_everything(seed):
    # an increment's components from the stored ones and the new reports' evidence alone (no stored pair tested
    # again) are those of the evidence graph of every report, labels included (the smallest report id)
    reports = _store(seed)
    rng = random.Random(seed)
    new_docs = set(rng.sample(sorted({r.document_id for r in reports}), rng.randint(1, 12)))
    old = [r for r in reports if r.document_id not in new_docs]
    new = [r for r in reports if r.document_id in new_docs]
    contents = {r.id: _content(r) for r in reports}
    assert grown_components(old, evidence_components(old), new, contents) == evidence_components(reports)
