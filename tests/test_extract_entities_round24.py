"""People, organizations and places on hand-written pages of round 24 (a state abbreviated in a dateline that the
lexicon leaves to the model, a capitals dateline run into the sentence's first word, a state's own prosecutor or
ministry named by its seat, a rural estate named like a saint).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize(("text", "city", "state"), [
    ("IGUALA, Gro.- Dos policías municipales murieron en una emboscada sobre la carretera a Taxco.", "Iguala", "Guerrero"),
    ("TULANCINGO, Hgo.- Vecinos retuvieron a dos presuntos ladrones de autos en la colonia Centro.", "Tulancingo", "Hidalgo"),
    ("CUAUTLA, Mor.- Un hombre fue asesinado a balazos afuera de una tienda de abarrotes.", "Cuautla", "Morelos"),
])
def test_entities_a_surname_named_state_abbreviated_in_a_dateline_is_a_place(nlp_es, text, city, state):
    places = entity_names(nlp_es, text, "place")
    assert {city, state} <= places, places
    assert state not in entity_names(nlp_es, text, "person")


def test_entities_a_capitals_dateline_run_into_the_first_word_is_the_city(nlp_es):
    text = "TORREÓN.- La Fiscalía General del Estado detuvo a un hombre por el asalto a una gasolinera en Matamoros."
    assert "Torreón" in entity_names(nlp_es, text, "place")
    assert not any("TORREÓN" in name for name in entity_names(nlp_es, text, "organization") | entity_names(nlp_es, text, "person"))
    body = "CUERNAVACA.- La Comisión Estatal de Seguridad informó que en Jiutepec fue detenido un hombre armado."
    assert "Comisión Estatal de Seguridad" in entity_names(nlp_es, body, "organization")
    assert "Cuernavaca" in entity_names(nlp_es, body, "place")


@pytest.mark.parametrize(("text", "body"), [
    ("La Fiscalía de Sonora confirmó que el cuerpo fue identificado por su esposa en Cajeme.", "Fiscalía de Sonora"),
    ("La Fiscalía de Jalisco informó del hallazgo de otra fosa en Tlajomulco.", "Fiscalía de Jalisco"),
])
def test_entities_a_state_prosecutor_named_by_its_seat_is_an_organization(nlp_es, text, body):
    assert body in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize("text", [
    "La Hacienda Santa Lucía fue asegurada por la Guardia Nacional tras el hallazgo de armas.",
    "Hacienda Santa Teresa, propiedad de un exalcalde, fue cateada por agentes ministeriales.",
])
def test_entities_an_estate_named_like_a_saint_is_no_person(nlp_es, text):
    assert not entity_names(nlp_es, text, "person")


def test_entities_an_adjective_tagged_a_facility_is_no_place(nlp_en):
    text = "Prosecutors said Ryan Wedding, a former Olympic snowboarder from Canada, ran a cocaine network out of Mexico."
    places = entity_names(nlp_en, text, "place")
    assert "Olympic" not in places and {"Canada", "Mexico"} <= places
    coast = "Go-fast boats left the Pacific coast of Mexico and the Caribbean coast of Colombia."
    assert "Caribbean" in entity_names(nlp_en, coast, "place")


@pytest.mark.parametrize(("text", "state"), [
    ("TUCSON, Ariz. (AP) — A Border Patrol agent was charged with taking bribes to let loads of marijuana through.", "Arizona"),
    ("TULSA, Okla. — A federal jury convicted a man of running a methamphetamine ring supplied from Mexico.", "Oklahoma"),
])
def test_entities_a_us_state_abbreviated_in_a_dateline_is_the_state(nlp_en, text, state):
    places = entity_names(nlp_en, text, "place")
    assert state in places and not any(p.endswith(".") for p in places), places
