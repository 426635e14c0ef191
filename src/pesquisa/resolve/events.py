"""Event resolution: reports of one meeting, call, seizure or arrest merged across sentences and outlets.

Two reports can only be one event when nothing tells them apart:
- the same type (a meeting and an agreement told in one sentence stay two); dates that agree: within one day when both
  are known to the day (two meetings a day apart each naming someone else, never: ``_counterparts``), else the same month or year;
- places that agree: a meeting in Mexico City and one in Washington are never one event
  (places in different countries, from the place or the organization hosting it); an arrest, seizure or attack
  in two states, or in one article in two towns, is two unless one person acted on is named in both (``_regions``);
- a planned report with no date is never one that happened ("acordaron reunirse nuevamente" is not the
  meeting at which they agreed it, whatever other articles call that one);
- a call, meeting or visit told as done without its day took place by the day its article came out: not one dated
  later, nor one told so by an article more than a week apart (``_told``);
- inside one article, the same tense (a past "met earlier this year" is not the planned
  "will meet again"), for meetings, calls and visits the same day when both give one ("met Noem on Wednesday. On
  Thursday, he met Patel": the one-day tolerance is for outlets that count from different days) and, for arrests and
  transfers, the same head count (37 sent now, 29 sent last year); a report whose sentence opens "En otro hecho", "In a
  separate attack" is never one told before it (``_separate``, read by the clusters).
Then they must share something. Inside one article later sentences refer back ("the
meeting", "the sanctions"), so nothing more is needed. Across articles:
- two shared people, or one with the same date or place (or, meeting or call, a day off and a body in common: ``a_day_off``)
  when the two do not each name someone else (a president receives one visitor after another; the FBI director, the DEA's);
- for arrests, extraditions, sanctions and attacks: one shared target (the person arrested, sanctioned, sent), or an
  arrest or extradition told again naming no target but him (``_unnamed_targets``); two arrests naming different
  people arrested are two, whatever body, place and day they share;
- the same organizer (or a body and the one it belongs to: the army and Sedena, ``_bodies``), or place, with the
  same date, unless two meetings or calls each name someone the other does not (``_counterparts``);
- for extraditions and transfers: the same day and the same head count ("26 personas");
- for attacks: the same day and the same toll ("cuatro elementos", "killing four troops"), told at the
  town, region or state each outlet knows; with a toll under three, not in two named places;
- for arrests and attacks told by one report without its day (a wire dateline with no year): the same place and the
  same head count or toll, three or more ("arrested 14 ... in Culiacan", "detuvo a 14 personas" there or in
  Sinaloa: a town and its state are one place here), or for an arrest told within days, one body (``_counts``); for
  transfers of prisoners, the same head count ("sent 26 ... to the United States");
- for sanctions: the same day, the body that imposed one and another party in common (the Treasury named by one
  outlet, its OFAC by the other, and the cartel the sanctioned served); or a party in common and the same tallies,
  the day unknown to one ("six individuals and nine companies", ``_tallies``);
- for seizures, and arrests told with what they seized: a seizing body or the place in common (or a town and its
  state) and the same amounts (the same unit, values within 10 %, items of one kind: "800,000 liters of fuel" and "840
  mil litros de diésel"); never two in different places with different amounts of one item (800 kg of cocaine in Lázaro
  Cárdenas, 1,200 kg off Puerto Madero, the Navy, one day); or one day, amount, nothing apart (``_seized_same_day``).
The evidence for every merge is kept, so ``pesquisa show event`` can say why. An analyst's
``merge-event`` / ``split-event`` judgements are replayed on top: a merge joins the reports
of two events, a split keeps the reports of different documents of one event apart. Ids
come from the earliest report id of the cluster (content-derived).

Only pairs that share a blocking key (``blocking_keys``: type plus a pair of
participants, a participant and the place or date, the organizer or place and the
date, a target, a transfer's day and head count, a seizing body, the document) are compared: every rule above needs
one of them, so the result equals comparing every pair, and a store of thousands of
reports costs about the size of its keys, not its square. Incremental resolution
(``resolve.update.event_component``) uses the same keys to find what a new document
can change.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from pesquisa.records import make_id
from pesquisa.resolve._bodies import bodies_agree, with_parents
from pesquisa.resolve._clusters import (
    HEAD_COUNTED,
    TARGETED,
    TOLLED,
    Forest,
    arrested_apart,
    country_of,
    dates_agree,  # noqa: F401 (read here by callers)
    days_differ,
    is_floor,
    items_agree,
    other_company,
    seized,
    seizures_differ,
    undated_plan,
    values_agree,
)
from pesquisa.resolve._counterparts import a_day_off, counterparts_apart
from pesquisa.resolve._counts import body_count_keys, counted_here, same_count_by_body, same_count_undated, same_toll, tolls
from pesquisa.resolve._late import days_agree, many_goods
from pesquisa.resolve._pairs import Start, partners, ranked_pairs
from pesquisa.resolve._regions import SITED, places_apart, state_of
from pesquisa.resolve._sanctioners import sanctioners_differ
from pesquisa.resolve._seized_same_day import same_day_amount_keys, seizing_side_in_common
from pesquisa.resolve._tallies import same_sanctioner, same_tallies, seized_alike, seized_amounts, tally_keys
from pesquisa.resolve._told import told_before
from pesquisa.resolve._unnamed_targets import acted_on_unnamed, unnamed_target_keys
from pesquisa.resolve._unnamed_targets import people_of as _people

# a transfer of prisoners to US justice is told by its day and how many were sent ("26 personas", "26 cartel
# figures"), seldom by names: two of one day and one head count are one (arrests of "three people" a day are many)
MASS_TRANSFER = "extradition"


@dataclass(slots=True)
class EventReport:
    id: str
    document_id: str
    type: str
    date: str | None
    place_id: str | None
    organizer_id: str | None
    participant_ids: list[str] = field(default_factory=list)
    status: str = "happened"  # happened | planned
    country: str | None = None
    target_ids: list[str] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)  # {"quantity_id", "item", "value", "unit", "kind"}
    published: str | None = None  # the day the report's article came out (``_told``)
    start: int | None = None  # where its sentence starts in its article; ``apart``: it opens "En otro hecho" (``_separate``)
    apart: bool = False


@dataclass(slots=True)
class EventJudgement:
    """An analyst's decision about events: ``merge-event`` (join ``reports`` and ``other``) or ``split-event``."""

    kind: str
    reports: list[str]
    other: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ResolvedEvent:
    id: str
    type: str
    date: str | None
    place_id: str | None
    reports: list[EventReport]
    evidence: list[dict]
    status: str = "happened"
    country: str | None = None


