"""Quotes API: by speaker id or name, topic words, dates, language; each with speaker, document and span."""

from __future__ import annotations

from _web_fixtures import body_of, count_quotes, entity_id


def test_api_quotes_by_speaker_name_and_id_agree(web_client, web_engine):
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    by_name = web_client.get("/api/quotes", params={"speaker": "Marcelo Ebrard", "limit": 100}).json()
    by_id = web_client.get("/api/quotes", params={"speaker": ebrard, "limit": 100}).json()
    assert by_name["total"] == by_id["total"] == count_quotes(web_engine, speaker_id=ebrard) >= 20
    assert by_name["speaker_id"] == ebrard
    assert [q["id"] for q in by_name["items"]] == [q["id"] for q in by_id["items"]]
    assert all(q["speaker_name"] == "Marcelo Ebrard" for q in by_name["items"])


def test_api_quotes_each_carries_its_span(web_client, web_engine):
    page = web_client.get("/api/quotes", params={"limit": 500}).json()
    assert page["total"] == len(page["items"]) == count_quotes(web_engine)
    for q in page["items"]:
        assert body_of(web_engine, q["document_id"])[q["span"][0]:q["span"][1]] == q["text"]
        assert set(q) >= {"text", "direct", "speaker", "speaker_id", "speaker_name", "document_id", "span",
                          "source", "published", "lang"}


def test_api_quotes_topic_words_accent_insensitive(web_client):
    found = web_client.get("/api/quotes", params={"q": "Merida"}).json()
    assert all("mérida" in q["text"].lower() for q in found["items"])
    assert {(q["speaker_name"], q["source"]) for q in found["items"]} >= {
        ("Marcelo Ebrard", "dev_010.txt"), ("Andrés Manuel López Obrador", "dev_009.txt")}


def test_api_quotes_language_date_and_direct_filters(web_client, web_engine):
    spanish = web_client.get("/api/quotes", params={"speaker": "Ebrard", "lang": "es"}).json()
    assert [q["text"][:32] for q in spanish["items"]] == ["La iniciativa Mérida está muerta",
                                                          "la estrategia de seguridad del pr"[:32]]
    recent = web_client.get("/api/quotes", params={"date_from": "2025-01", "limit": 100}).json()
    assert {q["source"] for q in recent["items"]} == {"dev_002.txt", "dev_003.txt"}
    assert recent["total"] == count_quotes(web_engine, published_from="2025-01")
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    direct = web_client.get("/api/quotes", params={"speaker": "Ebrard", "direct": "true", "limit": 100}).json()
    assert direct["total"] == count_quotes(web_engine, speaker_id=ebrard, direct=True)
    assert all(q["direct"] for q in direct["items"])
    assert "It’s not a cold figure." in {q["text"] for q in direct["items"]}


def test_api_quotes_unknown_speaker_gives_nothing(web_client):
    assert web_client.get("/api/quotes", params={"speaker": "Nobody Atall"}).json()["total"] == 0
