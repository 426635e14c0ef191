"""People and bodies on hand-written pages of stop 43 (second round): a Spanish headline's visit verb before a
surname, a nickname with its article and no name, Punjab police forces, a body's head named after a comma.

None is taken from the shared evaluation corpus.
"""

from __future__ import annotations

from _entity_helpers import entity_names as _names


def test_entities_spanish_visit_verb_opening_a_headline_is_no_name(nlp_es):
    text = ("Llega Rubio a México para reunión de seguridad\n\n"
            "El secretario de Estado, Marco Rubio, llegó este miércoles a la capital.")
    people = _names(nlp_es, text, "person")
    assert "Marco Rubio" in people
    assert not any(n.startswith("Llega") for n in people)


def test_entities_article_and_nickname_alone_is_a_person(nlp_es):
    text = ("Militares detuvieron este martes a El Chato Ángeles, presunto operador regional.\n\n"
            "El Güero Loco fue detenido horas después en un retén carretero.")
    people = _names(nlp_es, text, "person")
    assert {"El Chato Ángeles", "El Güero Loco"} <= people
    assert "El Chato Ángeles" not in _names(nlp_es, text, "place") | _names(nlp_es, text, "organization")


def test_entities_a_known_nickname_keeps_its_owner(nlp_es):
    people = _names(nlp_es, "El Chapo Guzmán fue extraditado en 2017.", "person")
    assert "El Chapo Guzmán" not in people


def test_entities_plural_group_that_controls_a_trade_is_an_organization(nlp_es):
    text = "Según la Fiscalía, Los Huistas controlan el trasiego de migrantes en la frontera con Guatemala."
    assert "Los Huistas" in _names(nlp_es, text, "organization")
    assert "Los Huistas" not in _names(nlp_es, text, "place")


def test_entities_given_name_after_a_country_opens_a_person(nlp_en):
    text = "Costa Rica handed over to the United States Celso Gamboa, a former judge wanted on drug charges."
    assert "Celso Gamboa" in _names(nlp_en, text, "person")
    assert not any("Gamboa" in n for n in _names(nlp_en, text, "organization"))


def test_entities_district_police_in_lower_case_is_an_organization(nlp_en):
    text = ("The Moga police on Sunday arrested two men with heroin. Officers said the Ludhiana police had shared "
            "the tip. Mexican police were not involved.")
    orgs = _names(nlp_en, text, "organization")
    assert {"Moga police", "Ludhiana police"} <= orgs
    assert not any(n.startswith("Mexican") for n in orgs)


def test_entities_punjabi_and_akan_given_names_open_people(nlp_en):
    text = ("The accused were identified as Kuldeep Singh Chahal and Gurpreet Singh. Kwame Asante arrived from "
            "Sao Paulo.")
    people = _names(nlp_en, text, "person")
    assert {"Kuldeep Singh Chahal", "Gurpreet Singh", "Kwame Asante"} <= people


def test_entities_plural_group_the_model_calls_misc_is_an_organization(nlp_es):
    text = "De acuerdo con el fiscal, Los Talibanes controlan la venta de droga en la región."
    assert "Los Talibanes" in _names(nlp_es, text, "organization")
    town = "El alcalde de Los Aldamas inauguró un parque en el centro del municipio."
    assert "Los Aldamas" not in _names(nlp_es, town, "organization")


def test_entities_home_village_after_name_and_of_is_a_place(nlp_en):
    text = ("Police said the accused were identified as Manjit Kumar of Dharamkot and Gurpreet Singh of Kot Ise Khan, "
            "both in Moga district.")
    assert "Kot Ise Khan" not in _names(nlp_en, text, "person")
    son = "Prosecutors said the son of Joaquín Guzmán was extradited."
    assert "Joaquín Guzmán" in _names(nlp_en, son, "person")


def test_entities_district_police_with_its_kind_is_one_organization(nlp_en):
    text = "The Jalandhar commissionerate police have arrested two men and recovered four pistols."
    assert "Jalandhar commissionerate police" in _names(nlp_en, text, "organization")
