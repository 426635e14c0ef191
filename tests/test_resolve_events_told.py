"""A call, meeting or visit an article tells as done without its day took place by the day the article came out: it is
not a gathering another outlet dates a week later, whatever people the two share (issue 11)."""

from __future__ import annotations

from pathlib import Path

from _export_helpers import event_ids, exported

from pesquisa.resolve.events import EventReport, merge_evidence, resolve_events

CALLS = {
    "first.txt": "Sheinbaum says call with Trump went well\n\nSeptember 14, 2026\n\nMEXICO CITY (AP) — Mexican President "
                 "Claudia Sheinbaum said Monday she had a friendly phone conversation with U.S. President Donald Trump "
                 "about steel tariffs and migration.\n",
    "second.txt": "Sheinbaum y Trump hablan otra vez\n\n22 de septiembre de 2026\n\nLa presidenta Claudia Sheinbaum habló "
                  "por teléfono este martes con el presidente Donald Trump sobre el tráfico de armas, informó la "
                  "Presidencia.\n",
    "wire.txt": "Trump, Sheinbaum discuss gun smuggling\n\nSeptember 23, 2026\n\nWASHINGTON (Reuters) - U.S. President "
                "Donald Trump and Mexican President Claudia Sheinbaum spoke by phone about gun smuggling, the White House "
                "said.\n",
}


def test_resolve_events_undated_call_of_an_earlier_article_apart_from_a_later_one(tmp_path: Path):
    docs = exported(tmp_path, CALLS)
    first, second, wire = (event_ids(docs, name, "call") for name in CALLS)
    assert first and second and wire
    assert second & wire
    assert not first & (second | wire)


def _call(rid: str, doc: str, date: str | None, published: str) -> EventReport:
    return EventReport(rid, doc, "call", date, None, None, ["per-a", "per-b"], published=published)


def test_resolve_events_undated_report_bounded_by_its_article_in_any_order():
    early, later = _call("r1", "d1", None, "2026-09-14"), _call("r2", "d2", "2026-09-22", "2026-09-22")
    assert merge_evidence(early, later) is None and merge_evidence(later, early) is None
    # told the next morning ("ayer"), or by an outlet a time zone away, it is still the same call
    assert merge_evidence(_call("r3", "d3", None, "2026-09-23"), later) is not None
    # one article's undated report and another's of the same call: one event, whichever comes first
    wire = _call("r4", "d4", None, "2026-09-23")
    for order in ([early, later, wire], [wire, later, early], [later, early, wire]):
        events = {r.id: e.id for e in resolve_events(order) for r in e.reports}
        assert events["r2"] == events["r4"] != events["r1"]


def test_resolve_events_undated_meeting_retold_at_its_place_by_a_weekly():
    def meeting(rid: str, published: str, place: str | None) -> EventReport:
        return EventReport(rid, rid, "meeting", None, place, None, ["per-a", "per-b"], published=published)

    # "cuando Rubio se reunió con Sheinbaum en Palacio Nacional", nine days after the wire told it undated there
    assert merge_evidence(meeting("r1", "2026-11-03", "loc-palace"), meeting("r2", "2026-11-12", "loc-palace")) is not None
    assert merge_evidence(meeting("r1", "2026-11-03", None), meeting("r2", "2026-11-12", None)) is None


def test_resolve_events_undated_report_is_no_call_dated_more_than_a_week_before_it():
    # "said Monday she had a phone conversation" dates the call of 14 September; a wire of 23 September telling a call
    # undated is the call of 22 September, not that one
    dated, wire = _call("r1", "d1", "2026-09-14", "2026-09-14"), _call("r2", "d2", None, "2026-09-23")
    assert merge_evidence(dated, wire) is None and merge_evidence(wire, dated) is None
    assert merge_evidence(_call("r3", "d3", "2026-09-22", "2026-09-22"), wire) is not None
