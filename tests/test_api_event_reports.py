"""An event of many reports (issue 15): a list shows its first reports and counts them all; the event's own
endpoint and page go through every one, a page at a time, in the order of their sources.

The store is built by hand: one event told by 105 copies of a story (the copies of a wire story in an
archive), one told once, and the people they name. A store of the shared articles has no event told
more than a handful of times.
"""

from __future__ import annotations

import json
import re
import warnings

import pytest
from sqlalchemy import insert

from pesquisa.store import open_store, read
from pesquisa.store import schema as t
from pesquisa.store.read.events import json_items

COPIES = 105
PEOPLE = {"per-ana": "Ana Ruiz", "per-ben": "Ben Cole", "per-cid": "Cid Duarte", "plc-lima": "Lima"}


def _body(n: int) -> str:
    """The text of copy ``n``: a line of chrome, then the sentence that tells the meeting."""
    return f"Wire copy {n:03d}.\nAna Ruiz met Ben Cole in Lima on Tuesday, copy {n:03d} says."


def _document(n: int) -> dict:
    body = _body(n)
    return {"id": f"doc-{n:03d}", "source": f"copy-{n:03d}.txt", "content_type": "text", "raw": body, "body": body,
            "offsets": [], "removed": [], "repairs": [], "ingested_at": "2026-12-06T00:00:00"}


def _report(n: int, event_id: str) -> dict:
    """Report ``n`` of ``event_id``: its span is the sentence after the chrome; the last copy also names Cid Duarte."""
    start = len(f"Wire copy {n:03d}.\n")
    people = ["per-ana", "per-ben", *(["per-cid"] if n == COPIES else [])]
    return {"id": f"rep-{n:03d}", "document_id": f"doc-{n:03d}", "event_id": event_id, "type": "meeting",
            "trigger": "met", "date": "2025-03-04", "participant_local_ids": [], "participant_ids": people,
            "place_id": "plc-lima", "start": start, "end": len(_body(n)), "raw_start": start, "raw_end": len(_body(n))}


@pytest.fixture(scope="module")
def many_reports_db(tmp_path_factory: pytest.TempPathFactory):
    """A store with ``evt-many`` (``COPIES`` reports, one merge per report after the first) and ``evt-once``."""
    path = tmp_path_factory.mktemp("many_reports") / "kb.sqlite"
    engine = open_store(path)
    merges = [{"reports": ["rep-001", f"rep-{n:03d}"], "shared_participants": ["per-ana", "per-ben"],
               "same_place": True, "same_date": True, "same_organizer": False, "same_document": False,
               "reasons": [f"merge {n}"]} for n in range(2, COPIES + 1)]
    with engine.begin() as conn:
        conn.execute(insert(t.documents), [_document(n) for n in range(1, COPIES + 2)])
        conn.execute(insert(t.entities), [{"id": i, "type": "place" if i.startswith("plc") else "person", "name": name,
                                           "aliases": [name], "countries": []} for i, name in PEOPLE.items()])
        conn.execute(insert(t.events), [
            {"id": "evt-many", "type": "meeting", "date": "2025-03-04", "place_id": "plc-lima", "evidence": merges},
            {"id": "evt-once", "type": "meeting", "date": "2024-01-01", "place_id": None, "evidence": []}])
        # stored out of order: the reports are ranked by their sources, not by when they were written
        conn.execute(insert(t.event_reports), [_report(n, "evt-many") for n in range(COPIES, 0, -1)])
        conn.execute(insert(t.event_reports), [_report(COPIES + 1, "evt-once")])
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
        from fastapi.testclient import TestClient
    from pesquisa.web import create_app

    return engine, TestClient(create_app(str(path)))


