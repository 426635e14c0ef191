"""Irish papers name counties beside towns: "Gardaí in Cork and Kerry", "a farm in Co Tipperary". A county named like
a person is a place where the text places it; a chief's regnal number ("Togbe Afede XIV") is no organization.
Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_county_after_a_place_and_and_is_a_place(nlp_en):
    en = "Detectives in Limerick and Kerry searched four houses as part of an investigation into cocaine imports."
    assert "Kerry" in entity_names(nlp_en, en, "place")
    assert "Kerry" not in entity_names(nlp_en, en, "person")


def test_entities_county_after_co_is_a_place(nlp_en):
    en = "The cannabis plants were found in a shed in Co Clare, gardaí said."
    assert "Clare" in entity_names(nlp_en, en, "place")


def test_entities_regnal_number_alone_is_no_organization(nlp_en):
    en = "Togbe Afede XIV said drug gangs were recruiting young people in the Volta Region."
    assert "XIV" not in entity_names(nlp_en, en, "organization")
