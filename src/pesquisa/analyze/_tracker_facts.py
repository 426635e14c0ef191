"""Internals of the tracker: stored rows as ``Fact`` records, the rule predicates, and counting each happening once.

See ``pesquisa.analyze.tracker`` for the concept; everything here is pure.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field, replace

from pesquisa.analyze.framework import EvidenceRule, Terms
from pesquisa.store.read.tracker import TrackerRows
from pesquisa.text import split_sentences

# Which of two statements of one passage stands for it: a figure before an event, a relation, a quote.
PRIORITY = {"quantity": 0, "event": 1, "relation": 2, "quote": 3}


@dataclass(slots=True)
class Fact:
    """A stored fact as the matcher sees it: its span and text, its sentence, date, and what it is."""

    fact: str  # quantity | event | quote | relation
    id: str
    document_id: str
    source: str
    start: int
    end: int
    text: str  # the clean body at [start:end]
    sentence: str  # the sentence it stands in (an event report is one; a quote: the words said)
    date: str | None
    kind: str | None = None  # quantity kind, event type or relation kind
    value: float | None = None
    unit: str | None = None
    item: str | None = None
    event_id: str | None = None
    place: str | None = None  # the country its event happened in
    countries: frozenset[str] = frozenset()  # countries of the bodies and people acting in its event
    targets: tuple[str, ...] = ()
    amounts: tuple[dict, ...] = ()
    planned: bool = False  # an event every report tells in the future


@dataclass(slots=True)
class Evidence:
    """A fact that evidences an indicator, with the other reports of the same happening (``also``)."""

    fact: Fact
    also: list[Fact] = field(default_factory=list)
    named: bool = False  # its own sentence holds one of the indicator's keywords (preferred to stand for an event)

    def order(self) -> tuple:
        """Chronological order: dated first, then by date, document and place in it."""
        f = self.fact
        return (f.date is None, f.date or "", f.source, f.start, PRIORITY[f.fact])


def _sentence_finder(body: str):
    spans = split_sentences(body)
    starts = [s.start for s in spans]

    def sentence(pos: int) -> str:
        i = bisect.bisect_right(starts, pos) - 1
        return body[spans[i].start:spans[i].end] if i >= 0 and pos < spans[i].end else body[pos:pos]

    return sentence


def facts_of(rows: TrackerRows) -> list[Fact]:
    """Every row of ``rows`` as a ``Fact``; a quantity an event claims takes that event's place and actors."""
    finders: dict[str, object] = {}

    def sentence(doc_id: str, pos: int) -> str:
        if doc_id not in finders:
            finders[doc_id] = _sentence_finder(rows.documents[doc_id]["body"])
        return finders[doc_id](pos)  # type: ignore[operator]

    events = _event_facts(rows)
    claimed = {a["quantity_id"]: f for f in events for a in f.amounts if a.get("quantity_id")}
    out = list(events)
    for q in rows.quantities:
        doc = rows.documents[q["document_id"]]
        base = _base(q, doc, "quantity", sentence(q["document_id"], q["start"]), q["date"] or doc["published"])
        event = claimed.get(q["id"])
        out.append(replace(base, kind=q["kind"], value=q["value"], unit=q["unit"], item=q["item"],
                           place=event.place if event else None,
                           countries=event.countries if event else frozenset()))
    for q in rows.quotes:
        doc = rows.documents[q["document_id"]]
        base = _base(q, doc, "quote", "", doc["published"])
        out.append(replace(base, sentence=base.text))
    for r in rows.relations:
        doc = rows.documents[r["document_id"]]
        out.append(replace(_base(r, doc, "relation", sentence(r["document_id"], r["start"]),
                                 r["date"] or doc["published"]), kind=r["kind"], targets=(r["subject_id"],)))
    return out


def _base(row: dict, doc: dict, fact: str, sentence: str, date: str | None) -> Fact:
    text = doc["body"][row["start"]:row["end"]]
    return Fact(fact=fact, id=row["id"], document_id=row["document_id"], source=doc["source"], start=row["start"],
                end=row["end"], text=text, sentence=sentence, date=date)


def _event_facts(rows: TrackerRows) -> list[Fact]:
    """Event reports as facts, each carrying what its whole event knows: place, actors' countries, targets."""
    by_event: dict[str, list[dict]] = defaultdict(list)
    for r in rows.reports:
        by_event[r["event_id"] or r["id"]].append(r)
    out = []
    for event_id, reports in by_event.items():
        actors = {a for r in reports for a in (r["organizer_id"], *(r["participant_ids"] or [])) if a}
        countries = frozenset(c for a in actors for c in rows.countries.get(a, []))
        targets = tuple(dict.fromkeys(x for r in reports for x in r["target_ids"] or []))
        planned = all((r["event_status"] or r["status"]) == "planned" for r in reports)
        for r in reports:
            doc = rows.documents[r["document_id"]]
            base = _base(r, doc, "event", "", r["event_date"] or r["date"] or doc["published"])
            out.append(replace(base, sentence=base.text, kind=r["type"], event_id=event_id,
                               place=r["event_country"], countries=countries, targets=targets,
                               amounts=tuple(r["amounts"] or []), planned=planned))
    return out


