"""Clusters of event reports as resolution grows them: a union-find whose roots know what their reports say.

A candidate join is refused when any report of one cluster contradicts any of the other (dates, a day after an
article telling it undated, countries, head counts, seized amounts, sanctions by bodies of two countries, a document
telling it happened and planned, one document naming different people arrested or attacked, or two gatherings of
different people in two places, a split judgement). Checking every pair of reports made an event with a hundred
reports cost ten thousand checks per join; a cluster keeps its distinct signatures, its documents' statuses and
targets, so the check reads those instead, with the same verdict.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import read_data
from pesquisa.resolve._counterparts import company_differs, days_and_company_apart, gathered
from pesquisa.resolve._gatherings import ARTICLE_DAYS, Parties, counterparts_alone, parties_differ, parties_of
from pesquisa.resolve._published import dated_late, late_agree
from pesquisa.resolve._regions import SITED, places_apart
from pesquisa.resolve._regulars import regulars_a_day_apart
from pesquisa.resolve._sanctioners import countries_differ, sanctioning_country
from pesquisa.resolve._seized_days import Amount, days_and_amounts_differ, seized_day
from pesquisa.resolve._separate import absorb_openings, opened_apart, openings_of
from pesquisa.resolve._sites import Site, site_of, sites_differ
from pesquisa.resolve._told import told_apart, told_by
from pesquisa.text import fold_form

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

HEAD_COUNTED = {"arrest", "extradition"}
UNPLACED = {"extradition", "sanction"}  # types told in two countries (``country_of``)
AMOUNT_TOLERANCE = 0.10  # two reports of one seizure round differently ("800,000" and "840 mil" liters)
TARGETED = {"arrest", "extradition", "sanction", "attack"}  # types with a person or body acted on
# an attack is told by its day and how many it killed or wounded ("cuatro elementos murieron", "killing four
# troops"), at the level of place each outlet knows (the town, the region, the state)
TOLLED = "attack"
# two attacks of one day with one small toll in two named places are two ("two dead in Culiacán, two in Tijuana")
SMALL_TOLL = 3
# types whose reports in one article, naming different people acted on, are different events ("captured
# Perez Salas" and, in January, "captured Ovidio Guzmán"; "entregó en extradición a X" and "también extraditó a Y",
# wanted by another court); a sanction names many people at once, and so does a transfer with a head count ("26
# personas", then the names of some), which keeps its named ones together
ONE_PER_TARGET = {"arrest", "attack", "extradition"}
# types whose reports in two articles, each naming who was acted on and none in common, are different events: one
# body arrests two men in one city on one day ("detuvieron en Culiacán a «El Chaparro»", "detuvieron en Culiacán a
# «El 300»"; the FGR extradites X, and Y, wanted by two courts, that day); the victims of one attack are named
# differently by each outlet, so attacks are left out; an extradition told with a head count is a transfer, whose
# outlets name whom they like of those sent
NAMED_APART = {"arrest", "extradition"}


def _day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        return dt.date.fromisoformat(value)
    return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; two days within one day; a month or year with what it contains."""
    if not a or not b:
        return True
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= 1
    short = min(len(a), len(b))
    return a[:short] == b[:short]


def undated_plan(a: EventReport, b: EventReport) -> bool:
    """True for a planned report with no day beside one that happened: "acordaron reunirse nuevamente", "agreed to
    meet again" names the people of the meeting just held, but not which meeting to come it is, nor does "agreed to
    speak again next week" (a month: "2026-12"); a preview that says the day, "will meet Thursday in Washington", can
    be the one held that day."""
    plan = a.date if a.status == "planned" else b.date
    return a.status != b.status and not (plan and len(plan) == len("2026-12-03"))


