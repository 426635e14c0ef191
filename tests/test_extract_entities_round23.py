"""People, organizations and places on hand-written pages of round 23 (a ranch named "Hacienda ...", a state after an
office's matter, a cell of a cartel named without quotes, a wire's capitals dateline, a programme, a field office).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_hacienda_before_an_article_or_a_saint_is_an_estate_not_the_ministry(nlp_es):
    shcp = "Secretaría de Hacienda y Crédito Público"
    ranch = "Peritos hallaron restos en la Hacienda Las Palomas, un rancho a las afueras de Guasave."
    estate = "Agentes catearon la Hacienda San Antonio, en el municipio de Cajeme."
    assert shcp not in entity_names(nlp_es, ranch, "organization")
    assert shcp not in entity_names(nlp_es, estate, "organization")
    ministry = "La Secretaría de Hacienda congeló cuentas; Hacienda informó que el SAT también participa."
    assert shcp in entity_names(nlp_es, ministry, "organization")


def test_entities_a_state_after_an_office_and_its_matter_is_a_place(nlp_es):
    text = "El secretario de Seguridad de Hidalgo, Salvador Cruz Neri, dijo que los detenidos están en Pachuca."
    assert "Hidalgo" in entity_names(nlp_es, text, "place") and "Hidalgo" not in entity_names(nlp_es, text, "person")
    other = "El director de Seguridad Pública de Guerrero, Javier Ortiz Sosa, confirmó el hallazgo."
    assert "Guerrero" in entity_names(nlp_es, other, "place")
    body = "La Secretaría de Seguridad de Hidalgo informó de la detención de tres hombres."
    assert "Secretaría de Seguridad de Hidalgo" in entity_names(nlp_es, body, "organization")


def test_entities_a_plural_name_glossed_as_a_cell_is_an_organization(nlp_en, nlp_es):
    en = "Prosecutors say Los Rusos, a cell of the Sinaloa Cartel loyal to Ismael Zambada, controlled the Mexicali plaza."
    es = "Los Mayos, facción del Cártel de Sinaloa, se enfrentaron con Los Chapitos en Navolato."
    assert "Los Rusos" in entity_names(nlp_en, en, "organization")
    assert "Los Mayos" in entity_names(nlp_es, es, "organization") and "Los Mayos" not in entity_names(nlp_es, es, "place")


def test_entities_a_packing_company_is_an_organization(nlp_es):
    text = "La Fiscalía aseguró una bodega de la Empacadora del Valle de Culiacán con 300 kilos de cocaína."
    assert "Empacadora del Valle de Culiacán" in entity_names(nlp_es, text, "organization")


def test_entities_a_capitals_dateline_is_named_as_the_body_writes_it(nlp_en):
    text = "JUAREZ, Mexico (AP) — Soldiers found four bodies on a road south of Juárez on Thursday, officials said."
    places = entity_names(nlp_en, text, "place")
    assert "Juárez" in places and "Juarez" not in places, places


def test_entities_a_capitals_city_before_a_state_abbreviation_is_the_city(nlp_es):
    text = "CULIACÁN, Sin.- Elementos del Ejército detuvieron a tres hombres en la colonia Las Quintas."
    assert {"Culiacán", "Sinaloa"} <= entity_names(nlp_es, text, "place")


def test_entities_the_merida_initiative_is_a_programme_not_the_city(nlp_en, nlp_es):
    en = "The Mérida Initiative, launched in 2008, funded helicopters and training for Mexican police."
    es = "Con la Iniciativa Mérida, Estados Unidos entregó equipo a la Policía Federal."
    assert "Iniciativa Mérida" in entity_names(nlp_en, en, "organization") and "Mérida" not in entity_names(nlp_en, en, "place")
    assert "Iniciativa Mérida" in entity_names(nlp_es, es, "organization")


def test_entities_a_field_office_keeps_its_agency_in_its_name(nlp_en):
    text = "Agents from the FBI's Albuquerque Field Office arrested the suspect in Las Cruces."
    orgs = entity_names(nlp_en, text, "organization")
    assert "FBI Albuquerque Field Office" in orgs and "Albuquerque Field Office" not in orgs, orgs


def test_entities_a_venue_named_with_its_venue_word_is_an_organization(nlp_en, nlp_es):
    en = "The shooting took place outside the Bar El Ranchito in Salamanca; a week earlier gunmen hit the Las Palmas bar."
    es = "Hombres armados atacaron el bar Los Cantaritos y después el Restaurante La Casona de Tlaquepaque."
    orgs_en, orgs_es = entity_names(nlp_en, en, "organization"), entity_names(nlp_es, es, "organization")
    assert {"Bar El Ranchito", "Las Palmas"} <= orgs_en and "El Ranchito" not in entity_names(nlp_en, en, "place"), orgs_en
    assert {"Los Cantaritos", "Restaurante La Casona"} <= orgs_es, orgs_es
    assert "Tlaquepaque" in entity_names(nlp_es, es, "place")  # where the venue stands
    assert "Tijuana" not in entity_names(nlp_en, "Police raided a Tijuana bar on Friday.", "organization")


def test_entities_a_full_name_the_model_broke_into_places_is_one_person(nlp_es):
    text = ("Elementos de la Sedena detuvieron en Mexicali a Heriberto Arce Valdivia, alias El Flaco, presunto operador "
            "de Los Rusos, célula del Cártel de Sinaloa.")
    assert "Heriberto Arce Valdivia" in entity_names(nlp_es, text, "person")
    places = entity_names(nlp_es, text, "place")
    assert not places & {"Heriberto", "Valdivia"}, places


def test_entities_a_capitals_city_opening_any_dateline_is_the_city(nlp_en, nlp_es):
    en = "MONTERREY, Mexico (Reuters) - State police found the bodies in the municipality of Cadereyta."
    es = "CHILPANCINGO, Gro.- La Fiscalía informó de la detención de dos hombres."
    assert "Monterrey" in entity_names(nlp_en, en, "place")
    assert "Chilpancingo" in entity_names(nlp_es, es, "place")
    assert "San Antonio" in entity_names(nlp_en, "SAN ANTONIO — Police said two men were arrested.", "place")
    slash = entity_mentions(nlp_es, "CDMX/ El titular de la Fiscalía denunció el desbloqueo de cuentas.")
    assert slash.get(("place", "Mexico City")) == ["CDMX"], slash  # the city alone, not its separator


def test_entities_a_bare_nickname_after_known_as_is_no_organization(nlp_en):
    text = "Guatemalan police arrested Aler Baldomero Samayoa Recinos, known as Chicharra, in Huehuetenango."
    assert "Chicharra" not in entity_names(nlp_en, text, "organization")
    assert "Aler Baldomero Samayoa Recinos" in entity_names(nlp_en, text, "person")
    cartel = "Police blamed the Gulf Cartel, known as CDG, for the attack."
    assert "Cártel del Golfo" in entity_names(nlp_en, cartel, "organization")