def places_agree(a: EventReport, b: EventReport) -> bool:
    """False when the two reports put the event in different countries (Mexico City vs Washington; never for an
    extradition, ``country_of``)."""
    ca, cb = country_of(a), country_of(b)
    return not (ca and cb and ca != cb)


def same_amount(x: dict, y: dict) -> bool:
    """Two quantities that can be one: the same unit, items of one kind, values within 10 % (or a floor and a figure
    just above it, ``values_agree``)."""
    if x.get("unit") != y.get("unit") or not items_agree(x.get("item"), y.get("item")):
        return False
    return values_agree(float(x["value"]), float(y["value"]), floor_x=is_floor(x), floor_y=is_floor(y))


def amounts_match(a: EventReport, b: EventReport) -> bool:
    """True when the reports give one amount with a unit in common (what was seized, and how much)."""
    return any(same_amount(x, y) for x in a.amounts for y in b.amounts if x.get("unit") or many_goods(x))


def head_counts(r: EventReport) -> set[float]:
    """How many people the report says were arrested or sent (counts without a unit)."""
    return {x["value"] for x in r.amounts if not x.get("unit") and x.get("kind") == "count"}


def head_counts_differ(a: EventReport, b: EventReport) -> bool:
    """True when both give how many people (arrested, sent) and no count is shared: 37 sent is not 29 sent."""
    ca, cb = head_counts(a), head_counts(b)
    return a.type in HEAD_COUNTED and bool(ca) and bool(cb) and not ca & cb


