"""The event side of ``resolve_store``: which stored reports to read again, and their events, part by part.

- From scratch: the reports split into their evidence components
  (``resolve._parts.evidence_components``), each resolved alone (``resolve_events``) and
  handed to the writer in turn, so what is held at once is one component's pairs and
  events, not the store's; the result is the one of resolving all reports together
  (the module docstring of ``resolve._parts``).
- New documents only: the stored components their reports touch, read through the
  stored component of each report (``event_components``): per blocking key of a new
  report, one stored report per component and content is tested with ``merge_evidence``;
  the components with evidence are read whole and the new reports joined to their events
  (``resolve.add_reports``). Stored components form a partition of the reports into unions
  of evidence components (a coarser one stays correct), so nothing outside them can change.
- Otherwise (re-ingested documents, changed ids, event judgements, a keyed report without
  a component): the blocking-key component of the changed reports, resolved from scratch.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from sqlalchemy import Engine

from pesquisa.resolve import (
    EventIndex,
    EventJudgement,
    EventReport,
    ResolvedEvent,
    add_reports_in_parts,
    blocking_keys,
    content_digest,
    event_component,
    evidence_components,
    merge_evidence,
    resolve_events,
)
from pesquisa.store import read
from pesquisa.store.event_writes import EventWrite

PART_REPORTS = 2000  # reports per write of a resolution from scratch (several small components per write)


def scratch_parts(reports: list[EventReport], judgements: list[EventJudgement]) -> Iterator[EventWrite]:
    """Every report's events, one evidence component at a time, written in parts of about ``PART_REPORTS``.

    Takes ``reports`` over (the list is emptied once grouped), so a component's reports are let go
    once its part is written, not held to the end of the write (page tables, counts)."""
    components = evidence_components(reports, judgements)
    by_root: dict[str, list[EventReport]] = defaultdict(list)
    for r in reports:
        by_root[components[r.id]].append(r)
    del components
    reports.clear()
    part = EventWrite()
    for root in sorted(by_root):
        members = by_root.pop(root)
        part.events += resolve_events(members, judgements)
        part.reports += members
        part.components += [(r, root) for r in members]
        if len(part.reports) >= PART_REPORTS:
            part.key_reports = part.reports
            yield part
            part = EventWrite()
    if part.reports:
        part.key_reports = part.reports
        yield part


def changed_parts(engine: Engine, changed: list[EventReport], docs: set[str], *, stale: bool) -> list[EventWrite]:
    """The events of the stored reports ``changed`` can change, with them (read before anything is written)."""
    judgements = read.event_judgements(engine)
    mine = {r.id for r in changed}
    stored_mine = {row["id"]: row["event_id"] for row in read.event_report_rows(engine, ids=mine)}
    appendable = not (judgements or stale or any(r.document_id not in docs or stored_mine.get(r.id) for r in changed)
                      or read.event_keys_of(engine, mine))
    touched = _touched_components(engine, changed) if appendable else None
    if touched is not None:
        return [_appended(engine, read.component_report_rows(engine, touched), changed, everything=False)]
    component = _event_part(engine, changed, judgements)
    rows = read.event_report_rows(engine, ids=component - mine, resolved=True)
    if appendable and len(rows) == len(component - mine):
        return [_appended(engine, rows, changed, everything=True)]
    stored = [read.report_from_row(row) for row in rows]
    stored_events = {row["id"]: row["event_id"] for row in rows} | stored_mine
    reports = stored + changed
    components = evidence_components(reports, judgements)
    return [EventWrite(reports, resolve_events(reports, judgements), stored_events, changed,
                       [(r, components[r.id]) for r in reports])]


def _appended(engine: Engine, rows: list[dict], changed: list[EventReport], *, everything: bool) -> EventWrite:
    """New reports joined to the events of the stored ``rows`` (whole components); with ``everything``, the
    component of every report read is written (it may not have been stored). Takes ``rows`` over: each row is let go
    once its report is made, so the rows of the components and their reports are not all held at once (issue 15:
    copies of one story make a touched component most of the store, 2.3x the peak of an increment into 1,000
    documents at 20,000)."""
    stored: list[EventReport] = []
    stored_events: dict[str, str | None] = {}
    label: dict[str, str] | None = None if everything else {}
    rows.reverse()
    while rows:  # in the order of ``rows``
        row = rows.pop()
        stored_events[row["id"]] = row["event_id"]
        if label is not None:
            label[row["id"]] = row["component"]
        stored.append(read.report_from_row(row))
    joins = read.event_joins(engine, {e for e in stored_events.values() if e})
    events, components = add_reports_in_parts(stored, stored_events, joins, changed, label)
    reports = [r for e in events for r in e.reports]
    if label is None:
        labelled = [(r, components[r.id]) for r in [*stored, *changed]]
    else:  # a stored report keeps its content here: only a new component label is written
        labelled = [(r, components[r.id]) for r in reports if label.get(r.id) != components[r.id]]
        sizes = Counter(e for e in stored_events.values() if e)
        events = [e for e in events if not _as_stored(e, stored_events, sizes)]
        reports = [r for e in events for r in e.reports]
    return EventWrite(reports, events, {r.id: stored_events.get(r.id) for r in reports}, changed, labelled)


def _as_stored(event: ResolvedEvent, stored_events: dict[str, str | None], sizes: Counter[str]) -> bool:
    """True when ``event`` is a stored event with the same reports, none new: its row and its reports' rows stay as
    they are (same reports, so the same id, the same joins in the same order, the same evidence), and are not
    written again. ``stored_events``: every stored report of the components read -> its event; ``sizes``: the
    number of stored reports of each event."""
    return sizes[event.id] == len(event.reports) and all(stored_events.get(r.id) == event.id for r in event.reports)


def _touched_components(engine: Engine, new: list[EventReport]) -> set[str] | None:
    """The stored components some report of ``new`` has evidence with (``merge_evidence``), or None when a
    stored report sharing one of their blocking keys has no component."""
    keys = {r.id: blocking_keys(r) for r in new}
    found = read.component_candidates(engine, set().union(*keys.values()))
    if found is None:
        return None
    first: dict[tuple[str, str], str] = {}
    for per_key in found.values():
        for part, rid in per_key.items():
            if part not in first or rid < first[part]:
                first[part] = rid
    standing = {r.id: r for r in read.event_reports(engine, first.values())}
    touched: set[str] = set()
    verdicts: dict[tuple[str, str], bool] = {}
    for report in new:
        digest = content_digest(report)
        for key in keys[report.id]:
            for (component, content) in found.get(key, {}):
                if component in touched:
                    continue
                if (digest, content) not in verdicts:
                    other = standing[first[(component, content)]]
                    a, b = (report, other) if report.id < other.id else (other, report)
                    verdicts[(digest, content)] = merge_evidence(a, b) is not None
                if verdicts[(digest, content)]:
                    touched.add(component)
    return touched


def _event_part(engine: Engine, changed: list[EventReport], judgements: list[EventJudgement]) -> set[str]:
    """Report ids to re-resolve: the blocking-key component of the changed reports, closed under
    the analyst's merge-event judgements (a judgement joins reports that share no key)."""
    index = EventIndex(keys_of=lambda ids: read.event_keys_of(engine, ids),
                       reports_with=lambda keys: read.reports_with_keys(engine, keys))
    seeds = list(changed)
    while True:
        component = event_component(seeds, index)
        linked = {r for j in judgements if j.kind == "merge-event" and component & {*j.reports, *j.other}
                  for r in (*j.reports, *j.other)}
        extra = linked - component
        if not extra:
            return component
        seeds += [read.report_from_row(row) for row in read.event_report_rows(engine, ids=extra)]
