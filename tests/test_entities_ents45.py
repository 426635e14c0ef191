"""People and places on hand-written pages of stop 43 (third round): a full name after an honorific written without
a period ("Alhaji", "Mr") opening an appositive sentence.

None is taken from the shared evaluation corpus.
"""

from __future__ import annotations

from _entity_helpers import entity_names as _names


def test_entities_full_name_after_alhaji_is_a_person_without_the_honorific(nlp_en):
    text = ("KUMASI - Alhaji Ibrahim Tanko Sumani, a trader, was arrested on Tuesday with 30 parcels of cannabis. "
            "Sumani told police the parcels were not his.")
    people = _names(nlp_en, text, "person")
    assert "Ibrahim Tanko Sumani" in people
    assert "Alhaji Ibrahim Tanko Sumani" not in _names(nlp_en, text, "organization") | people


def test_entities_full_name_after_dotless_mr_is_a_person(nlp_en):
    text = "DUBLIN - Mr Declan Patrick Furlong, a farmer, was remanded in custody after cocaine was found in his van."
    assert "Declan Patrick Furlong" in _names(nlp_en, text, "person")


def test_entities_one_word_body_after_person_and_of_is_a_home_town(nlp_en):
    text = ("AMRITSAR: Police arrested Baljinder Singh Gill and Ravinder Kumar of Nakodar on Monday with heroin. "
            "Jane Doe of Reuters reported the arrests.")
    assert "Nakodar" in _names(nlp_en, text, "place")
    assert "Nakodar" not in _names(nlp_en, text, "organization")
    assert "Reuters" in _names(nlp_en, text, "organization")


def test_entities_national_police_in_a_colombian_story_is_colombias(nlp_en, nlp_es):
    en = ("MEDELLÍN, Colombia (AP) - Colombian officers seized 5 tonnes of cocaine in Urabá, the national police said "
          "on Sunday.")
    assert "Policía Nacional de Colombia" in _names(nlp_en, en, "organization")
    es = "BOGOTÁ, Colombia.- La Policía Nacional capturó a tres integrantes del Clan del Golfo en Antioquia."
    assert "Policía Nacional de Colombia" in _names(nlp_es, es, "organization")


def test_entities_national_police_in_another_countrys_story_is_not_colombias(nlp_en):
    text = "MADRID, Spain - Spanish officers seized 2 tonnes of cocaine in Algeciras, the National Police said."
    assert "Policía Nacional de Colombia" not in _names(nlp_en, text, "organization")


def test_entities_policia_nacional_in_a_spanish_story_naming_colombia_is_spains(nlp_es):
    text = ("MADRID.- La Policía Nacional intervino en el puerto de Algeciras 4 toneladas de cocaína llegadas de "
            "Colombia. Los agentes de la Policía Nacional detuvieron a cinco personas en Cádiz y Sevilla.")
    orgs = _names(nlp_es, text, "organization")
    assert "Policía Nacional de España" in orgs
    assert "Policía Nacional de Colombia" not in orgs
