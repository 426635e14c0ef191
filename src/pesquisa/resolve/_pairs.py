"""Candidate pairs of event reports in the order event resolution meets them, without holding them as Python ints.

``resolve_events`` compares the reports that share a blocking key, in one order: pairs of
one document first, then those sharing the most participants (the pair's *class*), then by
position (i, then j). Copies of one story share every key but the document, so an evidence
component of k copies has about k² candidate pairs: millions at 20,000 documents of the
bench's copies. Held as Python ints in a set, then ranked and sorted, each pair cost about
a hundred bytes, and the pairs of the largest component were most of the peak memory of a
resolution from scratch.

Large components (``SMALL`` reports or more) keep, per position i, the positions j > i
sharing a key with it, as one int32 array sorted by (class, j), and where each class starts:
about 4 bytes a pair. The walk goes class by class, then i, then j: the order of sorting
the pairs by (class, i * n + j), as the Python ints were. Small components, most of them,
keep the Python ints, which cost less there than numpy's calls; both give the same order
(a test compares them), and never import numpy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SMALL = 256  # reports in a component below which the pairs are plain Python ints


def _key_numbers(keys: list[set[str]]) -> list[list[int]]:
    """Each position's keys as numbers (the strings are held once, then dropped)."""
    number: dict[str, int] = {}
    return [[number.setdefault(k, len(number)) for k in sorted(ks)] for ks in keys]


def partners(keys: list[set[str]]) -> list[np.ndarray]:
    """For each position i, the positions j > i that share a key with it, ascending (int32)."""
    import numpy as np  # imported when first needed: a store of small components never loads it (12 MB)

    numbered = _key_numbers(keys)
    holders: dict[int, list[int]] = defaultdict(list)
    for i, ks in enumerate(numbered):
        for k in ks:
            holders[k].append(i)
    arrays = {k: np.asarray(v, dtype=np.int32) for k, v in holders.items() if len(v) > 1}
    del holders
    empty = np.empty(0, dtype=np.int32)
    out = []
    for i, ks in enumerate(numbered):
        later = [a[np.searchsorted(a, i, side="right"):] for k in ks if (a := arrays.get(k)) is not None]
        later = [a for a in later if len(a)]
        out.append(np.unique(np.concatenate(later)) if len(later) > 1 else later[0].copy() if later else empty)
    return out


def _small_order(keys: list[set[str]], n: int, documents: list[int], people: list[frozenset[str]]) -> list[int]:
    """The pair codes i * n + j sorted by (class, code), as Python ints."""
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

    return [key % square for key in sorted(map(rank, codes))]


def ranked_pairs(keys: list[set[str]], documents: list[int], people: list[frozenset[str]], *,
                 small: int | None = None) -> Iterator[tuple[int, int]]:
    """The positions (i < j) sharing one of ``keys`` (each position's blocking keys), one document first (the same
    number in ``documents``), then the most shared ``people``, then i, then j; per-report arrays from ``small``
    positions (default ``SMALL``)."""
    n = len(keys)
    if n < (SMALL if small is None else small):
        for code in _small_order(keys, n, documents, people):
            yield divmod(code, n)
        return
    import numpy as np

    near = partners(keys)
    most = max((len(p) for p in people), default=0) + 1
    distinct = list(dict.fromkeys(people))
    number = {s: x for x, s in enumerate(distinct)}
    kind = np.array([number[p] for p in people], dtype=np.int32)
    docs = np.asarray(documents, dtype=np.int64)
    shared_of: dict[tuple[int, int], int] = {}
    spans: list[dict[int, tuple[int, int]]] = []
    for i, js in enumerate(near):
        if not len(js):
            spans.append({})
            continue
        kinds, where = np.unique(kind[js], return_inverse=True)
        own = int(kind[i])
        shared = np.array([shared_of.setdefault((own, k), len(distinct[own] & distinct[k])) for k in kinds.tolist()],
                          dtype=np.int64)
        rank = (docs[js] != docs[i]).astype(np.int64) * most + (most - 1) - shared[where.reshape(-1)]
        order = np.argsort(rank, kind="stable")  # j ascending within a class
        near[i], rank = js[order], rank[order]
        classes, starts = np.unique(rank, return_index=True)
        ends = [*starts[1:].tolist(), len(rank)]
        spans.append({c: (s, e) for c, s, e in zip(classes.tolist(), starts.tolist(), ends, strict=True)})
    for c in sorted({c for span in spans for c in span}):
        for i, span in enumerate(spans):
            if c in span:
                start, end = span[c]
                for j in near[i][start:end].tolist():
                    yield i, j
