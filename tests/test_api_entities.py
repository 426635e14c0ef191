"""Entities API: search by any name in any language, one entity with its evidence, network, redirects."""

from __future__ import annotations

import pytest
from _web_fixtures import body_of, count_quotes, entity_id


@pytest.mark.parametrize("name", ["Secretaria de Relaciones Exteriores", "Secretaría de Relaciones Exteriores",
                                  "SRE", "Mexican Foreign Ministry", "cancilleria"])
def test_api_entities_names_in_both_languages_find_the_ministry(web_client, name):
    found = web_client.get("/api/entities", params={"q": name}).json()
    assert found["items"][0]["name"] == "Secretaría de Relaciones Exteriores"
    assert found["items"][0]["key"] == "mx-sre"


def test_api_entities_accents_optional(web_client):
    found = web_client.get("/api/entities", params={"q": "Lopez Obrador", "type": "person"}).json()
    assert [e["name"] for e in found["items"]] == ["Andrés Manuel López Obrador"]


def test_api_entities_list_by_type_most_mentioned_first(web_client, web_engine):
    from pesquisa.report.summary import summarize

    people = web_client.get("/api/entities?type=person&limit=3").json()
    assert people["total"] == summarize(web_engine).counts["people"]
    assert all(e["type"] == "person" for e in people["items"])
    counts = [e["mention_count"] for e in people["items"]]
    assert counts == sorted(counts, reverse=True)


def test_api_entities_ebrard_page_lists_his_quotes_with_spans(web_client, web_engine):
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    page = web_client.get(f"/api/entities/{ebrard}").json()
    assert page["name"] == "Marcelo Ebrard" and page["type"] == "person"
    quote = next(q for q in page["quotes"] if q["text"] == "La iniciativa Mérida está muerta")
    assert quote["source"] == "dev_010.txt" and quote["direct"] is True
    assert quote["span"] == [1, 33]
    assert body_of(web_engine, quote["document_id"])[1:33] == "La iniciativa Mérida está muerta"
    for q in page["quotes"]:
        assert body_of(web_engine, q["document_id"])[q["span"][0]:q["span"][1]] == q["text"]
        assert q["speaker_id"] == ebrard
    assert len(page["quotes"]) == count_quotes(web_engine, speaker_id=ebrard)
    assert "We will not tolerate threats against our prosecutors" in {q["text"] for q in page["quotes"]}


def test_api_entities_page_roles_actors_events(web_client, web_engine):
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    page = web_client.get(f"/api/entities/{ebrard}").json()
    titles = {r["title"] for r in page["roles"]}
    assert {"canciller", "Foreign Minister"} <= titles
    canciller = next(r for r in page["roles"] if r["title"] == "canciller")
    body = body_of(web_engine, canciller["document_id"])
    assert body[slice(*canciller["span"])] == "canciller"
    start, end = canciller["span"]
    assert canciller["evidence"] == body[max(0, start - 60):end + 60].replace("\n", " ")
    blinken = next(a for a in page["actors"] if a["name"] == "Antony Blinken")
    assert set(blinken["kinds"]) == {"co_mention", "met"}
    assert all(s["document_id"] and s["span"][0] < s["span"][1] for s in blinken["spans"])
    sources = {d["source"] for d in page["documents"]}
    assert {"003_b523203148a45f70.txt", "dev_010.txt"} <= sources
    for m in page["mentions"]:
        assert body_of(web_engine, m["document_id"])[m["span"][0]:m["span"][1]] == m["text"]


def test_api_entities_page_cuts_its_lists_and_counts_them_whole(web_client, web_engine):
    from sqlalchemy import func, select

    from pesquisa.store import schema as t

    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    whole = web_client.get(f"/api/entities/{ebrard}").json()
    cut = web_client.get(f"/api/entities/{ebrard}", params={"limit": 1, "mention_limit": 2}).json()
    with web_engine.connect() as conn:
        mentions = conn.execute(select(func.count()).where(t.mentions.c.entity_id == ebrard)).scalar_one()
    assert whole["mention_count"] == cut["mention_count"] == mentions > 2
    assert cut["mentions"] == whole["mentions"][:2]
    assert whole["document_count"] == cut["document_count"] == len(whole["documents"]) >= 2
    assert cut["documents"] == whole["documents"][:1]
    assert whole["quote_count"] == cut["quote_count"] == len(whole["quotes"]) >= 2
    assert cut["quotes"] == whole["quotes"][:1]
    assert whole["event_count"] == cut["event_count"] == len(whole["events"]) and cut["events"] == whole["events"][:1]
    assert cut["actors"] == whole["actors"][:1] and cut["actor_count"] == len(whole["actors"])
    published = [d["published"] or "9999" for d in whole["documents"]]
    assert published == sorted(published)  # oldest sources first, undated last


def test_api_entities_network_has_kinds_weights_spans(web_client, web_engine):
    ebrard = entity_id(web_engine, "Marcelo Ebrard", "person")
    net = web_client.get(f"/api/entities/{ebrard}/network").json()
    assert net["center"] == ebrard
    names = {n["name"] for n in net["nodes"]}
    assert {"Marcelo Ebrard", "Antony Blinken", "Rosa Icela Rodríguez"} <= names
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {
        ebrard, entity_id(web_engine, "Antony Blinken", "person")})
    assert edge["weight"] == len(edge["spans"]) >= 2
    assert "met" in edge["kinds"]
    assert web_client.get("/api/entities/per-nobody/network").status_code == 404


def test_api_entities_redirects_are_followed(scratch_db):
    from fastapi.testclient import TestClient
    from sqlalchemy import insert

    from pesquisa.store import schema as t
    from pesquisa.web import create_app

    app = create_app(str(scratch_db))
    ebrard = entity_id(app.state.engine, "Marcelo Ebrard", "person")
    with app.state.engine.begin() as conn:
        conn.execute(insert(t.redirects).values(old_id="per-retired0000000", new_id=ebrard))
    client = TestClient(app)
    page = client.get("/api/entities/per-retired0000000").json()
    assert (page["id"], page["requested_id"], page["name"]) == (ebrard, "per-retired0000000", "Marcelo Ebrard")
    html = client.get("/entities/per-retired0000000", follow_redirects=False)
    assert (html.status_code, html.headers["location"]) == (302, f"/entities/{ebrard}")
