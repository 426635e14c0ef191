"""A clause said whose subject is a bare number the English parse read as the object of "said" ("said the three
face federal charges": "face" taken for a noun), and a Spanish impersonal passive announcing a list ("se aseguró lo
siguiente: ..."), which reports no one's words.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_said_the_three_face_charges_is_a_clause_said(nlp_en):
    quotes = quotes_of(nlp_en, "The El Paso County Attorney's Office said the three face federal drug trafficking charges.")
    assert said(quotes, "the three face") == ("El Paso County Attorney's Office", True)


def test_said_the_two_face_charges_after_a_police_department(nlp_en):
    quotes = quotes_of(nlp_en, "The Laredo Police Department said the two face murder charges in the shooting.")
    assert said(quotes, "the two face murder charges")[0] == "Laredo Police Department"


def test_a_thing_said_with_a_number_stays_no_clause(nlp_en):
    quotes = quotes_of(nlp_en, "The priest said the three prayers for the victims of the attack.")
    assert not any(q.text.startswith("the three prayers") for q in quotes)


def test_an_impersonal_passive_announcing_a_list_is_no_quote(nlp_es):
    quotes = quotes_of(nlp_es, "En el lugar se aseguró lo siguiente: 20 armas largas, 3 vehículos.")
    assert not any("armas largas" in q.text for q in quotes)


def test_a_list_announced_after_a_report_gives_the_announcer_no_words(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La Fiscalía de Tamaulipas informó que detuvo a dos hombres. En el inmueble se aseguró lo siguiente: "
        "cinco fusiles, dos granadas y 300 cartuchos."))
    assert said(quotes, "detuvo a dos hombres")[0] .endswith("Fiscalía de Tamaulipas")
    assert not any("fusiles" in q.text for q in quotes)
