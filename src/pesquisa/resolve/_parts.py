"""The evidence components of a set of event reports: the smallest parts event resolution can be run on alone.

``resolve_events`` joins two clusters only through a pair of reports ``merge_evidence``
accepts (or an analyst's merge judgement). So the reports split into the connected
components of that "evidence" graph, and resolving their union gives, for each
component, the events of resolving that component alone: the candidate pairs of a
component, their join order (one document first, most shared participants, then
position) and every contradiction test read only its own reports. An incremental
ingest re-resolves the components its reports touch (``resolve._append.add_reports``)
instead of the whole blocking-key component, which copies of one story make most of the store.

The graph is built over report contents (``events._content``: what ``merge_evidence``
reads), not report pairs: a wire story copied into a thousand documents is one content,
and whether two reports of different documents are evidence of one event depends only on
their two contents. Contents are compared when they share a blocking key other than the
document (the covering set ``blocking_keys`` gives); reports of one document pairwise.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace
from itertools import combinations

from pesquisa.resolve._clusters import IdForest
from pesquisa.resolve.events import EventJudgement, EventReport, _content, blocking_keys, merge_evidence

_OTHER_DOCUMENT = "\x00another document"


def content_digest(report: EventReport) -> str:
    """A short stable digest of ``events._content(report)``: reports with one digest are, to ``merge_evidence``
    against a report of another document, the same report (copies of one wire story)."""
    return hashlib.blake2b(repr(_content(report)).encode(), digest_size=8).hexdigest()


def shared_contents(reports: list[EventReport]) -> dict[str, tuple]:
    """Each report id -> its ``events._content``, one tuple per distinct content (copies of one story share it)."""
    distinct: dict[tuple, tuple] = {}
    out = {}
    for r in reports:
        content = _content(r)
        out[r.id] = distinct.setdefault(content, content)
    return out


def _by_key(classes: dict[tuple, list[EventReport]]) -> dict[str, list[tuple]]:
    """The contents under each blocking key other than the document, in the order of ``classes``."""
    by_key: dict[str, list[tuple]] = defaultdict(list)
    for content, members in classes.items():
        for key in blocking_keys(members[0]):
            if "|doc|" not in key:
                by_key[key].append(content)
    return by_key


def _cross_pairs(classes: dict[tuple, list[EventReport]]) -> list[tuple[tuple, tuple]]:
    """Pairs of contents (one of them possibly twice) that share a blocking key other than the document."""
    by_key = _by_key(classes)
    pairs = {(c, c) for c in classes}
    for contents in by_key.values():
        pairs.update(combinations(contents, 2))
    return list(pairs)


def _join_across(union: IdForest, one: list[EventReport], other: list[EventReport]) -> None:
    """Join each report of ``one`` to a report of ``other`` in another document, where there is one."""
    firsts: dict[str, EventReport] = {}
    for r in other:
        if r.document_id not in firsts:
            firsts[r.document_id] = r
            if len(firsts) == 2:
                break
    for r in one:
        partner = next((p for doc, p in firsts.items() if doc != r.document_id), None)
        if partner is not None:
            union.join(r.id, partner.id)


def evidence_components(reports: list[EventReport], judgements: list[EventJudgement] | None = None,
                        contents: dict[str, tuple] | None = None) -> dict[str, str]:
    """Each report id -> the smallest id of its component of the evidence graph (``merge_evidence`` pairs and the
    reports each merge-event judgement joins); ``contents``: each report's ``events._content``, when known. The answer
    is the union-find's own table, each entry set to its root (in the order of ``reports``), not a copy of it."""
    contents = contents if contents is not None else shared_contents(reports)
    union = IdForest(r.id for r in reports)
    classes: dict[tuple, list[EventReport]] = defaultdict(list)
    documents: dict[str, list[EventReport]] = defaultdict(list)
    for r in reports:
        classes[contents[r.id]].append(r)
        documents[r.document_id].append(r)
    for c, d in _cross_pairs(classes):
        a, b = classes[c][0], classes[d][0]
        if merge_evidence(a, replace(b, document_id=a.document_id + _OTHER_DOCUMENT)) is not None:
            _join_across(union, classes[c], classes[d])
            _join_across(union, classes[d], classes[c])
    number = {content: n for n, content in enumerate(classes)}
    memo: dict[tuple[int, int], bool] = {}
    for members in documents.values():
        for a, b in combinations(members, 2):
            key = (number[contents[a.id]], number[contents[b.id]])
            if key not in memo:
                memo[key] = merge_evidence(a, b) is not None
            if memo[key]:
                union.join(a.id, b.id)
    del classes, documents, number, memo, contents  # let go before the answer is made (issue 15: the peak of scratch)
    for j in judgements or []:
        if j.kind == "merge-event":
            ids = [r for r in [*j.reports, *j.other] if r in union.parent]
            for x in ids[1:]:
                union.join(ids[0], x)
    return union.roots()




def grown_components(old: list[EventReport], labels: dict[str, str], new: list[EventReport],
                     contents: dict[str, tuple]) -> dict[str, str]:
    """``evidence_components(old + new)`` (no judgements) from the stored components of ``old`` (``labels``: report
    id -> the smallest report id of its component, as ``evidence_components`` made it) and the evidence of ``new``.

    Every evidence edge the new reports add has a new report at one end, and whether a new report has evidence with a
    stored one depends only on the stored one's content (always of another document). So only the content pairs with
    a new content are tested, over the new reports and one stored report per component and content, and the pairs
    of the new documents; the stored components are joined where those join them. An increment costs the contents
    its new reports meet, not every pair of contents of the components it touches."""
    firsts: dict[tuple[str, tuple], EventReport] = {}
    for r in old:
        firsts.setdefault((labels[r.id], contents[r.id]), r)
    new_ids = {r.id for r in new}

    def node(rid: str) -> str:
        return rid if rid in new_ids else labels[rid]

    union = IdForest({labels[r.id] for r in old} | new_ids)
    classes: dict[tuple, list[EventReport]] = defaultdict(list)
    for r in [*firsts.values(), *new]:
        classes[contents[r.id]].append(r)
    fresh = {contents[r.id] for r in new}
    sample = IdForest(r.id for members in classes.values() for r in members)
    for c, d in _fresh_pairs(classes, fresh):
        a, b = classes[c][0], classes[d][0]
        if merge_evidence(a, replace(b, document_id=a.document_id + _OTHER_DOCUMENT)) is not None:
            _join_across(sample, classes[c], classes[d])
            _join_across(sample, classes[d], classes[c])
    documents: dict[str, list[EventReport]] = defaultdict(list)
    for r in new:
        documents[r.document_id].append(r)
    for members in documents.values():
        for a, b in combinations(members, 2):
            if merge_evidence(a, b) is not None:
                sample.join(a.id, b.id)
    for rid in sample.parent:
        union.join(node(rid), node(sample.find(rid)))
    # a stored label is its component's smallest report id, so a root of ``union`` is the smallest of its group
    return {r.id: union.find(node(r.id)) for r in [*old, *new]}


def _fresh_pairs(classes: dict[tuple, list[EventReport]], fresh: set[tuple]) -> set[tuple[tuple, tuple]]:
    """The pairs of ``_cross_pairs`` with a content of ``fresh`` (either way round), without making the others."""
    by_key = _by_key(classes)
    pairs = {(c, c) for c in fresh}
    for contents in by_key.values():
        for i, c in enumerate(contents):
            if c in fresh:
                pairs.update((d, c) for d in contents[:i])
                pairs.update((c, d) for d in contents[i + 1:])
    return pairs
