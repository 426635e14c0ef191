"""Documents API: list with filters and totals, one document with facts and spans, the raw original."""

from __future__ import annotations

from _web_fixtures import INJECTED_SOURCE, document_id
from conftest import SHARED


def test_api_documents_list_is_paginated(web_client):
    first = web_client.get("/api/documents?limit=5").json()
    assert first["total"] == 20  # 5 news + 14 dev + the injected article
    assert (first["limit"], first["offset"], len(first["items"])) == (5, 0, 5)
    rest = web_client.get("/api/documents?limit=50&offset=5").json()
    ids = [d["id"] for d in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 20
    # newest first: the injected article is dated 2024-03-03, dev_002/dev_003 2025-08-13
    assert [d["published"] for d in first["items"][:3]] == ["2025-08-13", "2025-08-13", "2024-03-03"]


def test_api_documents_filter_language_and_dates(web_client):
    spanish = web_client.get("/api/documents?lang=es&limit=100").json()
    assert spanish["total"] == 7
    assert {d["source"] for d in spanish["items"]} == {f"dev_{n:03}.txt" for n in (3, 4, 6, 8, 10, 12, 14)}
    dated = web_client.get("/api/documents?date_from=2017&date_to=2024").json()
    assert [(d["source"], d["published"]) for d in dated["items"]] == [
        (INJECTED_SOURCE, "2024-03-03"), ("001_3db8bcf01c10dc7d.txt", "2017-05-17")]
    assert web_client.get("/api/documents?date_from=2025-08-13&date_to=2025-08-13").json()["total"] == 2


def test_api_documents_filter_words_accent_insensitive(web_client):
    found = web_client.get("/api/documents", params={"q": "Merida"}).json()
    sources = {d["source"] for d in found["items"]}
    assert "dev_009.txt" in sources  # "Mérida Initiative"
    assert "dev_010.txt" in sources  # "La iniciativa Mérida está muerta"
    # a word only Spanish text has, with no English synonym: the language filter leaves none
    assert web_client.get("/api/documents", params={"q": "muerta", "lang": "es"}).json()["total"] >= 1
    assert web_client.get("/api/documents", params={"q": "muerta", "lang": "en"}).json()["total"] == 0
    # a commodity's Spanish name finds the English documents about it (synonyms), still filtered by language
    english = web_client.get("/api/documents", params={"q": "fentanilo", "lang": "en", "limit": 100}).json()
    assert english["total"] > 0 and {d["lang"] for d in english["items"]} == {"en"}


def test_api_documents_one_document_with_facts(web_client, web_engine):
    doc_id = document_id(web_engine, "003_b523203148a45f70.txt")
    doc = web_client.get(f"/api/documents/{doc_id}").json()
    assert doc["title"] == "Mexico-U.S. security talks focus on weapons and fentanyl trafficking"
    assert doc["lang"] == "en"
    assert doc["raw_url"] == f"/api/documents/{doc_id}/raw"
    body = doc["body"]
    assert body.startswith("Mexico-U.S. security talks focus on weapons and fentanyl trafficking")
    for fact in doc["mentions"] + doc["quantities"]:
        assert fact["document_id"] == doc_id
        assert body[fact["span"][0]:fact["span"][1]] == fact["text"]
    cocaine = next(q for q in doc["quantities"] if q["item"] == "cocaine")
    assert (cocaine["text"], cocaine["value"], cocaine["unit"], cocaine["kind"]) == (
        "94 tonnes of cocaine", 94000.0, "kg", "seizure")
    quote = next(q for q in doc["quotes"] if q["text"] == "It’s not a cold figure.")
    assert quote["speaker_name"] == "Marcelo Ebrard" and quote["direct"] is True
    assert body[quote["span"][0]:quote["span"][1]] == quote["text"]


def test_api_documents_raw_is_plain_text(web_client, web_engine):
    doc_id = document_id(web_engine, "dev_009.txt")
    response = web_client.get(f"/api/documents/{doc_id}/raw")
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.text == (SHARED / "corpus" / "dev" / "dev_009.txt").read_text(encoding="utf-8")


def test_api_documents_raw_of_hostile_article_is_not_html(web_client, web_engine):
    doc_id = document_id(web_engine, INJECTED_SOURCE)
    response = web_client.get(f"/api/documents/{doc_id}/raw")
    assert response.headers["content-type"].startswith("text/plain")
    assert "<script>window.__pwned=1</script>" in response.text
