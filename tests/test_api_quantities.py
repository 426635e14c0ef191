"""Quantities API: the normalized ledger with spans, totals by item and by month."""

from __future__ import annotations

from _web_fixtures import body_of


def test_api_quantities_2022_seizure_figures_normalized(web_client, web_engine):
    """Ebrard's figures for the year to December 2022 (003_b523203148a45f70.txt), in kg."""
    page = web_client.get("/api/quantities", params={"kind": "seizure", "unit": "kg", "limit": 100}).json()
    figures = {(q["text"], q["value"], q["unit"], q["item"], q["kind"]) for q in page["items"]}
    assert ("94 tonnes of cocaine", 94000.0, "kg", "cocaine", "seizure") in figures
    assert ("154 tonnes of methamphetamine", 154000.0, "kg", "methamphetamine", "seizure") in figures
    assert ("5 tonnes of fentanyl pills", 5000.0, "kg", "fentanyl", "seizure") in figures
    for q in page["items"]:
        assert body_of(web_engine, q["document_id"])[q["span"][0]:q["span"][1]] == q["text"]


def test_api_quantities_filters(web_client):
    cocaine = web_client.get("/api/quantities", params={"item": "Cocaine"}).json()
    assert sorted(q["value"] for q in cocaine["items"]) == [12.0, 35.0, 94000.0]
    assert web_client.get("/api/quantities", params={"item": "cocaine", "date_from": "2024-03",
                                                     "date_to": "2024-03"}).json()["items"][0]["text"] == \
        "12 kilograms of cocaine"
    litres = web_client.get("/api/quantities", params={"unit": "l", "kind": "seizure"}).json()
    assert {q["text"] for q in litres["items"]} >= {"800,000 liters of fuel", "840 mil litros de diésel"}
    counts = web_client.get("/api/quantities", params={"unit": "none", "item": "firearms"}).json()
    assert [(q["value"], q["unit"]) for q in counts["items"]] == [(32000.0, None)]


def test_api_quantities_totals_by_item_and_month(web_client):
    totals = web_client.get("/api/quantities/totals", params={"kind": "seizure", "unit": "kg"}).json()
    cocaine = next(g for g in totals["by_item"] if g["item"] == "cocaine")
    assert (cocaine["total"], cocaine["count"], cocaine["documents"], cocaine["unit"], cocaine["kind"]) == (
        94047.0, 3, 3, "kg", "seizure")
    assert sorted(s["text"] for s in cocaine["spans"]) == ["12 kilograms of cocaine", "35 kilograms of cocaine",
                                                           "94 tonnes of cocaine"]
    march = [g for g in totals["by_month"] if g["month"] == "2024-03"]
    assert [(g["item"], g["total"]) for g in march] == [("cocaine", 12.0)]
    undated = next(g for g in totals["by_month"] if g["month"] == "undated" and g["item"] == "cocaine")
    assert undated["total"] == 94035.0
    assert totals["by_month"][-1]["month"] == "undated"  # dated months first, in order


def test_api_quantities_totals_cut_their_spans_not_their_sums(web_client):
    whole = web_client.get("/api/quantities/totals", params={"kind": "seizure"}).json()
    cut = web_client.get("/api/quantities/totals", params={"kind": "seizure", "span_limit": 1}).json()
    for part in ("by_item", "by_month"):
        assert [{**g, "spans": None} for g in cut[part]] == [{**g, "spans": None} for g in whole[part]]
        assert all(len(g["spans"]) == min(1, g["count"]) for g in cut[part])
        assert all(len(g["spans"]) == g["count"] for g in whole[part])  # 20 by default: every span here
        assert all(c["spans"] == w["spans"][:1] for c, w in zip(cut[part], whole[part], strict=True))
