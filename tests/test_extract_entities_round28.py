"""People, organizations and places on hand-written pages of round 28 (Central American and Colombian names of two
given names and two surnames).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("text, person", [
    ("Police Director Mauricio Arriaza Chicas said Wilfredo Antonio Henríquez Menjívar, known as 'El Diablo', was "
     "arrested near the border.", "Wilfredo Antonio Henríquez Menjívar"),
])
def test_entities_first_given_name_cut_off_its_person_joins_it(nlp_en, text, person):
    people = entity_names(nlp_en, text, "person")
    assert person in people, people


@pytest.mark.parametrize("text, person", [
    ("Police said Nelson Ernesto Portillo Ayala was detained in Soyapango.", "Nelson Ernesto Portillo Ayala"),
])
def test_entities_whole_name_of_two_given_names_is_a_person(nlp_en, text, person):
    assert person in entity_names(nlp_en, text, "person")
    assert person not in entity_names(nlp_en, text, "organization")


@pytest.mark.parametrize("text", [
    "DOB 11 Jun 1979; nationality Mexico; Gender Male; C.U.R.P. GAHJ790611HSLRRN08 (individual).",
    "LOPEZ, Maria; DOB 03 Apr 1986; nationality Mexico; Gender Female; Passport G12345678 (Mexico) (individual).",
])
def test_entities_sanctions_list_field_of_sex_is_no_person(nlp_en, text):
    people = entity_names(nlp_en, text, "person")
    assert not any(p.startswith("Gender") for p in people), people


@pytest.mark.parametrize("text, fragment", [
    ("Un agente de la Policía Municipal de Tecpan murió en el ataque.", "Municipal de Tecpan"),
    ("Agentes de Tránsito Municipal de Apodaca detuvieron a dos hombres.", "Tránsito Municipal de Apodaca"),
])
def test_entities_local_body_named_by_its_service_is_no_person(nlp_es, text, fragment):
    people = entity_names(nlp_es, text, "person")
    assert not any(fragment in p for p in people), people


def test_entities_local_police_after_a_title_stays_an_organization(nlp_es):
    text = "Un agente de la Policía Municipal de Tecpan murió en el ataque."
    assert "Policía Municipal de Tecpan" in entity_names(nlp_es, text, "organization")
