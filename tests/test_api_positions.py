"""GET /api/entities/{id}/positions: a person's quotes by topic with dates, JSON or CSV, on hand-written articles."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(comfort_db):
    from pesquisa.web import create_app

    return TestClient(create_app(str(comfort_db)))


@pytest.fixture(scope="module")
def ebrard(comfort_engine) -> str:
    from pesquisa.store.read import find_entity

    return find_entity(comfort_engine, "Marcelo Ebrard")["id"]


def test_api_positions_by_topic_with_dates(client, ebrard):
    page = client.get(f"/api/entities/{ebrard}/positions").json()
    assert (page["entity_id"], page["name"], page["type"], page["topic"], page["total"]) == (
        ebrard, "Marcelo Ebrard", "person", None, 6)
    assert [(g["topic"], g["label"], g["count"]) for g in page["topics"]] == [
        ("weapons", "Arms trafficking", 5), ("fentanyl", "Fentanyl and synthetic drugs", 1),
        ("cooperation", "Security cooperation", 1), ("other", "Other", 1)]
    spanish = page["topics"][0]["positions"][3]
    assert {k: spanish[k] for k in ("date", "date_source", "date_text", "direct", "lang", "published", "terms",
                                    "topics")} == {
        "date": "2023-05-01", "date_source": "quote", "date_text": "lunes", "direct": False, "lang": "es",
        "published": "2023-05-02", "terms": ["tráfico de armas"], "topics": ["weapons", "cooperation"]}
    assert spanish["span"] == [spanish["start"], spanish["end"]]


def test_api_positions_topic_filter_csv_and_errors(client, ebrard):
    only = client.get(f"/api/entities/{ebrard}/positions", params={"topic": "fentanyl"}).json()
    assert [g["topic"] for g in only["topics"]] == ["fentanyl"]
    assert [p["text"] for p in only["topics"][0]["positions"]] == [
        "fentanyl and weapons trafficking are two sides of the same problem."]
    response = client.get(f"/api/entities/{ebrard}/positions", params={"format": "csv"})
    assert response.headers["content-disposition"] == f'attachment; filename="positions-{ebrard}.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["topic"], r["date"], r["direct"]) for r in rows][:2] == [("weapons", "2023-03-08", "false"),
                                                                        ("weapons", "2023-03-10", "true")]
    assert len(rows) == 8  # 6 quotes; two of them in two topics
    bad = client.get(f"/api/entities/{ebrard}/positions", params={"topic": "tortillas"})
    assert bad.status_code == 422 and bad.json()["errors"] == {
        "topic": "tortillas: no such topic (known: weapons, fentanyl, kingpins, sovereignty, migration, cooperation, money)"}
    missing = client.get("/api/entities/per-nobody/positions")
    assert (missing.status_code, missing.json()["error"]) == (404, "per-nobody: no such entity")


def test_web_positions_section_on_the_person_page(client, ebrard):
    page = client.get(f"/entities/{ebrard}").text
    assert '<section id="positions" class="positions">' in page
    assert "<summary><strong>Arms trafficking</strong> <span class=\"muted\">Tráfico de armas · 5 quotes</span>" in page
    assert ('<span class="date" title="the date its sentence gives: Wednesday">2023-03-08 <span class="muted">'
            "(“Wednesday”)</span></span>") in page
    assert f'href="/api/entities/{ebrard}/positions?limit=500&amp;format=csv"' in page
    filtered = client.get(f"/entities/{ebrard}", params={"topic": "fentanyl"}).text
    assert filtered.count('<details class="topic" open>') == 1
    assert f'href="/api/entities/{ebrard}/positions?topic=fentanyl&amp;limit=500&amp;format=csv"' in filtered
