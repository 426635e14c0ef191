"""British, Irish and Ghanaian papers write "Mr", "Mrs", "Ms" and "Dr" without a dot: "Mr Jabre said ...". The
surname after one names a person, as after "Mr.". Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_surname_after_dotless_mr_is_a_person(nlp_en):
    en = "Mr Jabre said the cocaine had been hidden in a container of pineapples shipped from Ecuador."
    assert "Jabre" in entity_names(nlp_en, en, "person")


def test_entities_surname_after_dotless_mrs_and_ms_is_a_person(nlp_en):
    en = "Mrs Brennan said her nephew had no links to the gang, while Ms Quigley, prosecuting, said he had."
    people = entity_names(nlp_en, en, "person")
    assert {"Brennan", "Quigley"} <= people
