"""Siblings listed by compound given names before a name with two family names, with no kin word (issue 10: "Iván
Archivaldo" alone was a person). Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_compound_given_names_before_two_family_names_share_them(nlp_en, nlp_es):
    en = ("The indictment was unsealed in San Diego on Tuesday, while Luis Fernando and José Manuel Ochoa Villalobos "
          "remain at large in Sinaloa, prosecutors said.")
    people = entity_names(nlp_en, en, "person")
    assert "Luis Fernando Ochoa Villalobos" in people and "Luis Fernando" not in people
    es = ("La FGR informó que Juan Pablo y Carlos Alberto Quiñónez Arredondo siguen prófugos tras el operativo en "
          "Culiacán.")
    people = entity_names(nlp_es, es, "person")
    assert "Juan Pablo Quiñónez Arredondo" in people and "Juan Pablo" not in people


def test_entities_a_single_given_name_or_one_family_name_shares_nothing_without_kin(nlp_en, nlp_es):
    en = "The senator met Claudia and Marcelo Ebrard at the embassy in Washington on Monday."
    assert "Claudia Ebrard" not in entity_names(nlp_en, en, "person")
    es = "En la reunión estuvieron María Elena y Jorge Luis Preciado, según el comunicado de la Secretaría."
    assert "María Elena Preciado" not in entity_names(nlp_es, es, "person")
