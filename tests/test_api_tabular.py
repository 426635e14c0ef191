"""CSV of every API list (api/tabular.py): the same rows, filters and page as the JSON, one flattening rule."""

from __future__ import annotations

import csv
import io

import pytest
from _web_fixtures import entity_id

from pesquisa.analyze.positions import POSITION_COLUMNS
from pesquisa.api.tabular import cell, flatten, to_csv


def test_api_tabular_flatten_rule():
    item = {"id": "q1", "span": [3, 9], "speaker_span": None, "doc": {"lang": "es", "published": None},
            "aliases": ["AMLO", "López Obrador"], "reports": [{"id": "r1", "span": [1, 2]}], "direct": True}
    assert flatten(item) == {"id": "q1", "span_start": 3, "span_end": 9, "speaker_span_start": None,
                             "speaker_span_end": None, "doc.lang": "es", "doc.published": None,
                             "aliases": "AMLO; López Obrador", "reports": '[{"id":"r1","span":[1,2]}]', "direct": True}


def test_api_tabular_cells_guard_against_formulas():
    assert [cell(None), cell(True), cell(False), cell(3), cell(2.5), cell("plain")] == ["", "true", "false", "3", "2.5",
                                                                                          "plain"]
    assert [cell("=HYPERLINK(\"x\")"), cell("+1"), cell("-2"), cell("@SUM(A1)"), cell("\tx")] == [
        "'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx"]
    assert cell(-2) == "-2"  # a number stays a number


def test_api_tabular_header_is_the_union_in_first_seen_order_and_quoting_is_csv():
    text = to_csv([{"a": 1, "b": 'say "hi", then\nleave'}, {"a": 2, "c": "ñandú"}])
    assert text == 'a,b,c\r\n1,"say ""hi"", then\nleave",\r\n2,,ñandú\r\n'
    assert list(csv.reader(io.StringIO(text))) == [["a", "b", "c"], ["1", 'say "hi", then\nleave', ""],
                                                    ["2", "", "ñandú"]]


def _rows(response) -> list[dict[str, str]]:
    """The CSV body as dicts (BOM stripped), checking the download headers on the way."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert response.content.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8")[1:])))


def _same(json_items: list[dict], rows: list[dict[str, str]]) -> None:
    """Every JSON item flattened equals its CSV row, cell for cell, in the same order."""
    assert len(rows) == len(json_items) > 0
    for item, row in zip(json_items, rows, strict=True):
        flat = flatten(item)
        assert set(flat) <= set(row)
        assert {k: cell(v) for k, v in flat.items()} == {k: row[k] for k in flat}


LISTS = [
    ("/api/quotes", {"q": "fentanyl", "lang": "en", "limit": 7}),
    ("/api/quantities", {"kind": "seizure", "limit": 9}),
    ("/api/events", {"type": "meeting", "limit": 4}),
    ("/api/entities", {"type": "person", "limit": 25, "offset": 5}),
    ("/api/documents", {"lang": "es"}),
    ("/api/search", {"q": "Ebrard OR Sheinbaum", "limit": 30}),
]


@pytest.mark.parametrize(("path", "params"), LISTS, ids=[p for p, _ in LISTS])
def test_api_tabular_every_list_as_csv_equals_its_json(web_client, path, params):
    page = web_client.get(path, params=params).json()
    response = web_client.get(path, params={**params, "format": "csv"})
    assert response.headers["x-total-count"] == str(page["total"])
    _same(page["items"], _rows(response))


def test_api_tabular_accept_header_asks_for_csv_and_format_json_wins(web_client):
    by_header = web_client.get("/api/documents", params={"lang": "en"}, headers={"Accept": "text/csv"})
    by_param = web_client.get("/api/documents", params={"lang": "en", "format": "csv"})
    assert by_header.content == by_param.content
    json_anyway = web_client.get("/api/documents", params={"format": "json"}, headers={"Accept": "text/csv"})
    assert json_anyway.headers["content-type"] == "application/json"
    assert web_client.get("/api/documents", params={"format": "xml"}).status_code == 422


def test_api_tabular_positions_and_failures_as_csv(web_client, web_engine):
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    positions = web_client.get(f"/api/entities/{ebrard}/positions", params={"topic": "weapons"}).json()
    rows = _rows(web_client.get(f"/api/entities/{ebrard}/positions", params={"topic": "weapons", "format": "csv"}))
    assert [r["quote_id"] for r in rows] == [p["quote_id"] for p in positions["topics"][0]["positions"]]
    assert {r["topic"] for r in rows} == {"weapons"} and {r["entity_id"] for r in rows} == {ebrard}
    # an empty list still has its header where the route knows its columns
    empty = web_client.get(f"/api/entities/{ebrard}/positions", params={"topic": "money", "format": "csv"})
    assert empty.content.decode("utf-8") == "\ufeff" + ",".join(POSITION_COLUMNS) + "\r\n"


def test_api_tabular_failures_list_as_csv(scratch_db, tmp_path):
    from fastapi.testclient import TestClient

    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents
    from pesquisa.store import open_store
    from pesquisa.web import create_app

    (tmp_path / "empty.txt").write_text("")
    report = ingest_documents(open_store(scratch_db), iter_documents([tmp_path / "empty.txt"]))
    assert [f.problem for f in report.failed] == ["empty file"]
    client = TestClient(create_app(str(scratch_db)))
    page = client.get("/api/failures").json()
    assert [(f["path"], f["stage"], f["problem"]) for f in page["items"]] == [(str(tmp_path / "empty.txt"), "read",
                                                                                "empty file")]
    rows = _rows(client.get("/api/failures", params={"format": "csv"}))
    _same(page["items"], rows)
    assert list(rows[0]) == ["id", "path", "location", "stage", "problem", "first_seen", "last_seen"]
