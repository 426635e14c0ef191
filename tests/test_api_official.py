"""The official record over HTTP: sanctions (entity pages too), confirm/reject behind the token, reconciled claims."""

from __future__ import annotations

from fastapi.testclient import TestClient

from pesquisa.web import create_app

TOKEN = "official-token"


def test_api_official_sanctions_and_entity_page(people_store):
    client = TestClient(create_app(str(people_store)))
    items = client.get("/api/sanctions").json()["items"]
    aurelio = next(m for m in items if m["list_id"] == "90001")
    one = client.get("/api/sanctions", params={"entity_id": aurelio["entity_id"]}).json()["items"]
    assert one[0]["entry"]["identifiers"][0] == {"scheme": "curp", "value": "BETA710214HSLRSR05", "country": "Mexico"}
    assert (one[0]["entry"]["source_file"], one[0]["entry"]["source_line"]) == ("sdn_sample.csv", 1)
    assert one[0]["entry"]["links"] == [{"name": "LOS TOSTADOS", "list_id": "90002"}]
    page = client.get(f"/entities/{aurelio['entity_id']}")
    assert page.status_code == 200
    assert "us-ofac-sdn 90001" in page.text and "BERMUDEZ TOSTADO, Aurelio" in page.text
    assert "curp BETA710214HSLRSR05 (Mexico)" in page.text
    assert "linked to LOS TOSTADOS (us-ofac-sdn 90002)" in page.text


def test_api_official_judgements_need_the_token(people_scratch):
    client = TestClient(create_app(str(people_scratch), token=TOKEN))
    entity = client.get("/api/sanctions").json()["items"][0]["entity_id"]
    body = {"entity_id": entity, "list_id": "90001"}
    assert client.post("/api/sanctions/reject", json=body).status_code == 401
    done = client.post("/api/sanctions/reject", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.json() == {"ok": True, "decision": "reject", "entity_id": entity, "list": "us-ofac-sdn",
                           "list_id": "90001"}
    assert [m["list_id"] for m in client.get("/api/sanctions").json()["items"]] == ["90002"]
    missing = client.post("/api/sanctions/confirm", json={"entity_id": "per-nope", "list_id": "90001"},
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert (missing.status_code, missing.json()["error"]) == (404, "per-nope: no such entity")


def test_api_official_reconcile_and_ledger_badges(official_store):
    client = TestClient(create_app(str(official_store)))
    close = client.get("/api/reconcile", params={"verdict": "close"}).json()["items"]
    assert sorted(c["text"] for c in close) == ["25,000 libras de fentanilo", "3,100 pounds of fentanyl"]
    ledger = client.get("/quantities")
    assert ledger.status_code == 200
    assert ledger.text.count('class="badge verdict-consistent"') == 76  # the ledger's first page, round-6 and round-8 claims among them
    assert ledger.text.count('class="badge verdict-no-official-series"') == 12
    assert ledger.text.count('class="badge verdict-close"') == 2 and 'class="badge verdict-inconsistent"' in ledger.text