def merge_evidence(a: EventReport, b: EventReport) -> dict | None:
    """Why two reports are one event, or None when they are not (the rules of the module docstring)."""
    if a.type != b.type or not days_agree(a, b) or not places_agree(a, b) or head_counts_differ(a, b) \
            or seizures_differ(seized(a), seized(b)) or told_before(a, b) or sanctioners_differ(a, b):
        return None
    same_document = a.document_id == b.document_id
    if same_document and (a.status != b.status or days_differ(a.type, a.date, b.date)):
        return None
    if undated_plan(a, b) or arrested_apart(a, b) or (a.type in SITED and places_apart(
            a.place_id, b.place_id, one_article=same_document) and not _people(a.target_ids) & _people(b.target_ids)):
        return None  # "in Río Bravo" and "in Navolato, Sinaloa"; one article's "En Zapopan ... En Hermosillo ..."
    shared = sorted(set(a.participant_ids) & set(b.participant_ids))
    shared_people = _people(shared)
    shared_targets = sorted(_people(a.target_ids) & _people(b.target_ids))
    same_place = bool(a.place_id and a.place_id == b.place_id)
    same_date = bool(a.date and a.date == b.date and len(a.date) == 10)
    same_org = bodies_agree(a.organizer_id, b.organizer_id)  # the army and Sedena, whose army it is
    same_amounts = amounts_match(a, b)
    reasons = []
    if same_document:
        reasons.append("same article")
    if len(shared_people) >= 2:
        reasons.append("two shared people")
    others = counterparts_apart(a, b)  # the FBI director, then the DEA's, met that day in Washington
    if shared_people and (same_date or ((same_place or a_day_off(a, b)) and not other_company(a, b, shared_people))) \
            and not others:
        reasons.append("a shared person, same place or date")
    if a.type in TARGETED and (shared_targets or acted_on_unnamed(a, b)):
        reasons.append("the same person acted on")
    if (same_org or same_place) and same_date and not others:
        reasons.append("same organizer or place, same date")
    if a.type == MASS_TRANSFER and same_date and head_counts(a) & head_counts(b):
        reasons.append("same day, same head count")
    if same_sanctioner(a, b, shared):
        reasons.append("same day, the sanctioning body and another party in common")
    if same_tallies(a, b):
        reasons.append("a party sanctioned in common, same tallies")
    if same_toll(a, b):
        reasons.append("same day, same toll")
    if same_count_undated(a, b) or same_count_by_body(a, b):
        reasons.append("one undated, same place or body, same count")
    if ((a.type == "seizure" and same_amounts) or seized_alike(a, b, same_amount)) and seizing_side_in_common(
            a, b, same_org=same_org, same_place=same_place):
        reasons.append("same seizing body or place, same amounts")
    if not reasons:
        return None
    return {"reports": [a.id, b.id], "shared_participants": shared, "same_place": same_place,
            "same_date": same_date, "same_organizer": same_org, "same_document": same_document,
            "same_amounts": same_amounts, "shared_targets": shared_targets, "reasons": reasons}


def _content(r: EventReport) -> tuple:
    """Everything ``merge_evidence`` reads of a report but its ids: copies of one wire story share it."""
    amounts = tuple(sorted((str(x.get("item")), x.get("value"), str(x.get("unit")), str(x.get("kind")), is_floor(x))
                           for x in r.amounts))
    return (r.type, r.date, r.place_id, r.organizer_id, tuple(r.participant_ids), r.status, r.country,
            tuple(r.target_ids), amounts, r.published)