def other_company(a: EventReport, b: EventReport, shared: set[str]) -> bool:
    """True when both reports name people besides those they share: "Sheinbaum received Ambassador Johnson at the
    National Palace" and "Sheinbaum met Governor Abbott at the National Palace" are two meetings there."""
    return any(p.startswith("per-") and p not in shared for p in a.participant_ids) and \
        any(p.startswith("per-") and p not in shared for p in b.participant_ids)


def days_differ(kind: str, a: str | None, b: str | None) -> bool:
    """True when a gathering's or an attack's two reports give two different days (the article itself tells them
    apart)."""
    return kind in ARTICLE_DAYS and bool(a and b and len(a) == 10 and len(b) == 10 and a != b)


Seized = tuple[str | None, frozenset[tuple[str, str, float, bool]]]


@cache
def _floors() -> tuple[frozenset[str], float]:
    data = read_data("events.yaml")
    return frozenset(fold_form(q) for q in data["amount_floors"]), float(data["floor_margin"])


def is_floor(amount: dict) -> bool:
    """True when the amount is told as a floor ("más de una tonelada", "more than 1.5 tons")."""
    return _floor_qualifier(str(amount.get("qualifier") or ""))


@cache
def _floor_qualifier(qualifier: str) -> bool:  # folded once per distinct qualifier: pairs of reports ask again and again
    return fold_form(qualifier) in _floors()[0]


def values_agree(x: float, y: float, *, floor_x: bool = False, floor_y: bool = False) -> bool:
    """Two figures that can be one amount: within 10 % ("800,000" and "840 mil" liters), or a floor and a figure at or
    up to half above it ("más de una tonelada" and "1,150 kilogramos"); two floors as two figures."""
    if floor_x != floor_y:
        floor, other = (x, y) if floor_x else (y, x)
        return floor <= other <= floor * (1 + _floors()[1])
    return abs(x - y) <= AMOUNT_TOLERANCE * max(abs(x), abs(y))


def seized(r: EventReport) -> Seized:
    """Where a seizure report puts it and (unit, item, value, floor) of what it says was seized: measured, or counted
    things it names ("40 rifles", unit "")."""
    if r.type != "seizure":
        return None, frozenset()
    return r.place_id, frozenset((str(x.get("unit") or ""), str(x.get("item") or "").lower(), float(x["value"]), is_floor(x))
                                 for x in r.amounts if (x.get("unit") or x.get("item")) and x.get("kind") == "seizure")


@cache
def _families() -> dict[str, str]:
    data = read_data("events.yaml")["item_families"]
    return {item.lower(): family.lower() for family, items in data.items() for item in items}


def items_agree(a: str | None, b: str | None) -> bool:
    """True for the same item, an unknown one, or items of one kind ("diesel" and "fuel")."""
    if not a or not b:
        return True
    fa, fb = _families().get(a.lower(), a.lower()), _families().get(b.lower(), b.lower())
    return a.lower() == b.lower() or fa == fb or fa == b.lower() or fb == a.lower()


def seizures_differ(a: Seized, b: Seized) -> bool:
    """True for two places and amounts none of which can be the other's: 800 kg of cocaine in Lázaro Cárdenas and
    1,200 kg off Puerto Madero, seized by the Navy the same day, are two seizures, and so are 1,250 kg of cocaine in
    Manzanillo and 300 kg of methamphetamine in Tijuana (a daily report's list of operations). One place, or none,
    leaves it open: an article gives a ship's part of the total ("745 mil" of "840 mil litros") without a place."""
    (place_a, amounts_a), (place_b, amounts_b) = a, b
    if not (place_a and place_b and place_a != place_b) or not (amounts_a and amounts_b):
        return False
    return not any(one_amount(x, y) for x in amounts_a for y in amounts_b)


def one_amount(x: Amount, y: Amount) -> bool:
    """Two seized amounts that can be one: one unit, items of one kind, values that agree."""
    return x[0] == y[0] and items_agree(x[1], y[1]) and values_agree(x[2], y[2], floor_x=x[3], floor_y=y[3])


