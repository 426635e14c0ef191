"""Event dates (dates round 4): an arrest "in the Dec. 28 killing of" a lawmaker came after the killing, so it takes no
day of the crime its sentence names as what it was for."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_an_arrest_in_a_dated_killing_takes_no_day_of_the_killing():
    text = ("Mexico arrests suspect in killing of lawmaker\n\n"
            "MEXICO CITY, Jan 4 (Reuters) - Mexican authorities said on Monday they had arrested a suspect in the Dec. 28 "
            "killing of a state lawmaker in the western state of Michoacan.\n\n"
            "The lawmaker was shot dead outside his home in Zamora, the state prosecutor's office said.")
    events = event_dicts(text, "2027-01-05")
    assert "2026-12-28" in [e["date"] for e in events if e["type"] == "attack"]
    assert "2026-12-28" not in [e["date"] for e in events if e["type"] == "arrest"]