def blocking_keys(report: EventReport) -> set[str]:
    """Keys two reports must share for ``merge_evidence`` to accept them (a covering set, not a verdict).

    One per rule of ``merge_evidence``: the document; each pair of participants; a
    participant with the place or the date; the organizer or place with the date; each
    target of a targeted type; each head count of a transfer, or toll of an attack, with its
    day, and each head count of an arrest or toll of an attack with its place; each seizing body (an organization
    taking part, or the organizer) or place of a seizure.
    A test checks that no accepted pair lies outside them; when the rules change, this list must cover them.
    """
    t = report.type
    people = sorted(set(report.participant_ids))
    keys = {f"{t}|doc|{report.document_id}"}
    keys.update(f"{t}|pair|{p}|{q}" for p, q in combinations(people, 2))
    for p in people:
        if report.place_id:
            keys.add(f"{t}|place|{p}|{report.place_id}")
        if report.date:
            keys.add(f"{t}|date|{p}|{report.date}")
    if report.date:
        keys.update(f"{t}|at|{x}|{report.date}" for x in with_parents({report.organizer_id} if report.organizer_id else set()))
        keys.update(f"{t}|at|{x}|{report.date}" for x in (report.place_id,) if x)
    if t in TARGETED:
        keys.update({f"{t}|target|{p}" for p in _people(report.target_ids)} | unnamed_target_keys(report))
    if t == MASS_TRANSFER and report.date and len(report.date) == 10:
        keys.update(f"{t}|count|{n}|{report.date}" for n in head_counts(report))
    if t == TOLLED and report.date and len(report.date) == 10:
        keys.update(f"{t}|toll|{n}|{report.date}" for n in tolls(report))
    keys.update(f"{t}|counted|{n}|{where}" for n in counted_here(report)
                for where in ({report.place_id, state_of(report.place_id)} - {None} if t != MASS_TRANSFER else {""}))
    keys.update(tally_keys(report) | body_count_keys(report))
    if t == "seizure" or seized_amounts(report):
        bodies = {p for p in people if p.startswith("org-")} | ({report.organizer_id} if report.organizer_id else set())
        bodies = with_parents(bodies)
        keys.update(f"{t}|body|{b}" for b in bodies)
        keys.update(f"{t}|body|{x}" for x in (report.place_id, state_of(report.place_id)) if x)
        keys.update(same_day_amount_keys(report))
    return keys


def candidate_pairs(ordered: list[EventReport]) -> list[tuple[int, int]]:
    """Positions (i < j) of the reports that share a blocking key, in the order a full comparison meets them."""
    return [(i, j) for i, js in enumerate(partners([blocking_keys(r) for r in ordered])) for j in js.tolist()]


def _most_common(values: list[str]) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], v))[0]


def event_date(members: list[EventReport]) -> str | None:
    """The date most reports give, at the best precision any gives (a day over a month over a year)."""
    dated = [m.date for m in members if m.date]
    if not dated:
        return None
    best = max(len(d) for d in dated)
    return _most_common([d for d in dated if len(d) == best])


def _apart(judgements: list[EventJudgement], by_id: dict[str, EventReport]) -> set[frozenset[str]]:
    """Pairs of reports that split judgements keep apart (those of different documents)."""
    apart: set[frozenset[str]] = set()
    for j in judgements:
        if j.kind == "split-event":
            known = [by_id[r] for r in j.reports if r in by_id]
            apart |= {frozenset((x.id, y.id)) for x in known for y in known if x.document_id != y.document_id}
    return apart


def _replay_merges(forest: Forest, judgements: list[EventJudgement], by_id: dict[str, EventReport]) -> list[dict]:
    """Join the reports of each merge judgement (changes ``forest``); the evidence of each join."""
    evidence = []
    for j in judgements:
        if j.kind == "merge-event":
            ids = [r for r in [*j.reports, *j.other] if r in by_id]
            for x in ids[1:]:
                ra, rb = forest.find(ids[0]), forest.find(x)
                if ra != rb:
                    forest.join(ra, rb)
                    evidence.append({"reports": [ids[0], x], "shared_participants": [], "same_place": False,
                                     "same_date": False, "same_organizer": False, "same_document": False,
                                     "same_amounts": False, "shared_targets": [], "reasons": ["analyst judgement"]})
    return evidence


