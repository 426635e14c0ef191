"""Search that understands OR, -word, phrases, English/Spanish synonyms and aliases, on hand-written articles."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pesquisa.store import search as search_module
from pesquisa.store.search import search


@pytest.fixture(scope="module")
def client(comfort_db):
    from pesquisa.web import create_app

    return TestClient(create_app(str(comfort_db)))


def _quotes(engine, query: str) -> list[tuple[str, list[str]]]:
    return [(h.label, h.detail["matched"]) for h in search(engine, query, kinds=("quote",)).hits]


def test_api_search_ebrard_arms_in_both_languages(comfort_engine):
    found = _quotes(comfort_engine, "Ebrard armas")
    assert sorted(found) == [
        ("el tráfico de armas de fuego hacia México es la prioridad de la relación bilateral.",
         ["ebrard", "armas", "armas de fuego"]),
        ("fentanyl and weapons trafficking are two sides of the same problem.", ["ebrard", "weapons"]),
        ("the flow of firearms from the United States into Mexico must stop.", ["ebrard", "firearms"])]
    assert sorted(_quotes(comfort_engine, "Ebrard weapons")) == sorted(found)  # either language finds both


def test_api_search_aliases_find_the_name_as_written(comfort_engine):
    amlo = search(comfort_engine, "AMLO")
    assert amlo.counts == {"entity": 1, "quote": 2, "document": 1}
    assert amlo.hits[0].label == "Andrés Manuel López Obrador"
    assert amlo.hits[0].detail["matched"] == ["andres manuel lopez obrador", "lopez obrador"]
    assert [h.id for h in search(comfort_engine, "López Obrador").hits] == [h.id for h in amlo.hits]


def test_api_search_or_minus_and_phrases(comfort_engine):
    either = dict(_quotes(comfort_engine, "soberania OR fusiles"))
    assert either == {"Cada semana decomisamos fusiles que vienen de Texas": ["fusiles"],
                      "We are seizing rifles from Texas and Arizona every single week": ["rifles"],  # fusiles = rifles
                      "Our sovereignty is not negotiable": ["sovereignty"]}
    without = [label for label, _ in _quotes(comfort_engine, "Ebrard -armas -firearms")]
    assert len(without) == 4 and not any("armas" in q or "firearms" in q for q in without)
    phrase = _quotes(comfort_engine, '"Texas and Arizona"')
    assert [label for label, _ in phrase] == ["We are seizing rifles from Texas and Arizona every single week"]
    assert _quotes(comfort_engine, '"Arizona and Texas"') == []  # a phrase keeps its order
    assert search(comfort_engine, "-Ebrard").total == 0  # exclusions alone ask for nothing


def test_api_search_like_fallback_answers_the_same_tree(comfort_engine, monkeypatch):
    queries = ("Ebrard armas", "soberania OR fusiles", "Ebrard -armas -firearms", '"Texas and Arizona"')
    fts = {q: sorted(h.id for h in search(comfort_engine, q).hits) for q in queries}
    monkeypatch.setattr(search_module, "_use_fts", lambda conn: False)
    assert {q: sorted(h.id for h in search(comfort_engine, q).hits) for q in queries} == fts


def test_api_search_echoes_the_parsed_query(client):
    page = client.get("/api/search", params={"q": "Ebrard armas -rifles"}).json()
    assert page["query"]["clauses"][0] == [{"text": "ebrard", "expansions": [], "prefix": False, "phrase": False}]
    armas, = page["query"]["clauses"][1]
    assert armas["text"] == "armas" and {"weapons", "firearms"} <= set(armas["expansions"])
    assert page["query"]["excluded"] == [{"text": "rifles", "expansions": [], "prefix": False, "phrase": False}]
    assert all(h["matched"] for h in page["items"])


@pytest.mark.parametrize("hostile", ['"', "OR OR", "-", "*", "NEAR(", "a AND", ")(", "title:x", "-\"\"", "^"])
def test_api_search_hostile_queries_never_fail(client, hostile):
    response = client.get("/api/search", params={"q": hostile})
    assert response.status_code == 200, response.text
    assert client.get("/api/quotes", params={"q": hostile}).status_code == 200
    assert client.get("/", params={"q": hostile}).status_code == 200


def test_api_search_page_shows_expansions_and_matches(client):
    page = client.get("/", params={"q": "Ebrard armas"}).text
    # the last word is also a prefix ("…"); eight expansions shown, then "…"
    assert ('<strong class="term">ebrard</strong> · <strong class="term">armas</strong>… <span class="also">(also arma, '
            "arma de fuego, armas de fuego, arms, firearm, firearms, gun, guns, …)</span>") in page
    assert '<span class="matched" title="' in page and "matched ebrard, firearms</span>" in page
    assert "Nothing to search for" in client.get("/", params={"q": "-armas"}).text