def country_of(r: EventReport) -> str | None:
    """The country a report puts the event in; None for an extradition or transfer, which takes place in two: one
    outlet tells it where the man was handed over (Mexico City's airport, Tijuana), another where he appeared in
    court (San Diego); and for a sanction, imposed by one country on people of another: a wire puts it where the
    network works ("exchange houses in Culiacan"), a portal where the assets are blocked ("sus bienes en Estados
    Unidos"). Two countries' sanctioning bodies still tell two sanctions (``_sanctioners``)."""
    return None if r.type in UNPLACED else r.country


def _signature(r: EventReport) -> tuple:
    """What decides whether two reports contradict each other, apart from their documents."""
    counts = frozenset(x["value"] for x in r.amounts if not x.get("unit") and x.get("kind") == "count")
    return (r.type, r.date, country_of(r), counts, seized(r), told_by(r), dated_late(r), sanctioning_country(r))


@cache
def _signatures_agree(a: tuple, b: tuple) -> bool:
    """Two report signatures that can be one event: dates agree (none after, or a week off, an article telling it undated), one
    country, head counts shared, not two seizures."""
    (type_a, date_a, country_a, counts_a, seized_a, told_a, late_a, by_a), (_, date_b, country_b, counts_b, seized_b,
                                                                            told_b, late_b, by_b) = a, b
    if not (dates_agree(date_a, date_b) or late_agree(date_a, late_a, date_b, late_b)) or \
            (country_a and country_b and country_a != country_b) or \
            told_apart(told_a, date_a, told_b, date_b) or seizures_differ(seized_a, seized_b) or countries_differ(by_a, by_b):
        return False  # ... or two countries' sanctioning bodies: the UIF's freeze is not OFAC's designation
    return not (type_a in HEAD_COUNTED and counts_a and counts_b and not counts_a & counts_b)


def _named(r: EventReport) -> frozenset[str]:
    """The people an arrest or extradition report names as arrested or sent."""
    return frozenset(t for t in r.target_ids if t.startswith("per-")) if r.type in NAMED_APART else frozenset()


def _counted(r: EventReport) -> frozenset[float]:
    return frozenset(x["value"] for x in r.amounts if not x.get("unit") and x.get("kind") == "count")


def named_apart(named_a: frozenset[str], named_b: frozenset[str], counts_a: frozenset[float],
                counts_b: frozenset[float], kind: str = "arrest") -> bool:
    """True when both name who was arrested or sent and none is the same (unless both give one head count:
    "detuvieron a cinco personas" names whom it likes; for an extradition, either: "26 personas", then some names)."""
    if kind == "extradition" and (counts_a or counts_b):
        return False
    return bool(named_a and named_b and not named_a & named_b) and not (counts_a & counts_b)


def arrested_apart(a: EventReport, b: EventReport) -> bool:
    """``named_apart`` of two reports: "Marines arrested X in Culiacán on Wednesday" and "... arrested Y in Culiacán
    on Wednesday" are two arrests, whatever body, place and day they share."""
    return named_apart(_named(a), _named(b), _counted(a), _counted(b), a.type)


Facets = tuple  # what a report adds to a cluster apart from its ids and document (``facets_of``)


def facets_of(report: EventReport) -> Facets:
    """What ``Cluster`` keeps of ``report`` apart from its id and document: a function of the report's content
    (``events._content``), so copies of one wire story can share it (read-only)."""
    day = report.date if report.type in ARTICLE_DAYS and report.date and len(report.date) == 10 else None
    people = frozenset(t for t in report.target_ids if t.startswith("per-")) if report.type in ONE_PER_TARGET else None
    sited = report.place_id if report.type in SITED and report.place_id else None
    return (_signature(report), report.status, day, people or None, parties_of(report), _named(report), _counted(report),
            site_of(report), sited, gathered(report), seized_day(report.type, report.date, seized(report)[1]))


