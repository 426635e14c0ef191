"""Issue 11: a host and her regulars (security secretary, foreign minister) receive one guest on a day and another the
next; two outlets tell each meeting and agree on its day. The three regulars every outlet names do not make the two
meetings one."""

from __future__ import annotations

from pesquisa.resolve import EventReport, resolve_events
from pesquisa.resolve._regulars import regulars_a_day_apart

REGULARS = ["per-president", "per-security", "per-foreign"]


def _meeting(rid: str, doc: str, date: str, guest: str | None) -> EventReport:
    people = [*REGULARS, guest] if guest else list(REGULARS)
    return EventReport(rid, doc, "meeting", date, "plc-palace", None, people, country="mx")


def _homes(reports: list[EventReport]) -> dict[str, str]:
    return {r.id: e.id for e in resolve_events(reports) for r in e.reports}


def test_resolve_regulars_meeting_two_guests_on_two_days_stay_two():
    reports = [_meeting("wire", "d1", "2026-10-06", "per-homeland"), _meeting("portal", "d2", "2026-10-06", "per-homeland"),
               _meeting("daily", "d3", "2026-10-07", "per-dea"), _meeting("ap", "d4", "2026-10-07", "per-dea")]
    homes = _homes(reports)
    assert homes["wire"] == homes["portal"] and homes["daily"] == homes["ap"]
    assert homes["wire"] != homes["daily"]


def test_resolve_regulars_one_outlet_a_side_still_joins():
    """One outlet on each side: its day may be counted from another time zone, so the regulars still join them."""
    homes = _homes([_meeting("wire", "d1", "2026-10-06", "per-homeland"), _meeting("daily", "d3", "2026-10-07", "per-dea")])
    assert homes["wire"] == homes["daily"]


def test_resolve_regulars_a_guest_named_by_one_outlet_only_is_no_second_meeting():
    """The outlets of one side must all name the guest; one naming only the regulars tells nothing against a join."""
    tuesday = ({"d1": {"2026-10-06"}, "d2": {"2026-10-06"}},
               {"d1": {("plc", frozenset([*REGULARS, "per-homeland"]))}, "d2": {("plc", frozenset(REGULARS))}})
    wednesday = ({"d3": {"2026-10-07"}, "d4": {"2026-10-07"}},
                 {"d3": {("plc", frozenset([*REGULARS, "per-dea"]))}, "d4": {("plc", frozenset([*REGULARS, "per-dea"]))}})
    assert not regulars_a_day_apart(tuesday[0], tuesday[1], wednesday[0], wednesday[1])
    both = ({"d1": {"2026-10-06"}, "d2": {"2026-10-06"}},
            {"d1": {("plc", frozenset([*REGULARS, "per-homeland"]))}, "d2": {("plc", frozenset([*REGULARS, "per-homeland"]))}})
    assert regulars_a_day_apart(both[0], both[1], wednesday[0], wednesday[1])
