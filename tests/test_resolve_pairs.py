"""Issue 15: the candidate pairs of event resolution, held per report as arrays, come in the order of sorting them all.

``resolve._pairs.ranked_pairs`` walks large components class by class from per-report
arrays instead of sorting every pair as a Python int. These tests hold it to the plain
definition (every pair sharing a blocking key, sorted by one document first, most shared
participants, then i and j) on random stores of copied stories, in both of its paths, and
check that ``resolve_events`` gives the same events and evidence whichever path it takes.
"""

from __future__ import annotations

import random

import pytest

import pesquisa.resolve._pairs as pairs_module
from pesquisa.resolve import EventReport, resolve_events
from pesquisa.resolve._pairs import partners, ranked_pairs
from pesquisa.resolve.events import blocking_keys, candidate_pairs

PEOPLE = [f"per-{name}" for name in ("ana", "ben", "carla", "dora", "eli", "fede")]
DAYS = [None, "2025-03-01", "2025-03-02", "2025-03"]


def _reports(seed: int, documents: int = 40) -> list[EventReport]:
    """Stories of a few people copied into many documents, a copy keeping or dropping a person, the place or the day."""
    rng = random.Random(seed)
    stories = [(rng.choice(["meeting", "call", "arrest"]), rng.choice(DAYS), rng.choice([None, "plc-mx", "plc-dc"]),
                rng.sample(PEOPLE, rng.randint(0, 4))) for _ in range(6)]
    out = []
    for d in range(documents):
        for n, (kind, date, place, people) in enumerate(rng.sample(stories, rng.randint(1, 3))):
            out.append(EventReport(f"rep-{rng.getrandbits(32):08x}-{n}", f"doc-{d:03d}", kind,
                                   date if rng.random() > 0.2 else rng.choice(DAYS),
                                   place if rng.random() > 0.3 else None, rng.choice([None, "org-sre"]),
                                   [p for p in people if rng.random() > 0.2],
                                   target_ids=people[:1] if kind == "arrest" else []))
    return sorted(out, key=lambda r: r.id)


def _by_definition(ordered: list[EventReport]) -> list[tuple[int, int]]:
    """Every pair sharing a key, sorted by (another document, fewer shared participants, i, j)."""
    keys = [blocking_keys(r) for r in ordered]
    found = [(i, j) for i in range(len(ordered)) for j in range(i + 1, len(ordered)) if keys[i] & keys[j]]

    def rank(pair: tuple[int, int]) -> tuple:
        a, b = ordered[pair[0]], ordered[pair[1]]
        return (a.document_id != b.document_id, -len(set(a.participant_ids) & set(b.participant_ids)), pair)

    return sorted(found, key=rank)


def _inputs(ordered: list[EventReport]) -> tuple[list[set[str]], list[int], list[frozenset[str]]]:
    numbers: dict[str, int] = {}
    return ([blocking_keys(r) for r in ordered], [numbers.setdefault(r.document_id, len(numbers)) for r in ordered],
            [frozenset(r.participant_ids) for r in ordered])


@pytest.mark.parametrize("seed", range(6))
def test_resolve_pairs_both_paths_give_the_order_of_sorting_every_pair(seed):
    ordered = _reports(seed)
    expected = _by_definition(ordered)
    assert len(expected) > 100  # copies share keys: many pairs
    assert list(ranked_pairs(*_inputs(ordered), small=0)) == expected  # per-report arrays
    assert list(ranked_pairs(*_inputs(ordered), small=10**9)) == expected  # Python ints


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("held", "row_sets"), [(0, 0), (0, 10**9), (10**9, 0)])
def test_resolve_pairs_made_again_class_by_class_give_the_same_order(seed, held, row_sets, monkeypatch):
    """Issue 15: a large component's pairs, held from the first pass or made again for each class (past
    ``HELD_PAIRS``), with shared counts looked up by array or by pair, come in the order of sorting every pair."""
    monkeypatch.setattr(pairs_module, "HELD_PAIRS", held)
    monkeypatch.setattr(pairs_module, "ROW_SETS", row_sets)
    ordered = _reports(seed, documents=80)
    assert list(ranked_pairs(*_inputs(ordered), small=0)) == _by_definition(ordered)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("small", "held"), [(0, 0), (0, 10**9), (10**9, 0)])
def test_resolve_pairs_from_a_start_leave_out_exactly_the_pairs_before_it(seed, small, held, monkeypatch):
    """Issue 15: a walk taken up where another left it asks for the pairs from one pair on (its class, i, j), in
    every path: the order of sorting every pair, less the pairs before that one."""
    monkeypatch.setattr(pairs_module, "HELD_PAIRS", held)
    ordered = _reports(seed, documents=50)
    expected = _by_definition(ordered)
    for at in (0, 1, len(expected) // 3, len(expected) // 2, len(expected) - 1):
        i, j = expected[at]
        a, b = ordered[i], ordered[j]
        start = (int(a.document_id != b.document_id), len(set(a.participant_ids) & set(b.participant_ids)), i, j)
        assert list(ranked_pairs(*_inputs(ordered), small=small, start=start)) == expected[at:]


def test_resolve_pairs_candidate_pairs_are_every_pair_sharing_a_key_in_position_order():
    ordered = _reports(7)
    assert candidate_pairs(ordered) == sorted(_by_definition(ordered))
    assert [a.tolist() for a in partners([set(), {"k"}, {"k", "x"}, {"x"}])] == [[], [2], [3], []]


@pytest.mark.parametrize("seed", range(4))
def test_resolve_pairs_events_and_evidence_the_same_on_either_path(seed, monkeypatch):
    reports = _reports(seed, documents=120)
    monkeypatch.setattr(pairs_module, "SMALL", 10**9)
    plain = resolve_events(reports)
    monkeypatch.setattr(pairs_module, "SMALL", 0)
    monkeypatch.setattr(pairs_module, "HELD_PAIRS", 0)
    arrays = resolve_events(reports)
    assert [(e.id, [r.id for r in e.reports], e.evidence) for e in arrays] == \
        [(e.id, [r.id for r in e.reports], e.evidence) for e in plain]
    assert len(plain) < len(reports)  # copies joined into events
