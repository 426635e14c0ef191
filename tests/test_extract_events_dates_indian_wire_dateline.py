"""Event dates (dates round 4): an Indian wire's dateline with a colon ("Washington [US], November 12 (ANI): ...") is the
filing's place and day, so the lead's "on Wednesday" dates its meeting, not the dateline's day."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.datelines import dateline_spans


def test_extract_datelines_an_ani_dateline_ends_at_its_colon():
    body = "Washington [US], November 12 (ANI): US Secretary of State Marco Rubio met Mexico's foreign minister."
    assert [body[s.start:s.end].strip() for s in dateline_spans(body)] == ["Washington [US], November 12 (ANI):"]


def test_extract_events_the_leads_weekday_dates_the_meeting_under_an_ani_dateline():
    text = ("US, Mexico discuss fentanyl at Washington meeting\n\n"
            "Washington [US], November 12 (ANI): US Secretary of State Marco Rubio met Mexico's Foreign Minister Juan "
            "Ramon de la Fuente on Wednesday to discuss fentanyl trafficking, the State Department said.")
    dates = [e["date"] for e in event_dicts(text, "2026-11-12") if e["type"] == "meeting"]
    assert dates == ["2026-11-11"]
