"""A nickname opened by an article ("El Chamaco Loco") or written with an accent ("Güero Loco") names one man across
articles, from scratch and ingested one article at a time. Hand-written EN and ES sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_xdoc_people_nicknames import _people_ids

from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents
from pesquisa.resolve._facts import GroupFacts
from pesquisa.resolve.entities import EntityRef, resolve_entities
from pesquisa.store import open_store


def _resolved(nick: str) -> list:
    return resolve_entities([EntityRef("a", "p1", "person", "Julián Ortega Sáenz", forms=["Julián Ortega Sáenz", nick]),
                             EntityRef("b", "p1", "person", nick, forms=[nick])])


@pytest.mark.parametrize("nick", ["El Chamaco Loco", "El Jardinero Ñoño"])
def test_xdoc_people_a_nickname_opened_by_an_article_joins_the_man_named_with_it(nick: str):
    [entity] = _resolved(nick)
    assert entity.name == "Julián Ortega Sáenz"
    assert nick in entity.aliases


def test_xdoc_people_an_article_and_one_word_is_no_nickname_to_link():
    assert len(_resolved("El Mencho")) == 2


def test_xdoc_people_stored_facts_carry_their_nicknames_folded():
    facts = GroupFacts()
    facts.names.update(["Julián Ortega Sáenz"])
    facts.aliases = {"Julián Ortega Sáenz", "El Güero Loco"}
    assert facts.to_json()["nicknames"] == ["guero loco"]
    facts.aliases = {"Julián Ortega Sáenz", "Ortega Sáenz"}
    assert "nicknames" not in facts.to_json()


NAMED = ("CULIACÁN, Sin., 3 de marzo de 2026.- Marinos detuvieron este martes a Julián Ortega Sáenz, alias “{}”, "
         "señalado como jefe de sicarios de una facción del Cártel de Sinaloa.\n\nDe acuerdo con la Fiscalía "
         "General de la República, Ortega Sáenz fue capturado con dos fusiles de asalto.\n")
NICK = ("CULIACAN, Mexico, March 4 (Reuters) - Mexican marines arrested a suspected hitman boss known as \"{0}\" in "
        "the city of Culiacan, officials said on Wednesday.\n\n{0} is accused of leading a cell of gunmen, the "
        "officials told reporters.\n")


@pytest.mark.parametrize("nick", ["Güero Loco", "El Jardinero Ñoño"])
def test_xdoc_people_accented_nickname_links_the_same_in_batches(tmp_path: Path, nick: str):
    (tmp_path / "named.txt").write_text(NAMED.format(nick), encoding="utf-8")
    (tmp_path / "nick.txt").write_text(NICK.format(nick), encoding="utf-8")
    docs = {p.name: d for p in (tmp_path / "named.txt", tmp_path / "nick.txt") for d in iter_documents([p])}
    whole = open_store(tmp_path / "whole.sqlite")
    ingest_documents(whole, list(docs.values()))
    reference = _people_ids(whole)
    assert reference[("named.txt", "Julián Ortega Sáenz")] == reference[("nick.txt", nick)]
    store = open_store(tmp_path / "forward.sqlite")
    for doc in ("named.txt", "nick.txt"):
        ingest_documents(store, [docs[doc]])
    assert _people_ids(store) == reference
