"""Two gatherings of the same regulars on consecutive days, told by two outlets, stay two (issue 11): the one day two
outlets may count apart does not join a host's meeting with a visitor and her meeting with others the next day."""

from __future__ import annotations

from _store_helpers import exported_documents

from pesquisa.records import RawDocument
from pesquisa.resolve import EventReport, merge_evidence, resolve_events


def _meeting(rid: str, doc: str, date: str, people: list[str]) -> EventReport:
    return EventReport(rid, doc, "meeting", date, "plc-palace", None, people, country="mx")


def test_resolve_meetings_a_day_apart_with_their_own_counterparts_stay_two():
    host = ["per-president", "per-security"]
    minister = _meeting("r1", "d1", "2026-05-12", [*host, "per-minister"])
    governors = _meeting("r2", "d2", "2026-05-13", [*host, "per-governor-a", "per-governor-b"])
    assert merge_evidence(minister, governors) is None
    assert len(resolve_events([minister, governors])) == 2


def test_resolve_meetings_a_day_apart_still_join_when_one_outlet_names_fewer():
    """An outlet counting from another day, naming part of the company the other names, still tells one meeting."""
    wire = _meeting("r1", "d1", "2026-05-12", ["per-president", "per-minister", "per-security"])
    portal = _meeting("r2", "d2", "2026-05-13", ["per-president", "per-minister"])
    assert merge_evidence(wire, portal) is not None
    same_day = _meeting("r3", "d3", "2026-05-12", ["per-president", "per-security", "per-governor"])
    assert merge_evidence(wire, same_day) is not None  # the same day: nothing here tells them apart


def test_resolve_meetings_a_day_apart_told_in_two_languages(tmp_path):
    docs = [
        RawDocument(source="wire.txt", published="2026-05-12", raw=(
            "MEXICO CITY, May 12 (Reuters) - Mexican President Claudia Sheinbaum met on Tuesday at the National Palace "
            "with Canadian Foreign Minister Anita Anand. Security Secretary Omar Garcia Harfuch also attended the meeting.")),
        RawDocument(source="portal.txt", published="2026-05-13", raw=(
            "La presidenta Claudia Sheinbaum se reunió este miércoles en Palacio Nacional con el gobernador de Sonora, "
            "Alfonso Durazo Montaño, y con el secretario de Seguridad, Omar García Harfuch.")),
    ]
    meetings = {source: {e["id"] for e in d["events"] if e["type"] == "meeting"}
                for source, d in exported_documents(tmp_path, docs).items()}
    assert meetings["wire.txt"] and meetings["portal.txt"]
    assert not meetings["wire.txt"] & meetings["portal.txt"]


def test_resolve_meetings_a_day_apart_are_not_glued_by_a_report_with_no_day():
    """A syndicator's "held a meeting at the National Palace" (no day, the host alone) fits both; it joins one of them,
    never both into one."""
    tuesday = [_meeting("r1", "d1", "2026-05-12", ["per-president", "per-minister", "per-security"]),
               _meeting("r2", "d2", "2026-05-12", ["per-president", "per-minister"])]
    undated = EventReport("r3", "d3", "meeting", None, "plc-palace", None, ["per-president"], country="mx")
    wednesday = [_meeting("r4", "d4", "2026-05-13", ["per-president", "per-governor", "per-security"]),
                 _meeting("r5", "d5", "2026-05-13", ["per-president", "per-governor"])]
    events = resolve_events([*tuesday, undated, *wednesday])
    homes = {r.id: e.id for e in events for r in e.reports}
    assert homes["r1"] == homes["r2"] != homes["r4"] == homes["r5"]
