"""A role of the trade ending in a place's head word ("jefe de plaza") before a name: the role holder, no square or
settlement named after a person (issue 10: "el jefe de plaza Jorge Herrera Cota" was a place). Hand-written ES
sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_a_plaza_boss_named_after_his_role_is_a_person(nlp_es):
    es = "El presunto jefe de plaza Ernesto Iván Lugo Zazueta fue vinculado a proceso este sábado en Culiacán."
    assert "Ernesto Iván Lugo Zazueta" in entity_names(nlp_es, es, "person")
    es = "Marinos detuvieron al encargado de plaza Rodrigo Félix Ontiveros durante un cateo en Navolato."
    people = entity_names(nlp_es, es, "person")
    assert "Rodrigo Félix Ontiveros" in people


def test_entities_a_square_or_settlement_named_after_a_person_stays_a_place(nlp_es):
    es = "Decenas de madres buscadoras se reunieron en la plaza Emiliano Zapata de Culiacán."
    assert "Emiliano Zapata" not in entity_names(nlp_es, es, "person")
    es = "El enfrentamiento ocurrió en el poblado Guadalupe Victoria, municipio de Badiraguato."
    assert "Guadalupe Victoria" in entity_names(nlp_es, es, "place")
