"""Events from hand-written EN/ES pages (issue 11, round 26): a load "interdicted" at sea or at a checkpoint is a
seizure."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-04") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_a_load_interdicted_at_sea_is_a_seizure_of_its_day():
    text = ("The crew of the Coast Guard Cutter Vigilant returned to port Friday. The drugs were interdicted in "
            "international waters of the Caribbean Sea on Nov. 20, the Coast Guard said.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["date"] == "2026-11-20"


def test_extract_events_a_call_interdicted_is_no_seizure():
    text = "A federal judge said on Tuesday the agency had interdicted the calls of two lawyers."
    assert "seizure" not in [e["type"] for e in _events(text)]