def test_api_events_list_shows_the_first_reports_of_an_event_and_counts_them_all(many_reports_db):
    _, client = many_reports_db
    page = client.get("/api/events").json()
    assert page["reports_limit"] == 3 and [e["id"] for e in page["items"]] == ["evt-many", "evt-once"]
    many = page["items"][0]
    assert many["report_count"] == COPIES and many["evidence_count"] == COPIES - 1
    assert [r["source"] for r in many["reports"]] == ["copy-001.txt", "copy-002.txt", "copy-003.txt"]
    assert many["reports"][0]["sentence"] == "Ana Ruiz met Ben Cole in Lima on Tuesday, copy 001 says."
    assert [e["reasons"] for e in many["evidence"]] == [["merge 2"], ["merge 3"], ["merge 4"]]
    assert many["evidence"][0]["shared_participants"] == ["Ana Ruiz", "Ben Cole"]
    # Cid Duarte is named only by the last copy, which the list does not show: still a participant
    assert [p["name"] for p in many["participants"]] == ["Ana Ruiz", "Ben Cole", "Cid Duarte"]
    once = page["items"][1]
    assert (once["report_count"], once["evidence_count"], len(once["reports"]), once["evidence"]) == (1, 0, 1, [])


def test_api_events_list_reports_limit_is_a_parameter(many_reports_db):
    _, client = many_reports_db
    bare = client.get("/api/events", params={"reports_limit": 0, "limit": 1}).json()
    (many,) = bare["items"]
    assert (many["report_count"], many["reports"], many["evidence"]) == (COPIES, [], [])
    seven = client.get("/api/events", params={"reports_limit": 7, "limit": 1}).json()["items"][0]
    assert [r["source"] for r in seven["reports"]] == [f"copy-{n:03d}.txt" for n in range(1, 8)]
    assert client.get("/api/events", params={"reports_limit": 501}).status_code == 422


def test_api_event_pages_through_every_report_in_source_order(many_reports_db):
    engine, client = many_reports_db
    sources, evidence = [], []
    for offset in range(0, COPIES, 40):
        one = client.get("/api/events/evt-many", params={"reports_limit": 40, "reports_offset": offset}).json()
        assert (one["report_count"], one["reports_offset"], one["reports_limit"]) == (COPIES, offset, 40)
        sources += [r["source"] for r in one["reports"]]
        evidence += [e["reasons"][0] for e in one["evidence"]]
    assert sources == [f"copy-{n:03d}.txt" for n in range(1, COPIES + 1)]
    assert evidence == [f"merge {n}" for n in range(2, COPIES + 1)]
    default = client.get("/api/events/evt-many").json()
    assert (default["reports_limit"], len(default["reports"])) == (100, 100)
    # read.event without a limit (``pesquisa show event``) still gives every report, each sentence its span
    every = read.event(engine, "evt-many")
    assert len(every.reports) == COPIES and len(every.event["evidence"]) == COPIES - 1
    assert all(r["sentence"] == _body(int(r["id"][-3:]))[r["start"]:r["end"]] for r in every.reports)


def test_web_events_page_counts_reports_and_event_page_pages_them(many_reports_db):
    _, client = many_reports_db
    listing = client.get("/events").text
    assert "· 105 reports" in listing and "· 1 report</span>" in listing
    first = client.get("/events/evt-many").text
    assert "105 reports" in first and "1–100 of 105 reports" in first
    assert len(re.findall(r'<blockquote class="reported">', first)) == 100
    assert '<a rel="next" href="?reports_offset=100">' in first
    second = client.get("/events/evt-many", params={"reports_offset": 100}).text
    assert len(re.findall(r'<blockquote class="reported">', second)) == 5 and "copy 105 says" in second
    assert '<ol class="reports" start="101">' in second


@pytest.mark.parametrize("text", ["[]", "[ ]", "[1]", "[1, 2, 3]", '[{"a": [1, 2]}, {"b": "x], y"}, 3]', "[\n 1 ,\n 2 ]"])
def test_store_json_items_equals_slicing_the_decoded_array(text):
    whole = json.loads(text)
    for offset in range(4):
        for limit in (None, 0, 1, 2, 5):
            assert json_items(text, offset, limit) == (whole[offset:] if limit is None else whole[offset:offset + limit])
