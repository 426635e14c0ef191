"""Organization and person profiles as pages (issue 15): the first rows and the totals, the rest by offset.

Three hand-written articles, each a Treasury sanction of a different CJNG member with an amount frozen.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pesquisa.pipeline import ingest_documents
from pesquisa.records import RawDocument
from pesquisa.store import open_store, read

SANCTIONS = [
    "The U.S. Treasury Department on Wednesday sanctioned Julio César Montero Pinzón, a CJNG operator, and froze "
    "$5 million in assets linked to the Jalisco New Generation Cartel.",
    "The U.S. Treasury Department on Friday sanctioned Ricardo Ruiz Velasco, a CJNG leader, and froze $2 million in "
    "assets linked to the Jalisco New Generation Cartel.",
    "The U.S. Treasury Department on Tuesday sanctioned Audias Flores Silva, a CJNG operator, and froze $7 million "
    "in assets linked to the Jalisco New Generation Cartel.",
]
MEMBERS = {"Julio César Montero Pinzón", "Ricardo Ruiz Velasco", "Audias Flores Silva"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("profiles") / "kb.sqlite"
    engine = open_store(path)
    docs = [RawDocument(source=f"s{i}.txt", raw=f"Treasury sanctions CJNG operators\n\n{text}\n",
                        published=f"2025-0{i + 1}-14") for i, text in enumerate(SANCTIONS)]
    docs.append(RawDocument(source="place.txt", raw="Rain in Guadalajara\n\nIt rained in Guadalajara, Mexico, on Monday.\n"))
    assert ingest_documents(engine, docs).ok
    return path, engine, read.find_entity(engine, "CJNG")["id"]


def _place(engine) -> str:
    (place,) = read.entities(engine, type="place", limit=1).items
    return place["id"]


def test_store_profiles_organization_lists_a_page_and_counts_every_row(store):
    _path, engine, cjng = store
    whole = read.organization_profile(engine, cjng)
    assert whole["counts"] == {"members": 3, "relations": 3, "money": 3, "sanctions": 3, "seizures": 0}
    assert {m["name"] for m in whole["members"]} == MEMBERS
    assert sorted(m["text"] for m in whole["money"]) == ["$2 million", "$5 million", "$7 million"]
    first = read.organization_profile(engine, cjng, limit=2)
    rest = read.organization_profile(engine, cjng, limit=2, offset=2)
    assert first["counts"] == rest["counts"] == whole["counts"]
    for key in ("members", "relations", "money", "sanctions"):
        assert len(first[key]) == 2 and len(rest[key]) == 1, key
        assert first[key] + rest[key] == whole[key], key
    sanction = whole["sanctions"][0]
    assert sanction["organizer"] == "U.S. Department of the Treasury"
    assert sanction["report_count"] == len(sanction["reports"])
    body = read.document_facts(engine, sanction["reports"][0]["document_id"]).document["body"]
    assert all(body[r["span"][0]:r["span"][1]] == r["text"] for r in sanction["reports"])


def test_store_profiles_person_relations_are_a_page(store):
    _path, engine, _cjng = store
    person = read.find_entity(engine, "Julio César Montero Pinzón")["id"]
    whole = read.person_profile(engine, person)
    assert whole["counts"]["relations"] == len(whole["relations"]) == 2
    assert {(r["kind"], r["other"]) for r in whole["relations"]} == {
        ("member_of", "Cártel de Jalisco Nueva Generación"), ("sanctioned_by", "U.S. Department of the Treasury")}
    first = read.person_profile(engine, person, limit=1)
    assert first["relations"] == whole["relations"][:1] and first["counts"] == whole["counts"]
    assert read.entity_profile(engine, _place(engine)) is None  # a place has none


def test_store_profiles_api_pages_and_the_page_links_to_the_rest(store, monkeypatch):
    from pesquisa.web import create_app, pages

    path, engine, cjng = store
    client = TestClient(create_app(str(path)))
    first = client.get(f"/api/entities/{cjng}/profile", params={"limit": 2}).json()
    rest = client.get(f"/api/entities/{cjng}/profile", params={"limit": 2, "offset": 2}).json()
    assert {m["name"] for m in first["members"] + rest["members"]} == MEMBERS
    assert (first["counts"]["sanctions"], len(first["sanctions"]), len(rest["sanctions"])) == (3, 2, 1)
    assert (first["limit"], first["offset"], rest["offset"]) == (2, 0, 2)
    assert client.get(f"/api/entities/{_place(engine)}/profile").status_code == 404
    monkeypatch.setattr(pages, "PROFILE_SHOWN", 2)
    page = client.get(f"/entities/{cjng}").text
    assert "<h2>Members and leaders (3)</h2>" in page and "<h2>Sanctions (3)</h2>" in page
    assert "The first 2 of 3 members and leaders" in page
    assert f'href="/api/entities/{cjng}/profile?offset=2&amp;limit=500"' in page
