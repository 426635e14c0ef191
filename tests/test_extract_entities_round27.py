"""People, organizations and places on hand-written pages of round 27 (a portfolio of two areas after an
office-holder's title).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("text, area", [
    ("The department said Maria Lopez, Under Secretary for Terrorism and Financial Intelligence, signed the order.",
     "Financial Intelligence"),
    ("Ana Torres, the Treasury's Under Secretary for Terrorism and Financial Intelligence, said the network was "
     "dismantled.", "Financial Intelligence"),
])
def test_entities_second_area_of_a_portfolio_is_no_body(nlp_en, text, area):
    names = entity_names(nlp_en, text, "organization")
    assert area not in names, names


def test_entities_body_after_a_conjunct_of_bodies_stays(nlp_es):
    text = "La directora de Amnistía Internacional y Human Rights Watch pidió investigar las desapariciones."
    assert "Human Rights Watch" in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize("text, state_body", [
    ("La Secretaría de Seguridad Pública y Protección Civil de Guerrero informó del ataque en Tecpan.",
     "Secretaría de Seguridad Pública y Protección Civil de Guerrero"),
    ("Agentes de la Secretaría de Seguridad Pública y Vialidad de Tabasco detuvieron a dos hombres.",
     "Secretaría de Seguridad Pública y Vialidad de Tabasco"),
])
def test_entities_state_body_of_two_areas_is_no_federal_one(nlp_es, text, state_body):
    orgs = entity_names(nlp_es, text, "organization")
    assert "Secretaría de Seguridad y Protección Ciudadana" not in orgs, orgs
    assert state_body in orgs, orgs


def test_entities_federal_body_before_a_second_body_stays(nlp_es):
    text = "La Secretaría de Seguridad y Protección Ciudadana y la Defensa informaron del operativo en Guerrero."
    assert "Secretaría de Seguridad y Protección Ciudadana" in entity_names(nlp_es, text, "organization")