class Cluster:
    """A cluster of reports as the merge test reads it: distinct signatures, statuses per document."""

    __slots__ = ("company", "counts", "days", "docs", "ids", "members", "named", "openings", "parties", "places",
                 "seized_days", "signatures", "sites", "targets")

    def __init__(self, report: EventReport, facets: Facets | None = None) -> None:
        signature, status, day, people, parties, named, counts, site, place, company, seized_on = facets or facets_of(report)
        doc = report.document_id
        self.members = [report]
        self.ids = {report.id}
        self.signatures = {signature}
        self.docs: dict[str, set[str]] = {doc: {status}}
        self.days: dict[str, set[str]] = {doc: {day}} if day else {}
        self.targets: dict[str, set[str]] = {doc: set(people)} if people else {}
        self.parties: dict[str, set[Parties]] = {doc: {parties}} if parties else {}
        self.named = set(named)
        self.counts = set(counts)
        self.sites: dict[str, set[Site]] = {doc: {site}} if site else {}
        self.places: dict[str, set[str]] = {doc: {place}} if place else {}
        self.company = set(company)  # the people its meetings or calls name (``_counterparts``)
        self.seized_days: dict[str, set] = {doc: {seized_on}} if seized_on else {}  # ``_seized_days``
        self.openings = openings_of(report)  # where its reports are told, and which opens "En otro hecho" (``_separate``)

    def absorb(self, other: Cluster) -> None:
        self.members += other.members
        self.ids |= other.ids
        self.signatures |= other.signatures
        for doc, statuses in other.docs.items():
            self.docs.setdefault(doc, set()).update(statuses)
        for doc, people in other.targets.items():
            self.targets.setdefault(doc, set()).update(people)
        for doc, days in other.days.items():
            self.days.setdefault(doc, set()).update(days)
        for doc, groups in other.parties.items():
            self.parties.setdefault(doc, set()).update(groups)
        for doc, sites in other.sites.items():
            self.sites.setdefault(doc, set()).update(sites)
        for doc, places in other.places.items():
            self.places.setdefault(doc, set()).update(places)
        for doc, seized_on in other.seized_days.items():
            self.seized_days.setdefault(doc, set()).update(seized_on)
        absorb_openings(self.openings, other.openings)
        self.named |= other.named
        self.company |= other.company
        self.counts |= other.counts

    def compatible(self, other: Cluster, apart: dict[str, set[str]]) -> bool:
        """True when no member of one contradicts a member of the other.

        Contradictions: dates or countries that differ, head counts with none shared, a pair a
        split keeps apart, one document telling the event happened and planned, or on two days, or
        telling two gatherings of different people, or two operations in two places by two bodies; arrests of
        different people named.

        Read through the clusters' distinct signatures and documents, so many reports of one
        event cost as much as a few.
        """
        if apart and any(apart.get(i, set()) & other.ids for i in self.ids):
            return False
        if not all(_signatures_agree(a, b) for a in self.signatures for b in other.signatures):
            return False
        if any(not self.targets[d] & other.targets[d] for d in self.targets.keys() & other.targets.keys()) and not (
                self.members[0].type == "extradition" and (self.counts or other.counts)):
            return False  # one article: "captured Perez Salas" and, in January, "captured Ovidio Guzmán"
        if named_apart(frozenset(self.named), frozenset(other.named), frozenset(self.counts), frozenset(other.counts),
                       self.members[0].type):
            return False  # two articles: the Navy arrested X, and Y, in Culiacán on Wednesday
        if any(self.days[d] != other.days[d] for d in self.days.keys() & other.days.keys()) or any(
                days_and_amounts_differ(self.seized_days[d], other.seized_days[d], one_amount)
                for d in self.seized_days.keys() & other.seized_days.keys()):
            return False  # one article: "met Noem on Wednesday. On Thursday, he met Patel"; 900 kg Monday, 350 Sunday
        call = self.members[0].type == "call"
        if any(counterparts_alone(self.parties[d], other.parties[d], call=call) or any(
                parties_differ(a, b) for a in self.parties[d] for b in other.parties[d])
               for d in self.parties.keys() & other.parties.keys()):
            return False  # one article: "met de la Fuente at the Foreign Ministry, later met Sheinbaum"; "later met Patel"
        if any(sites_differ(a, b) for d in self.sites.keys() & other.sites.keys()
               for a in self.sites[d] for b in other.sites[d]):
            return False  # one article: the Navy arrested X in Zapopan; the FGR, Y in Celaya
        if not self.docs.keys() & other.docs.keys() and company_differs(frozenset(self.company), frozenset(other.company)):
            return False  # two articles: met the FBI director, and the DEA administrator, in Washington that day
        if not self.docs.keys() & other.docs.keys() and days_and_company_apart(
                set().union(*self.days.values()), self.company, set().union(*other.days.values()), other.company):
            return False  # two articles: the host's minister on Tuesday, governors on Wednesday, and an undated report
        if regulars_a_day_apart(self.days, self.parties, other.days, other.parties):
            return False  # two outlets each: the host and her regulars with Noem on Tuesday, with Cole on Wednesday
        if sited_apart(self, other) or opened_apart(self.openings, other.openings):
            return False  # two states; in one article two towns: "En Zapopan ... En Hermosillo ..."; "En otro hecho, ..."
        return not any(len(self.docs[d] | other.docs[d]) > 1 for d in self.docs.keys() & other.docs.keys())


