"""Reads of the framework tracker: the facts an indicator may rest on, and official series by month.

``tracker_rows`` reads only the fact types, kinds and event types a framework's rules name,
each row with its span, plus what the matching needs beside them: the clean bodies and
publication dates of their documents, the countries of the actors (organizations' own,
people's ``national_of``), the titles people hold, the ``leader_of`` subjects, and which
seizure quantities repeat a seizure another outlet told first (``seizure_ledger``).
``seizure_months`` and ``victim_months`` sum an official series by month. All read-only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from pesquisa.store import schema as t
from pesquisa.store.read.relations import nationalities, seizure_ledger


@dataclass(slots=True)
class TrackerRows:
    """The stored facts a tracker reads, with their documents and what is known of their actors."""

    documents: dict[str, dict] = field(default_factory=dict)  # id -> source, published, body
    quantities: list[dict] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)  # event reports with event_date, event_status, event_country
    quotes: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)
    countries: dict[str, list[str]] = field(default_factory=dict)  # entity id -> country codes
    titles: dict[str, list[str]] = field(default_factory=dict)  # entity id -> titles held
    leaders: set[str] = field(default_factory=set)  # subjects of leader_of relations
    repeats: dict[str, str] = field(default_factory=dict)  # quantity id -> the quantity it repeats


def tracker_rows(engine: Engine, *, quantity_kinds: Iterable[str] = (), event_types: Iterable[str] = (),
                 relation_kinds: Iterable[str] = (), quotes: bool = False) -> TrackerRows:
    """The quantities, event reports, quotes and relations of the kinds asked, with their context (read-only).

    One query per table; bodies only of the documents those facts are in.
    """
    out = TrackerRows()
    kinds, types, rels = sorted(set(quantity_kinds)), sorted(set(event_types)), sorted(set(relation_kinds))
    with engine.connect() as conn:
        if kinds:
            out.quantities = [dict(r) for r in conn.execute(
                select(t.quantities).where(t.quantities.c.kind.in_(kinds))).mappings()]
        if types:
            out.reports = [dict(r) for r in conn.execute(
                select(t.event_reports, t.events.c.date.label("event_date"), t.events.c.status.label("event_status"),
                       t.events.c.country.label("event_country"))
                .join(t.events, t.events.c.id == t.event_reports.c.event_id)
                .where(t.event_reports.c.type.in_(types))).mappings()]
        if quotes:
            out.quotes = [dict(r) for r in conn.execute(select(t.quotes)).mappings()]
        if rels:
            out.relations = [dict(r) for r in conn.execute(
                select(t.relations).where(t.relations.c.kind.in_(rels))).mappings()]
        docs = {r["document_id"] for rows in (out.quantities, out.reports, out.quotes, out.relations) for r in rows}
        out.documents = {r["id"]: dict(r) for r in conn.execute(
            select(t.documents.c.id, t.documents.c.source, t.documents.c.published, t.documents.c.body)
            .where(t.documents.c.id.in_(sorted(docs)))).mappings()} if docs else {}
        for ident, countries in conn.execute(select(t.entities.c.id, t.entities.c.countries)):
            if countries:
                out.countries[ident] = list(countries)
        titles: dict[str, list[str]] = defaultdict(list)
        for ident, title in conn.execute(select(t.roles.c.entity_id, t.roles.c.title).order_by(t.roles.c.id)):
            if ident and title not in titles[ident]:
                titles[ident].append(title)
        out.titles = dict(titles)
        out.leaders = {s for s in conn.execute(select(t.relations.c.subject_id)
                                               .where(t.relations.c.kind == "leader_of")).scalars() if s}
    for person, codes in nationalities(engine).items():
        out.countries[person] = sorted({*out.countries.get(person, []), *codes})
    if "seizure" in kinds:
        out.repeats = seizure_repeats(engine)
    return out


def seizure_repeats(engine: Engine) -> dict[str, str]:
    """Seizure quantity id -> id of the quantity an earlier report of the same seizure gave (read-only)."""
    repeats = {}
    for line in seizure_ledger(engine)["seizures"]:
        first, *others = line["reports"]
        for other in others:
            repeats[other["quantity_id"]] = first["quantity_id"]
    return repeats


def seizure_months(engine: Engine, *, dataset: str, item: str) -> list[dict]:
    """Kilograms, pounds and events of ``item`` seized per month in ``dataset`` (all components and regions).

    Rows ``{"month", "kg", "pounds", "events", "rows"}`` in month order (read-only).
    """
    s = t.official_seizures
    with engine.connect() as conn:
        rows = conn.execute(select(s.c.month, func.sum(s.c.kg), func.sum(s.c.pounds), func.sum(s.c.events),
                                   func.count()).where(s.c.dataset == dataset, s.c.item == item)
                            .group_by(s.c.month).order_by(s.c.month)).all()
    return [{"month": m, "kg": float(kg), "pounds": float(lb), "events": int(ev), "rows": int(n)}
            for m, kg, lb, ev, n in rows]


def victim_months(engine: Engine, *, crime: str, state: str) -> list[dict]:
    """Victims of ``crime`` in ``state`` ("Nacional": the country) per month, in month order (read-only)."""
    v = t.official_victims
    with engine.connect() as conn:
        rows = conn.execute(select(v.c.month, func.sum(v.c.total), func.count())
                            .where(v.c.crime == crime, v.c.state == state)
                            .group_by(v.c.month).order_by(v.c.month)).all()
    return [{"month": m, "victims": int(total), "rows": int(n)} for m, total, n in rows]
