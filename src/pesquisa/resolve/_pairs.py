"""Candidate pairs of event reports in the order event resolution meets them, without holding them as Python ints.

``resolve_events`` compares the reports that share a blocking key, in one order: pairs of
one document first, then those sharing the most participants (the pair's *class*), then by
position (i, then j). Copies of one story share every key but the document, so an evidence
component of k copies has about k² candidate pairs: millions at 20,000 documents of the
bench's copies. Held as Python ints in a set, then ranked and sorted, each pair cost about
a hundred bytes, and the pairs of the largest component were most of the peak memory of a
resolution from scratch.

Large components (``SMALL`` reports or more) keep one sorted array of holders per blocking
key, and make the positions j > i sharing a key with i from them when they are needed,
sorted by (class, j): a first pass notes the classes each position has partners in, then
the walk goes class by class, then i, then j, making each position's partners again for
each of its classes: the order of sorting the pairs by (class, i * n + j), as the Python
ints were. What is held is the keys' holders and one position's partners, not the pairs
(those of a component of at most ``HELD_PAIRS`` pairs are kept from the first pass; four
bytes a pair when every position's partners were held: 4,876 copies of one story at
20,000 documents, most of the peak of a resolution from scratch). Small components, most
of them, keep the Python ints, which cost less there than numpy's calls; both give the same
order (a test compares them), and never import numpy.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SMALL = 256  # reports in a component below which the pairs are plain Python ints
Start = tuple[int, int, int, int]  # (another document, shared people, i, j) of a pair
HELD_PAIRS = 500_000  # pairs of a component held from the first pass (3 MB); more are made again class by class
ROW_SETS = 256  # distinct participant sets of a component up to which each set's shared counts are one array


def _key_numbers(keys: list[set[str]]) -> list[list[int]]:
    """Each position's keys as numbers (the strings are held once, then dropped)."""
    number: dict[str, int] = {}
    return [[number.setdefault(k, len(number)) for k in sorted(ks)] for ks in keys]


class _Later:
    """For each position i, the positions j > i that share a key with it, ascending (int32), made on demand from
    one sorted array of holders per key (the keys' size, not the pairs'). Keys with the same holders are one
    array: the copies of one story share most of their keys, and each position's partners are the union of its
    arrays."""

    def __init__(self, keys: list[set[str]]) -> None:
        import numpy as np  # imported when first needed: a store of small components never loads it (12 MB)

        self.np = np
        numbered = _key_numbers(keys)
        holders: dict[int, list[int]] = defaultdict(list)
        for i, ks in enumerate(numbered):
            for k in ks:
                holders[k].append(i)
        same: dict[tuple[int, ...], int] = {}  # holders -> the number of their array
        array_of = {k: same.setdefault(tuple(v), len(same)) for k, v in holders.items() if len(v) > 1}
        del holders
        self.arrays = [np.asarray(v, dtype=np.int32) for v in same]
        del same
        self.numbered = [sorted({array_of[k] for k in ks if k in array_of}) for ks in numbered]
        self.empty = np.empty(0, dtype=np.int32)
        self.seen = np.zeros(len(keys), dtype=bool)  # the union of several arrays, marked then cleared

    def __call__(self, i: int) -> np.ndarray:
        np, arrays, seen = self.np, self.arrays, self.seen
        later = [a[np.searchsorted(a, i, side="right"):] for a in (arrays[k] for k in self.numbered[i])]
        later = [a for a in later if len(a)]
        if len(later) < 2:
            return later[0].copy() if later else self.empty
        for a in later:
            seen[a] = True
        out = np.flatnonzero(seen).astype(np.int32)
        seen[out] = False
        return out


def partners(keys: list[set[str]]) -> list[np.ndarray]:
    """For each position i, the positions j > i that share a key with it, ascending (int32)."""
    later = _Later(keys)
    return [later(i) for i in range(len(keys))]


