"""Event dates (dates round 5): a seizure dated by a weekend just past ("seized ... over the weekend") is as near as a
day for the arrest told right after it, which was part of the same stop: it takes the weekend's month (a month named,
"in March", still dates no operation; "earlier this month" does since evdates10, stop 43)."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_an_arrest_after_a_weekend_seizure_takes_its_month():
    text = ("Deputies seize 30 pounds of meth during weekend traffic stop\n\n"
            "WESLACO, Texas — Hidalgo County sheriff's deputies seized about 30 pounds of methamphetamine during a "
            "traffic stop over the weekend, Sheriff Eddie Guerra said Monday.\n\n"
            "The driver, a 40-year-old man from Donna, was arrested and charged with possession of a controlled substance.")
    assert [e["date"] for e in event_dicts(text, "2026-12-07") if e["type"] == "arrest"] == ["2026-12"]
