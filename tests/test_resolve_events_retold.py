"""A meeting an article retells more than a week on, with its day, joins the reports of that meeting told at the time,
though the retelling's sentence names the people of the later article's news, not the earlier meeting's company."""

from __future__ import annotations

from _store_helpers import exported_documents

from pesquisa.records import RawDocument
from pesquisa.resolve import EventReport, merge_evidence, resolve_events
from pesquisa.resolve._counterparts import retold


def _meeting(rid: str, doc: str, date: str, people: list[str], published: str) -> EventReport:
    return EventReport(rid, doc, "meeting", date, "plc-palace", None, people, country="mx", published=published)


def test_resolve_events_retold_meeting_joins_the_one_told_at_the_time():
    at_the_time = _meeting("r1", "d1", "2026-03-07", ["per-president", "per-attorney", "per-security"], "2026-03-08")
    retelling = _meeting("r2", "d2", "2026-03-07", ["per-security", "per-fbi"], "2026-03-16")
    assert retold(retelling) and not retold(at_the_time)
    assert merge_evidence(at_the_time, retelling) is not None
    assert len(resolve_events([at_the_time, retelling])) == 1


def test_resolve_events_meetings_of_one_day_told_at_the_time_stay_apart():
    """Within the week both tell the news of that day: the FBI director, then the DEA's, are two meetings."""
    fbi = _meeting("r1", "d1", "2026-03-07", ["per-minister", "per-fbi"], "2026-03-08")
    dea = _meeting("r2", "d2", "2026-03-07", ["per-minister", "per-dea"], "2026-03-09")
    assert not retold(dea)
    assert merge_evidence(fbi, dea) is None
    assert len(resolve_events([fbi, dea])) == 2


def test_resolve_events_retold_meeting_in_a_follow_up_article(tmp_path):
    docs = [
        RawDocument(source="wire.txt", published="2026-03-08", raw=(
            "MEXICO CITY (AP) - President Claudia Sheinbaum met on Saturday at the National Palace with U.S. Attorney "
            "General Pam Bondi to discuss fentanyl trafficking. Security Minister Omar García Harfuch also attended.")),
        RawDocument(source="follow.txt", published="2026-03-16", raw=(
            "Una semana después de la reunión del 7 de marzo en Palacio Nacional, el secretario Omar García Harfuch "
            "viajó este lunes a Washington, donde se reunió con el director del FBI, Kash Patel.")),
    ]
    meetings = {source: {e["id"] for e in d["events"] if e["type"] == "meeting"}
                for source, d in exported_documents(tmp_path, docs).items()}
    assert meetings["wire.txt"] & meetings["follow.txt"]
    assert len(meetings["follow.txt"]) == 2  # the Washington meeting stays its own
