"""A man one article names only by his nickname and another by his name with that nickname beside it is one person
across the store, from scratch and incrementally. Hand-written EN and ES sentences."""

from __future__ import annotations

from pathlib import Path

from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents
from pesquisa.report.export import evaluation_export
from pesquisa.resolve.entities import EntityRef, resolve_entities
from pesquisa.store import open_store

NAMED = ("CULIACÁN, Sin., 3 de marzo de 2026.- Marinos detuvieron este martes a Julián Ortega Sáenz, alias “Chamaco "
         "Loco”, señalado como jefe de sicarios de una facción del Cártel de Sinaloa.\n\nDe acuerdo con la Fiscalía "
         "General de la República, Ortega Sáenz fue capturado con dos fusiles de asalto.\n")
NICK = ("CULIACAN, Mexico, March 4 (Reuters) - Mexican marines arrested a suspected hitman boss known as \"Chamaco "
        "Loco\" in the city of Culiacan, officials said on Wednesday.\n\nChamaco Loco is accused of leading a cell "
        "of gunmen, the officials told reporters.\n")


def _person(doc: str, local: str, name: str, *forms: str) -> EntityRef:
    return EntityRef(doc, local, "person", name, forms=[name, *forms])


def _ids(refs: list[EntityRef]) -> dict[tuple[str, str], str]:
    return {(m.document_id, m.local_id): e.id for e in resolve_entities(refs) for m in e.members}


def test_xdoc_people_a_nickname_alone_joins_the_man_named_with_it():
    ids = _ids([_person("a", "p1", "Julián Ortega Sáenz", "Chamaco Loco"), _person("b", "p1", "Chamaco Loco")])
    assert ids[("a", "p1")] == ids[("b", "p1")]


def test_xdoc_people_a_nickname_two_men_go_by_or_one_article_keeps_apart_stays_alone():
    two = _ids([_person("a", "p1", "Julián Ortega Sáenz", "Chamaco Loco"),
                _person("c", "p1", "Ramiro Treviño Lara", "Chamaco Loco"), _person("b", "p1", "Chamaco Loco")])
    assert two[("b", "p1")] not in {two[("a", "p1")], two[("c", "p1")]}
    same = _ids([_person("a", "p1", "Julián Ortega Sáenz", "Chamaco Loco"), _person("a", "p2", "Chamaco Loco")])
    assert same[("a", "p1")] != same[("a", "p2")]


def _people_ids(engine) -> dict[tuple[str, str], str]:
    """(document source, person's name or nickname) -> the person's id."""
    out: dict[tuple[str, str], str] = {}
    for doc in evaluation_export(engine)["documents"]:
        for e in doc["entities"]:
            if e["type"] == "person":
                out.update({(doc["source"], m): e["id"] for m in e["mentions"]})
    return out


def test_xdoc_people_nickname_links_equal_from_scratch_and_in_batches(tmp_path: Path):
    (tmp_path / "named.txt").write_text(NAMED, encoding="utf-8")
    (tmp_path / "nick.txt").write_text(NICK, encoding="utf-8")
    docs = {p.name: d for p in (tmp_path / "named.txt", tmp_path / "nick.txt") for d in iter_documents([p])}
    whole = open_store(tmp_path / "whole.sqlite")
    ingest_documents(whole, list(docs.values()))
    reference = _people_ids(whole)
    assert reference[("named.txt", "Julián Ortega Sáenz")] == reference[("nick.txt", "Chamaco Loco")]
    for name, order in (("forward", ["named.txt", "nick.txt"]), ("backward", ["nick.txt", "named.txt"])):
        store = open_store(tmp_path / f"{name}.sqlite")
        for doc in order:
            ingest_documents(store, [docs[doc]])
        assert _people_ids(store) == reference
