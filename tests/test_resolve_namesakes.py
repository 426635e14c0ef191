"""Issue 12, round 8: an officeholder sharing a shorter form of a trafficker's name stays a person of their own.

The trafficker's article gives him no title: what sets him apart is a membership of a cartel
("X, the former leader of the Los Zetas cartel") or the words right beside his name ("Mexican drug
lord |X| pleads"). Hand-written pages, ingested together and one after the other.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents
from pesquisa.resolve.entities import trade_told
from pesquisa.resolve.sanctions import title_side
from pesquisa.store import open_store
from pesquisa.store import schema as t

CAPO = {"url": "https://example.test/en/capo-court", "title": "Drug lord pleads not guilty", "published": "2025-03-01",
        "text": "Drug lord pleads not guilty\n\nMexican drug lord Arturo Bernal Quiñones pleaded not guilty on Friday in "
                "a federal court in Chicago. Bernal Quiñones, 61, was flown in from Mexico on Thursday.\n"}
DEPUTY = {"url": "https://example.test/en/deputy-award", "title": "Deputy honored for rescue", "published": "2025-03-03",
          "text": "Deputy honored for rescue\n\nDeputy Arturo Bernal pulled two hikers from a flooded wash last month. "
                  "\"I did what any of us would do,\" Bernal said at the ceremony.\n"}


def _sources(db: Path, *batches: list[dict], by: str = "name") -> dict[str, set[str]]:
    """Person entity name (or id, ``by="id"``) -> the sources of its mentions, after ingesting each batch in turn."""
    engine = open_store(db)
    for i, batch in enumerate(batches):
        path = db.parent / f"batch{i}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in batch), encoding="utf-8")
        assert not ingest_documents(engine, iter_documents([path])).failed
    m, d, e = t.mentions.c, t.documents.c, t.entities.c
    out: dict[str, set[str]] = {}
    with engine.connect() as conn:
        for key, url in conn.execute(select(e[by], d.url).join(t.mentions, m.entity_id == e.id)
                                     .join(t.documents, d.id == m.document_id).where(e.type == "person")):
            out.setdefault(key, set()).add(url.rsplit("/", 1)[-1])
    engine.dispose()
    return out


@pytest.mark.parametrize("order", ["together", "capo first", "deputy first"])
def test_resolve_namesakes_a_deputy_is_not_the_drug_lord_issue_12(tmp_path, order):
    batches = {"together": [[CAPO, DEPUTY]], "capo first": [[CAPO], [DEPUTY]], "deputy first": [[DEPUTY], [CAPO]]}
    people = _sources(tmp_path / "kb.sqlite", *batches[order])
    assert people["Arturo Bernal Quiñones"] == {"capo-court"}
    assert people["Arturo Bernal"] == {"deputy-award"}


def test_resolve_namesakes_words_beside_a_name_and_titles_alone():
    assert trade_told("Mexican drug lord ", " pleaded not guilty on Friday")
    assert trade_told("NEW YORK (Reuters) - ", ", who co-founded the Guadalajara cartel, pleaded")
    assert trade_told("Quién es ", ', la exesposa de "El Chapo" señalada por el Tesoro')
    # the topic beside an official's name, or a trade word in the sentence before, is not the person's
    assert not trade_told("Foreign Minister ", " said the cartels are weaker")
    assert not trade_told("The capo was extradited. ", " said the court had ruled")
    # "Deputy" alone before a name is an office; "deputy leader" is a cartel's; a town councillor holds an office
    assert (title_side("Deputy"), title_side("deputy leader"), title_side("La regidora")) == ("office", "trade", "office")


MAYOR = {"url": "https://example.test/es/alcalde-protesta", "title": "Rinde protesta alcalde de Aguililla",
         "published": "2025-06-02",
         "text": "Rinde protesta alcalde de Aguililla\n\nEl alcalde de Aguililla, Mario Ernesto Salcido Ayala, tomó protesta "
                 "este lunes y prometió trabajar por la seguridad del municipio.\n"}
BOSS = {"url": "https://example.test/es/cae-jefe-de-plaza", "title": "Cae jefe de plaza en Apatzingán",
        "published": "2025-06-04",
        "text": "Cae jefe de plaza en Apatzingán\n\nElementos de la Sedena detuvieron a Mario Ernesto Salcido Ayala, alias "
                "El Güero, presunto jefe de plaza de un grupo criminal en Apatzingán.\n"}


@pytest.mark.parametrize("order", ["together", "mayor first", "boss first"])
def test_resolve_namesakes_a_mayor_and_a_capo_of_one_full_name_stay_apart(tmp_path, order):
    batches = {"together": [[MAYOR, BOSS]], "mayor first": [[MAYOR], [BOSS]], "boss first": [[BOSS], [MAYOR]]}
    people = _sources(tmp_path / "kb.sqlite", *batches[order], by="id")
    assert sorted(people.values(), key=sorted) == [{"alcalde-protesta"}, {"cae-jefe-de-plaza"}], people


def test_resolve_namesakes_the_chief_of_a_state_agency_holds_an_office():
    # "chief" alone is a cartel's post; the chief of an institute or agency of the state holds an office, so his
    # English article and the Spanish one naming him "director del Instituto Nacional de Migración" are one person
    assert title_side("chief of Mexico's National Immigration Institute") == "office"
    assert title_side("jefe de la Agencia de Investigación Criminal") == "office"
    assert title_side("head of the Drug Enforcement Administration") == "office"
    assert title_side("cartel chief") == "trade" and title_side("jefe de plaza") == "trade"
