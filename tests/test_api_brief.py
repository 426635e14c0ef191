"""``GET /api/brief`` and ``/api/arms``: the CLI's JSON, the same filters, CSV and Markdown downloads, one error shape."""

from __future__ import annotations

import csv
import io

from pesquisa.report.brief import build_briefing, make_filters


def test_api_brief_is_the_json_of_pesquisa_brief(brief_client, brief_engine):
    response = brief_client.get("/api/brief", params={"topic": "weapons", "from": "2024-03", "to": "2024-04",
                                                       "lang": "es"})
    assert response.status_code == 200
    data = response.json()
    expected = build_briefing(brief_engine, make_filters(topic="weapons", date_from="2024-03", date_to="2024-04",
                                                         lang="es"), generated=data["generated"]).to_dict()
    assert data == expected
    assert data["filters"] == {"topic": "weapons", "from": "2024-03", "to": "2024-04", "lang": "es"}
    assert set(data) == {"title", "generated", "filters", "left_out", "sections"}
    first = data["sections"][0]["items"][0]
    assert set(first) <= {"text", "citations", "derived", "total", "verdict"}
    assert set(first["citations"][0]) == {"source", "document_id", "start", "end", "text"}


def test_api_brief_csv_has_a_row_per_citation(brief_client):
    response = brief_client.get("/api/brief.csv", params={"topic": "weapons"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="briefing.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    total = [r for r in rows if r["section"] == "Results"
             and r["text"] == "Total firearms seized, each seizure counted once: 1,840"]
    assert [(r["derived"], r["citation"]) for r in total] == [("true", "1,200 firearms"), ("true", "640 armas de fuego")]
    markdown = brief_client.get("/api/brief.md", params={"topic": "weapons"})
    assert markdown.status_code == 200 and markdown.text.startswith("# Briefing: Arms trafficking\n")


def test_api_arms_has_the_four_sections_of_the_picture(brief_client):
    data = brief_client.get("/api/arms").json()
    assert data["title"] == "Arms-trafficking picture"
    assert [s["key"] for s in data["sections"]] == ["routes", "tactics", "arms_figures", "arms_organizations"]
    rows = list(csv.DictReader(io.StringIO(brief_client.get("/api/arms.csv").text)))
    assert {r["section"] for r in rows} == {"Routes", "Tactics", "Weapons and ammunition figures", "Organizations"}


def test_api_brief_bad_filters_answer_the_error_shape(brief_client):
    topic = brief_client.get("/api/brief", params={"topic": "guns"})
    assert topic.status_code == 400
    assert topic.json() == {"ok": False, "status": 400, "error": "--topic guns: no such topic (known: weapons, fentanyl, "
                            "kingpins, sovereignty, migration, cooperation, money)",
                            "errors": {"topic": "known: weapons, fentanyl, kingpins, sovereignty, migration, cooperation, "
                                                "money"}}
    date = brief_client.get("/api/arms", params={"from": "2024-02-31"})
    assert (date.status_code, date.json()["errors"]) == (400, {"from": "not a date"})
    shape = brief_client.get("/api/brief", params={"to": "March"})
    assert shape.status_code == 422 and shape.json()["error"].startswith("to: ")
