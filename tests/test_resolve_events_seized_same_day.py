"""Two outlets telling one small seizure on its day with the same amount, naming neither the same place nor the same
body ("CBP officers at the port of entry seized about 18 pounds of fentanyl pills on Tuesday"; "federal officers at the
border found 18 pounds of fentanyl pills" that day), tell one seizure; two places or two bodies named keep the same
amount apart, and so do two days or two amounts."""

from __future__ import annotations

from pesquisa.resolve.events import EventReport, blocking_keys, merge_evidence, resolve_events


def _report(rid: str, doc: str, date: str | None, value: float, item: str = "fentanyl", *,
            place: str | None = None, body: str | None = None) -> EventReport:
    amounts = [{"quantity_id": f"qty-{rid}", "item": item, "value": value, "unit": "kg", "kind": "seizure"}]
    return EventReport(rid, doc, "seizure", date, place, body, [body] if body else [], amounts=amounts)


def _events(*reports: EventReport) -> int:
    return len(resolve_events(list(reports)))


def test_resolve_events_one_day_one_amount_nothing_apart_is_one_seizure():
    tv = _report("r1", "tv", "2025-06-10", 8.164663, place="plc-deconcini", body="org-cbp")
    paper = _report("r2", "paper", "2025-06-10", 8.164663)
    assert _events(tv, paper) == 1
    assert blocking_keys(tv) & blocking_keys(paper)
    assert "same seizing body or place, same amounts" in (merge_evidence(tv, paper) or {})["reasons"]


def test_resolve_events_two_ports_or_two_bodies_same_day_and_amount_stay_two():
    assert _events(_report("r1", "a", "2025-06-10", 8.16, place="plc-nogales"),
                   _report("r2", "b", "2025-06-10", 8.16, place="plc-laredo")) == 2
    assert _events(_report("r1", "a", "2025-06-10", 8.16, body="org-cbp"),
                   _report("r2", "b", "2025-06-10", 8.16, body="org-navy")) == 2


def test_resolve_events_another_day_amount_or_commodity_stays_two():
    base = _report("r1", "a", "2025-06-10", 8.16, body="org-cbp")
    assert _events(base, _report("r2", "b", "2025-06-11", 8.16)) == 2
    assert _events(base, _report("r2", "b", "2025-06-10", 9.0)) == 2
    assert _events(base, _report("r2", "b", "2025-06-10", 8.16, "methamphetamine")) == 2
    assert _events(base, _report("r2", "b", "2025-06", 8.16)) == 2