def _join_matching(forest: Forest, ordered: list[EventReport], apart: set[frozenset[str]],
                   contents: dict[str, tuple], start: Start | None = None) -> list[dict]:
    """Join the clusters of each candidate pair with evidence and no contradiction (changes ``forest``).

    Evidence is kept for the pairs that join two clusters (one path between any two reports
    of an event), not for every matching pair inside one: with many reports of one event the
    pairs grow with the square of the reports, and so did the time and the stored evidence.

    Pairs of one document join first: an undated headline ("Rubio, de la Fuente meet again")
    is its body's event, dated by it, before it can join an earlier meeting of the same
    people in another article and so keep its own body out. Among them, the pairs sharing
    the most participants first: a headline joins the meeting of its people, not another
    meeting of the article it could equally join.
    """
    partners: dict[str, set[str]] = defaultdict(set)  # report -> the reports a split keeps apart from it
    for pair in apart:
        x, y = tuple(pair)
        partners[x].add(y)
        partners[y].add(x)
    refused: set[tuple[str, int, str, int]] = set()  # clusters found contradictory, as they were then
    memo: dict[tuple[int, int, bool], dict | None] = {}  # by content numbers: a content tuple is hashed at each look-up
    numbers: dict[tuple, int] = {}
    number = [numbers.setdefault(contents[r.id], len(numbers)) for r in ordered]
    evidence = []
    find, ids = forest.find, [r.id for r in ordered]
    for pa, pb in _join_order(ordered, start):
        ra, rb = find(ids[pa]), find(ids[pb])
        if ra == rb or (apart and frozenset((ids[pa], ids[pb])) in apart):
            continue
        a, b = ordered[pa], ordered[pb]
        state = (ra, forest.version[ra], rb, forest.version[rb])
        if state in refused:
            continue
        key = (number[pa], number[pb], a.document_id == b.document_id)
        if key not in memo:
            memo[key] = merge_evidence(a, b)
        why = memo[key]
        if why is None:
            continue
        if forest.cluster[ra].compatible(forest.cluster[rb], partners):
            forest.join(ra, rb)
            evidence.append({**why, "reports": [a.id, b.id]})
        else:
            refused.add(state)
    return evidence


def _join_order(ordered: list[EventReport], start: Start | None = None) -> Iterator[tuple[int, int]]:
    """``candidate_pairs`` with those of one document first, then those sharing the most participants, then in
    their own order (``resolve._pairs.ranked_pairs``: millions of pairs for the copies of one story), from ``start``."""
    numbers: dict[str, int] = {}
    documents = [numbers.setdefault(r.document_id, len(numbers)) for r in ordered]
    return ranked_pairs([blocking_keys(r) for r in ordered], documents, [frozenset(r.participant_ids) for r in ordered],
                        start=start)


def resolve_events(reports: list[EventReport], judgements: list[EventJudgement] | None = None) -> list[ResolvedEvent]:
    """Events across documents with the evidence of each merge, analyst judgements replayed (pure)."""
    ordered = sorted(reports, key=lambda r: r.id)
    by_id = {r.id: r for r in ordered}
    contents = {r.id: _content(r) for r in ordered}
    forest = Forest(ordered, contents)
    apart = _apart(judgements or [], by_id)
    evidence = _replay_merges(forest, judgements or [], by_id) + _join_matching(forest, ordered, apart, contents)
    return events_of(forest, ordered, evidence)


def events_of(forest: Forest, ordered: list[EventReport], evidence: list[dict]) -> list[ResolvedEvent]:
    """The events of a finished ``forest`` over ``ordered`` (reports by id), each with the evidence of its joins
    (``evidence``: every join, in the order made), sorted by their roots."""
    clusters: dict[str, list[EventReport]] = {}
    for r in ordered:
        clusters.setdefault(forest.find(r.id), []).append(r)
    kept: dict[str, list[dict]] = defaultdict(list)  # cluster root -> the evidence inside it
    for e in evidence:
        root = forest.find(e["reports"][0])
        if root == forest.find(e["reports"][1]):
            kept[root].append(e)
    out = []
    for root, group in sorted(clusters.items()):
        out.append(ResolvedEvent(
            id=make_id("evt", root), type=group[0].type, date=event_date(group),
            place_id=_most_common([m.place_id for m in group if m.place_id]), reports=group,
            evidence=kept[root],
            status="planned" if all(m.status == "planned" for m in group) else "happened",
            country=_most_common([m.country for m in group if m.country])))
    return out