def in_scope(fact: Fact, countries: tuple[str, ...]) -> bool:
    """False when the fact's event happened elsewhere, or every actor of known country is of another one."""
    if not countries:
        return True
    if fact.place:
        return fact.place in countries
    return not fact.countries or bool(fact.countries & set(countries))


def rule_holds(rule: EvidenceRule, keywords: Terms, fact: Fact, rows: TrackerRows) -> bool:
    """True when ``fact`` is what ``rule`` asks for (type, kind, item, unit, words, parties, targets).

    Checks run cheapest first and stop at the first that fails.
    """
    wanted = rule.kinds or rule.types or rule.relations
    if rule.fact != fact.fact or (wanted and fact.kind not in wanted) or fact.planned:
        return False
    if (rule.units and fact.unit not in rule.units) or (rule.parties and not set(rule.parties) <= fact.countries):
        return False
    if rule.items.pattern and not (fact.item and rule.items.found_in(fact.item)):
        return False
    if rule.keywords and not keywords.found_in(fact.sentence):
        return False
    if (rule.with_terms.pattern and not rule.with_terms.found_in(fact.sentence)) or \
            (rule.unless.pattern and rule.unless.found_in(fact.text)):
        return False
    if rule.target_relations or rule.target_titles:
        return any(_leads(t, rule, keywords, rows) for t in fact.targets)
    return True


def _leads(target: str, rule: EvidenceRule, keywords: Terms, rows: TrackerRows) -> bool:
    """True when the knowledge base knows ``target`` as a leader: a relation or a title the rule accepts."""
    if "leader_of" in rule.target_relations and target in rows.leaders:
        return True
    return rule.target_titles and any(keywords.found_in(title) for title in rows.titles.get(target, []))


def with_value(rule: EvidenceRule, fact: Fact) -> Fact:
    """``fact`` with its figure: its own (a quantity), or the first amount of the kinds the rule names (an event)."""
    if fact.fact != "event" or not rule.value:
        return fact if fact.fact == "quantity" else replace(fact, value=None, unit=None)
    amount = next((a for a in fact.amounts if a.get("kind") in rule.value), None)
    if amount is None:
        return replace(fact, value=None, unit=None)
    return replace(fact, value=amount["value"], unit=amount.get("unit"), item=amount.get("item"))


def count_once(found: list[Evidence], repeats: dict[str, str]) -> list[Evidence]:
    """The evidence with each happening once, the other reports of it under ``also``.

    Steps, in order: the reports of one resolved event (the one with a figure, else the
    earliest, stands for it); a seizure another outlet told first (``seizure_ledger``); the same
    figure repeated in one document (headline, standfirst, body); a statement inside another of
    the same document (a quote around a figure, an event whose amount is a figure already
    kept); events of one type told for the same day with the same figure. Of one event's
    reports, the one with a figure, then the one that names the indicator, stands for it.
    """
    items = sorted(found, key=lambda e: (e.fact.value is None, not e.named, *e.order()))
    items = _merge_by(items, lambda f: ("event", f.event_id) if f.event_id else None)
    kept_ids = {e.fact.id for e in items}
    items = _merge_into(items, lambda f: repeats.get(f.id) if repeats.get(f.id) in kept_ids else None)
    items = _merge_by(items, lambda f: (f.document_id, f.kind, f.value, f.unit) if f.fact == "quantity" else None)
    items = _merge_overlaps(items)
    items = _merge_by(items, lambda f: ("day", f.kind, f.date, f.value)
                      if f.fact == "event" and f.date and len(f.date) == 10 and f.value is not None else None)
    return sorted(items, key=Evidence.order)


def _absorb(keep: Evidence, other: Evidence) -> None:
    keep.also += [other.fact, *other.also]


def _merge_by(items: list[Evidence], key) -> list[Evidence]:
    """Items with equal (non-None) ``key(fact)`` merged into the first of them."""
    first: dict[object, Evidence] = {}
    out = []
    for e in items:
        k = key(e.fact)
        if k is not None and k in first:
            _absorb(first[k], e)
            continue
        if k is not None:
            first[k] = e
        out.append(e)
    return out


def _merge_into(items: list[Evidence], target_of) -> list[Evidence]:
    """Items whose ``target_of(fact)`` names another item's fact id merged into that item."""
    by_id = {e.fact.id: e for e in items}
    out = []
    for e in items:
        target = target_of(e.fact)
        if target is not None and target != e.fact.id and target in by_id:
            _absorb(by_id[target], e)
            continue
        out.append(e)
    return out


def _merge_overlaps(items: list[Evidence]) -> list[Evidence]:
    """A statement overlapping one of higher priority in the same document merged into it."""
    kept: list[Evidence] = []
    for e in sorted(items, key=lambda e: (PRIORITY[e.fact.fact], *e.order())):
        f = e.fact
        amounts = {a.get("quantity_id") for a in f.amounts}
        host = next((k for k in kept if k.fact.document_id == f.document_id and (
            (k.fact.start < f.end and f.start < k.fact.end) or k.fact.id in amounts)), None)
        if host is not None:
            _absorb(host, e)
        else:
            kept.append(e)
    return kept
