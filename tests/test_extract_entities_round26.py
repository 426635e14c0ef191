"""People, organizations and places on hand-written pages of round 26 (a body's one-word alias heading an estate's
name, a state's name closing a port's or a town's).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_mentions, entity_names


@pytest.mark.parametrize("text", [
    "Los agentes catearon la Hacienda Guadalupe, en el municipio de Tlajomulco, donde hallaron armas.",
    "El cuerpo fue localizado en la Hacienda Tepetongo, a las afueras de Zacatecas.",
])
def test_entities_an_estate_headed_by_a_body_alias_is_no_body(nlp_es, text):
    assert "Secretaría de Hacienda y Crédito Público" not in entity_names(nlp_es, text, "organization")


def test_entities_a_body_alias_before_its_qualifier_stays_the_body(nlp_es):
    text = "El fraude a la Hacienda Pública supera los 3 mil millones de pesos, informó la UIF."
    assert "Secretaría de Hacienda y Crédito Público" in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize(("text", "state"), [
    ("La embarcación fue interceptada a 180 millas de Puerto Chiapas con 1.2 toneladas de cocaína.", "Chiapas"),
])
def test_entities_a_place_after_a_place_head_word_is_the_longer_place(nlp_es, text, state):
    assert state not in entity_names(nlp_es, text, "place")


@pytest.mark.parametrize("text", [
    "En Puerto Morelos, Quintana Roo, la Marina aseguró 300 kilos de cocaína.",
    "La Marina aseguró un laboratorio clandestino en Cosalá, Sinaloa.",
])
def test_entities_a_navy_named_bare_in_a_story_set_in_mexican_towns_is_the_semar(nlp_es, text):
    assert "Secretaría de Marina" in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize(("lang", "text", "person", "nickname"), [
    ("en", "WASHINGTON (AP) — Prosecutors said the Honduran trafficker, Juan Antonio 'Tony' Hernández, had bribed "
           "officials.", "Juan Antonio Hernández", "Tony"),
    ("es", "Autoridades colombianas detuvieron a Dairo ‘Otoniel’ Úsuga en Necoclí, Antioquia.", "Dairo Úsuga", "Otoniel"),
])
def test_entities_a_nickname_in_single_quotes_inside_a_name_is_its_alias(nlp_en, nlp_es, lang, text, person, nickname):
    mentions = entity_mentions(nlp_en if lang == "en" else nlp_es, text)
    assert nickname in mentions[("person", person)]


def test_entities_a_headline_scare_quote_names_no_one(nlp_en):
    assert not entity_names(nlp_en, "Sheinbaum Says Mexico 'Will Not Accept' Tariffs From Washington", "person") - \
        {"Sheinbaum"}


def test_entities_a_bare_congress_in_a_story_set_in_a_state_stays_unkeyed(nlp_es):
    text = "El Congreso aprobó la reforma de seguridad en Culiacán, Sinaloa."
    assert "Congreso de la Unión" not in entity_names(nlp_es, text, "organization")