def _small_order(keys: list[set[str]], n: int, documents: list[int], people: list[frozenset[str]],
                 start: Start | None) -> list[int]:
    """The pair codes i * n + j sorted by (class, code), as Python ints, from ``start`` on."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks:
            by_key[key].append(i)
    codes: set[int] = set()
    for members in by_key.values():
        if len(members) > 1:
            codes.update(a * n + b for a, b in combinations(members, 2))
    most = max((len(p) for p in people), default=0) + 1
    square = n * n

    def rank(code: int) -> int:
        a, b = divmod(code, n)
        shared = len(people[a] & people[b]) if people[a] and people[b] else 0
        return ((documents[a] != documents[b]) * most + most - 1 - shared) * square + code

    ranked = sorted(map(rank, codes))
    if start is not None:
        other, shared, i, j = start
        del ranked[:bisect_left(ranked, (other * most + most - 1 - shared) * square + i * n + j)]
    return [key % square for key in ranked]


def ranked_pairs(keys: list[set[str]], documents: list[int], people: list[frozenset[str]], *,
                 small: int | None = None, start: Start | None = None) -> Iterator[tuple[int, int]]:
    """The positions (i < j) sharing one of ``keys`` (each position's blocking keys), one document first (the same
    number in ``documents``), then the most shared ``people``, then i, then j; per-report arrays from ``small``
    positions (default ``SMALL``). ``start``: (another document, shared people, i, j) of the first pair wanted, the
    pairs before it in that order left out (a walk taken up where another left it)."""
    n = len(keys)
    if n < (SMALL if small is None else small):
        return (divmod(code, n) for code in _small_order(keys, n, documents, people, start))
    return _ranked_large(keys, documents, people, start)  # the keys are let go once indexed


def _ranked_large(keys: list[set[str]], documents: list[int], people: list[frozenset[str]],
                  start: Start | None = None) -> Iterator[tuple[int, int]]:
    """``ranked_pairs`` of a large component, holding no pairs but those of one position at a time (or all of them,
    made by the first pass, while they are at most ``HELD_PAIRS``): a first pass notes the classes each position
    has partners in; then, class by class, each position's partners are made again (``_Later``) and those of the
    class walked. The copies of one story have millions of pairs (4 bytes each
    when they were all held, most of the peak of a resolution from scratch at 20,000 documents); a position's
    partners fall in a few classes, so each is made a few times."""
    import numpy as np

    later = _Later(keys)
    most = max((len(p) for p in people), default=0) + 1
    distinct = list(dict.fromkeys(people))
    number = {s: x for x, s in enumerate(distinct)}
    kind = np.array([number[p] for p in people], dtype=np.int32)
    docs = np.asarray(documents, dtype=np.int64)
    shared_of: dict[tuple[int, int], int] = {}
    rows: dict[int, np.ndarray] = {}  # a participant set -> how many it shares with each (few distinct sets)

    def ranked(i: int) -> tuple[np.ndarray, np.ndarray]:
        """The partners of i (j ascending) and the class of each pair."""
        js, own = later(i), int(kind[i])
        if len(distinct) <= ROW_SETS:
            if own not in rows:
                rows[own] = np.array([len(distinct[own] & other) for other in distinct], dtype=np.int64)
            shared = rows[own][kind[js]]
        else:
            kinds, where = np.unique(kind[js], return_inverse=True)
            shared = np.array([shared_of.setdefault((own, k), len(distinct[own] & distinct[k]))
                               for k in kinds.tolist()], dtype=np.int64)[where.reshape(-1)]
        return js, (docs[js] != docs[i]).astype(np.int64) * most + (most - 1) - shared

    held: dict[frozenset[int], frozenset[int]] = {}
    classes: list[frozenset[int]] = []
    kept: list[tuple[np.ndarray, np.ndarray]] | None = []  # every position's partners, while they are few
    count = 0
    for i in range(len(keys)):
        js, rank = ranked(i)
        present = frozenset(np.flatnonzero(np.bincount(rank)).tolist())
        classes.append(held.setdefault(present, present))
        count += len(js)
        if kept is not None and count <= HELD_PAIRS:
            kept.append((js, rank.astype(np.int16)))  # a class is below twice the most participants
        else:
            kept = None
    del keys
    first = (-1, 0, 0) if start is None else (start[0] * most + most - 1 - start[1], start[2], start[3])
    for c in sorted(frozenset().union(*classes)):
        if c < first[0]:
            continue
        for i, present in enumerate(classes):
            if c in present and (c, i) >= first[:2]:
                js, rank = kept[i] if kept is not None else ranked(i)
                js = js[rank == c]
                for j in (js[js >= first[2]] if (c, i) == first[:2] else js).tolist():
                    yield i, j