def sited_apart(a: Cluster, b: Cluster) -> bool:
    """True when the clusters put an operation in places no one operation has (``places_apart``), unless they name
    one person it acted on in common."""
    acted = {p for people in a.targets.values() for p in people}
    if acted and any(acted & people for people in b.targets.values()):
        return False
    return any(places_apart(x, y, one_article=da == db) for da, xs in a.places.items() for db, ys in b.places.items()
               for x in xs for y in ys)


class IdForest:
    """Union-find over report ids."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> dict[str, str]:
        """Each id -> its root, in the order the ids were given: the forest's own table, each entry set to its root (a
        root stays its own, so an entry set stays right), given over: no join may follow."""
        parent = self.parent
        for x in parent:
            parent[x] = self.find(x)
        return parent


class Clusters(dict):
    """Each root's ``Cluster``, built when first asked for: a report's cluster of one is made when a pair of it is
    tested, not for every report at the start (4,876 of them, 8 MB, for the copies of one story at 20,000
    documents, most joined one by one into one cluster)."""

    def __init__(self, ordered: list[EventReport], contents: dict[str, tuple] | None) -> None:
        super().__init__()
        self.reports = {r.id: r for r in ordered}
        self.contents = contents
        self.facets: dict[tuple, Facets] = {}

    def __missing__(self, rid: str) -> Cluster:
        report = self.reports[rid]
        if self.contents is None:
            made = Cluster(report)  # no chaining across contradictions
        else:
            content = self.contents[rid]
            made = Cluster(report, self.facets.get(content) or self.facets.setdefault(content, facets_of(report)))
        self[rid] = made
        return made


class Forest(IdForest):
    """Union-find over report ids, each root holding its ``Cluster``; the smaller id stays root."""

    def __init__(self, ordered: list[EventReport], contents: dict[str, tuple] | None = None) -> None:
        """``contents``: each report's ``events._content``, when known (a cluster of each of the copies of one story
        is then built from the facets of its content, computed once)."""
        super().__init__(r.id for r in ordered)
        self.cluster = Clusters(ordered, contents)
        self.version: dict[str, int] = defaultdict(int)  # a cluster's version changes when it grows

    def join(self, ra: str, rb: str) -> None:
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        absorbed = self.cluster[gone]
        del self.cluster[gone]
        self.cluster[keep].absorb(absorbed)
        self.version[keep] += 1

