"""An arrest a navy communiqué tells in the sentence after its seizure ("En la acción fueron detenidas cuatro
personas") and a wire tells undated two days later ("detained four crew members") is one arrest; so is an arrest in
Texas a Spanish portal tells by name two days on, with no day but its own (issue 11)."""

from __future__ import annotations

from pesquisa.resolve.events import EventReport, merge_evidence, resolve_events


def _arrest(rid: str, date: str | None, published: str, count: float, body: str = "org-navy",
            place: str | None = None) -> EventReport:
    amounts = [{"item": "personas", "value": count, "unit": None, "kind": "count"}]
    return EventReport(rid, rid, "arrest", date, place, None, [body], amounts=amounts, published=published)


def test_resolve_events_arrest_told_undated_by_a_wire_within_days_joins_the_body_count():
    navy = _arrest("r1", "2026-04-06", "2026-04-07", 4)
    wire = _arrest("r2", None, "2026-04-08", 4, place="loc-pacific")
    assert merge_evidence(navy, wire) is not None and merge_evidence(wire, navy) is not None
    for order in ([navy, wire], [wire, navy]):
        assert len(resolve_events(order)) == 1


def test_resolve_events_arrest_by_one_body_apart_when_late_small_or_another_body():
    navy = _arrest("r1", "2026-04-06", "2026-04-07", 4)
    assert merge_evidence(navy, _arrest("r2", None, "2026-04-20", 4)) is None  # a wire two weeks on: another one
    assert merge_evidence(navy, _arrest("r3", None, "2026-04-04", 4)) is None  # told before it happened
    assert merge_evidence(navy, _arrest("r4", None, "2026-04-08", 5)) is None  # five detained: another one
    assert merge_evidence(_arrest("r5", "2026-04-06", "2026-04-07", 2), _arrest("r6", None, "2026-04-08", 2)) is None
    assert merge_evidence(navy, _arrest("r7", None, "2026-04-08", 4, body="org-army")) is None


def _held(rid: str, date: str, published: str, targets: list[str]) -> EventReport:
    return EventReport(rid, rid, "arrest", date, "loc-katy", None, ["org-fbi", *targets], target_ids=targets,
                       published=published)


def test_resolve_events_arrest_told_days_later_without_its_day_joins_by_the_man():
    # "FBI agents arrested ... on Thursday" and, two days on, a portal's "Agentes del FBI detuvieron en Katy a ..." (the
    # portal's day is all its report has)
    wire = _held("r1", "2026-05-07", "2026-05-08", ["per-barajas"])
    portal = _held("r2", "2026-05-09", "2026-05-09", ["per-barajas"])
    assert merge_evidence(wire, portal) is not None and merge_evidence(portal, wire) is not None
    for order in ([wire, portal], [portal, wire]):
        assert len(resolve_events(order)) == 1
    # another man, or a day the portal gives itself a week on, or four days on: apart
    assert merge_evidence(wire, _held("r3", "2026-05-09", "2026-05-09", ["per-ruelas"])) is None
    assert merge_evidence(wire, _held("r4", "2026-05-09", "2026-05-14", ["per-barajas"])) is None
    assert merge_evidence(wire, _held("r5", "2026-05-11", "2026-05-11", ["per-barajas"])) is None


def test_resolve_events_undated_arrest_of_a_later_article_apart_from_an_earlier_count():
    # the army's "detención de cinco personas" in Culiacán on 8 September and AP's undated "arrested five men" in the
    # Sinaloa state capital told on 17 September: two operations; AP's of the 9th is the first one
    army = _arrest("r1", "2026-09-08", "2026-09-08", 5, body="org-army", place="loc-culiacan")
    later = _arrest("r2", None, "2026-09-17", 5, body="org-army", place="loc-culiacan")
    next_day = _arrest("r3", None, "2026-09-09", 5, body="org-army", place="loc-culiacan")
    assert merge_evidence(army, later) is None and merge_evidence(later, army) is None
    assert merge_evidence(army, next_day) is not None
    events = {r.id: e.id for e in resolve_events([later, next_day, army]) for r in e.reports}
    assert events["r1"] == events["r3"] != events["r2"]


def _lab(rid: str, date: str | None, place: str, item: str, kg: float) -> EventReport:
    return EventReport(rid, rid, "seizure", date, place, None, ["org-army"],
                       amounts=[{"item": item, "value": kg, "unit": "kg", "kind": "seizure"}])


def test_resolve_events_seizure_of_the_drug_named_earlier_joins_the_named_one():
    # "seized 450 kilograms (about 990 pounds) of the drug" and "aseguró 450 kilogramos de metanfetamina"
    ap = _lab("r1", None, "loc-culiacan", "drug", 450)
    assert merge_evidence(ap, _lab("r2", "2026-10-02", "loc-culiacan", "methamphetamine", 450)) is not None
    # the Spanish "la droga" (amounts carry their item in English once named: "metanfetamina" is "methamphetamine")
    assert merge_evidence(_lab("r3", None, "loc-culiacan", "droga", 450), _lab("r4", "2026-10-02", "loc-culiacan",
                                                                                "methamphetamine", 450)) is not None
    assert merge_evidence(ap, _lab("r5", "2026-10-02", "loc-culiacan", "methamphetamine", 300)) is None


def _pills(rid: str, date: str, published: str, pills: float, place: str | None = "loc-nogales") -> EventReport:
    return EventReport(rid, rid, "seizure", date, place, None, ["org-cbp"], published=published,
                       amounts=[{"item": "fentanyl pills", "value": pills, "unit": None, "kind": "seizure"}])


def test_resolve_events_pills_seized_told_two_days_later_without_a_day():
    # "seized about 400,000 fentanyl pills ... on Saturday" and, on Monday, "aseguraron alrededor de 400 mil pastillas
    # de fentanilo" with no day but the paper's own
    station = _pills("r1", "2026-11-28", "2026-11-30", 400000)
    paper = _pills("r2", "2026-11-30", "2026-11-30", 400000, place=None)
    assert merge_evidence(station, paper) is not None and merge_evidence(paper, station) is not None
    assert len(resolve_events([paper, station])) == 1
    assert merge_evidence(station, _pills("r3", "2026-11-30", "2026-11-30", 90000, place=None)) is None
    # a handful of goods does not tell one seizure: 5 rifles the same day and place need more
    rifles = {"item": "rifles", "value": 5.0, "unit": None, "kind": "seizure"}
    a = EventReport("r4", "r4", "seizure", "2026-11-28", "loc-nogales", None, ["org-cbp"], amounts=[rifles])
    b = EventReport("r5", "r5", "seizure", "2026-11-30", "loc-nogales", None, ["org-cbp"], amounts=[rifles],
                    published="2026-11-30")
    assert merge_evidence(a, b) is None
