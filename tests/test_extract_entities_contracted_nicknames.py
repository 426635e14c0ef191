"""A prominent man's nickname after the article Spanish contracts into "del"/"al", and before his surname without
quotes ("un operador del Mayo Zambada", "la gente de El Mayo Zambada"): the man of names.yaml's ``nicknames``, never
an organization; two such nicknames joined by "y" stay two men. Hand-written ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_del_nickname_and_surname_is_the_man(nlp_es):
    es = "Elementos del Ejército detuvieron en Navolato a un presunto operador del Mayo Zambada."
    assert "Ismael Zambada García" in entity_names(nlp_es, es, "person")
    assert not {n for n in entity_names(nlp_es, es, "organization") if "Mayo" in n}


def test_entities_article_nickname_and_surname_unquoted_is_the_man(nlp_es):
    es = "La Fiscalía señaló a Ramón Quintero como jefe de seguridad de El Mayo Zambada en la sierra."
    assert "Ismael Zambada García" in entity_names(nlp_es, es, "person")
    assert not {n for n in entity_names(nlp_es, es, "organization") if "Mayo" in n}


def test_entities_two_contracted_nicknames_are_two_men(nlp_es):
    es = "Los pistoleros del Mayo y del Chapo se disputaron la plaza durante meses."
    people = entity_mentions(nlp_es, es)
    assert ("person", "Ismael Zambada García") in people
    assert ("person", "Joaquín Guzmán Loera") in people


def test_entities_month_after_de_is_no_nickname(nlp_es):
    es = "El desfile del 5 de Mayo recorrió la avenida principal de Culiacán."
    assert "Ismael Zambada García" not in entity_names(nlp_es, es, "person")
