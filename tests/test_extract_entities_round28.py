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


@pytest.mark.parametrize("text, nickname", [
    ("La mujer es pareja de Jesús Omar Ayón Lizárraga, alias el Cholo, presunto jefe de plaza en San Felipe.", "Cholo"),
    ("Fue detenido Héctor Manuel Ibarra Soto, alias la Rana, operador de una célula en Ensenada.", "Rana"),
])
def test_entities_bare_nickname_after_alias_and_article_is_no_body(nlp_es, text, nickname):
    assert nickname not in entity_names(nlp_es, text, "organization")
    assert nickname not in entity_names(nlp_es, text, "place")


@pytest.mark.parametrize("text, body", [
    ("Agentes de la Guardia Estatal de Seguridad e Investigación la detuvieron en la colonia Pueblo Nuevo.",
     "Guardia Estatal de Seguridad e Investigación"),
])
def test_entities_state_police_of_two_areas_is_one_body(nlp_es, text, body):
    assert body in entity_names(nlp_es, text, "organization")


@pytest.mark.parametrize("text, person", [
    ("La Policía Nacional Civil capturó este jueves a Byron Estuardo Lima Oliva, señalado de dirigir una estructura "
     "de la pandilla Barrio 18.", "Byron Estuardo Lima Oliva"),
])
def test_entities_surnames_read_as_a_place_join_the_given_names(nlp_es, text, person):
    assert person in entity_names(nlp_es, text, "person")


@pytest.mark.parametrize("text, unit, owner", [
    ("El director informó que la Agencia de Investigación Criminal de la Fiscalía General del Estado de Coahuila "
     "investiga el caso.", "Agencia de Investigación Criminal", "Fiscalía General del Estado de Coahuila"),
])
def test_entities_unit_named_with_its_state_owner_is_two_bodies(nlp_es, text, unit, owner):
    orgs = entity_names(nlp_es, text, "organization")
    assert unit in orgs and owner in orgs, orgs


@pytest.mark.parametrize("text, person", [
    ("La dependencia informó la detención en Ciudad Juárez de Ramiro Alonso Ortiz de la O, presunto integrante de "
     "una célula delictiva.", "Ramiro Alonso Ortiz de la O"),
])
def test_entities_surname_of_one_letter_after_its_particle_stays(nlp_es, text, person):
    assert person in entity_names(nlp_es, text, "person")


@pytest.mark.parametrize("lang, text, ship", [
    ("en", "The vessel was intercepted by the patrol ship ARM Chiapas about 200 nautical miles south of Puerto Escondido.",
     "Chiapas"),
    ("es", "La Marina informó que el patrullero oceánico ARM Tabasco rescató a 12 pescadores frente a Campeche.",
     "Tabasco"),
])
def test_entities_ship_named_for_a_state_is_no_place_nor_body(request, lang, text, ship):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    assert ship not in entity_names(nlp, text, "place")
    assert not any(ship in name for name in entity_names(nlp, text, "organization"))


@pytest.mark.parametrize("text, person", [
    ("El vicealmirante informó que los tripulantes, identificados como Ulises Santiago Mendoza y Jovany de Jesús Lugo "
     "Reyes, fueron trasladados a Ensenada.", "Jovany de Jesús Lugo Reyes"),
])
def test_entities_second_of_two_people_the_model_reads_as_one_stays(nlp_es, text, person):
    assert person in entity_names(nlp_es, text, "person")


@pytest.mark.parametrize("text, drug", [
    ("Federal agents seized about 400,000 fentanyl pills and 12 pounds of Xanax at a stash house in Glendale.", "Xanax"),
])
def test_entities_pill_named_by_its_brand_is_no_body(nlp_en, text, drug):
    assert drug not in entity_names(nlp_en, text, "organization")
    assert drug not in entity_names(nlp_en, text, "person")


@pytest.mark.parametrize("lang, text, clique", [
    ("es", "El fiscal dijo que entre los procesados está el cabecilla de la clica Fulton Locos Salvatrucha, detenido en "
     "Soyapango.", "Fulton Locos Salvatrucha"),
    ("en", "Prosecutors said Mejía led the MS-13 clique Coronados Locos Salvatrucha in Soyapango.",
     "Coronados Locos Salvatrucha"),
])
def test_entities_gang_clique_named_after_its_noun_is_a_group(request, lang, text, clique):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    assert clique in entity_names(nlp, text, "organization")
    assert clique not in entity_names(nlp, text, "person")


@pytest.mark.parametrize("text, person", [
    ("Financial Crimes\nRoberto Carlos Alemán Ibarra\nMEXICO CITY — Mexico's Financial Intelligence Unit froze the "
     "accounts of 12 people tied to a fuel theft ring in Puebla.", "Roberto Carlos Alemán Ibarra"),
])
def test_entities_person_alone_on_a_line_keeps_all_its_words(nlp_en, text, person):
    assert person in entity_names(nlp_en, text, "person")


@pytest.mark.parametrize("text, estate", [
    ("Elementos de la Guardia Nacional catearon la Hacienda San Antonio, en el municipio de Fresnillo, donde localizaron "
     "un laboratorio.", "Hacienda San Antonio"),
])
def test_entities_estate_the_model_reads_as_a_person_is_a_place(nlp_es, text, estate):
    assert estate in entity_names(nlp_es, text, "place")
    assert "San Antonio" not in entity_names(nlp_es, text, "place")


@pytest.mark.parametrize("text, person", [
    ("Honduran trafficker Wilter Blanco Ruiz is serving a 20-year sentence, and Guatemalan Aler Samayoa Recinos is "
     "awaiting trial, the attorney general said.", "Aler Samayoa Recinos"),
])
def test_entities_nationality_before_a_full_name_is_no_part_of_it(nlp_en, text, person):
    people = entity_names(nlp_en, text, "person")
    assert person in people, people
    assert not any(p.startswith(("Guatemalan", "Honduran")) for p in people), people
