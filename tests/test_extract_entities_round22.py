"""People, organizations and places on hand-written pages of round 22 (state portals and wires naming a state that is
also a surname: "en Guerrero" beside a man named Guerrero, "the governor of Morelos").

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_a_state_named_like_a_surname_after_en_stays_a_place(nlp_es):
    text = ("La Fiscalía informó que Pedro Hidalgo Ruiz fue detenido en Hidalgo, mientras que Rosa Guerrero Vela fue "
            "localizada en Guerrero. Hidalgo Ruiz quedó a disposición de un juez.")
    people, places = entity_names(nlp_es, text, "person"), entity_names(nlp_es, text, "place")
    assert {"Hidalgo", "Guerrero"} <= places, places
    assert {"Pedro Hidalgo Ruiz", "Rosa Guerrero Vela"} <= people, people
    man = "Agentes detuvieron a Juan Guerrero en Iguala. Guerrero, de 41 años, fue trasladado a Chilpancingo."
    assert "Guerrero" not in entity_names(nlp_es, man, "place")  # the surname alone is the man's


def test_entities_a_state_named_like_a_surname_after_governor_of_is_a_place(nlp_es, nlp_en):
    es = "El gobernador de Morelos, Ramiro Blanco, se reunió en Cuernavaca con mandos del Ejército."
    en = "The governor of Morelos, Ramiro Blanco, met Army commanders in Cuernavaca on Monday."
    assert "Morelos" in entity_names(nlp_es, es, "place") and "Morelos" not in entity_names(nlp_es, es, "person")
    assert "Morelos" in entity_names(nlp_en, en, "place") and "Morelos" not in entity_names(nlp_en, en, "person")



def test_entities_a_surname_place_opening_a_dateline_is_the_place(nlp_en, nlp_es):
    en = "HIDALGO, Texas — Border Patrol agents arrested Pedro Hidalgo Martínez, 29, near the bridge on Monday."
    es = "LEÓN, Guanajuato.— Policías municipales detuvieron a tres hombres en la colonia Centro."
    assert "Hidalgo" in entity_names(nlp_en, en, "place") and "Pedro Hidalgo Martínez" in entity_names(nlp_en, en, "person")
    assert "León" in entity_names(nlp_es, es, "place")


def test_entities_a_surname_repeated_after_y_is_one_name(nlp_en):
    text = "U.S. Attorney Damian Williams said Héctor Manuel Ortiz y Ortiz, 52, laundered millions for the cartel."
    mentions = entity_mentions(nlp_en, text)
    assert mentions.get(("person", "Héctor Manuel Ortiz y Ortiz")) == ["Héctor Manuel Ortiz y Ortiz"], mentions
    again = "Prosecutors said José Luis Rivera y Gómez paid the bribes. José Luis Rivera y Gómez, 40, pleaded guilty."
    assert entity_names(nlp_en, again, "person") == {"José Luis Rivera y Gómez"}


def test_entities_a_surname_town_after_a_title_of_or_before_its_state_is_a_place(nlp_es):
    text = ("Vecinos de Allende, Coahuila, recordaron a las víctimas. El alcalde de Allende, Vicente Guerrero Ramos, "
            "encabezó la ceremonia.")
    assert "Allende" in entity_names(nlp_es, text, "place"), entity_mentions(nlp_es, text)
    assert "Fiscalía de Guerrero" in entity_names(nlp_es, "La Fiscalía de Guerrero informó que hubo cinco detenidos.",
                                                  "organization")  # a body's name keeps its state


def test_entities_a_plural_noun_after_a_dateline_that_speaks_is_no_person(nlp_en):
    text = "JUAREZ, Mexico — Authorities said gunmen killed six people at a drug rehabilitation center late Tuesday."
    assert entity_names(nlp_en, text, "person") == set()


def test_entities_federal_bodies_with_y_and_lo_in_their_names_and_a_borough_gang(nlp_es):
    text = ("El Instituto para Devolver al Pueblo lo Robado subastará bienes asegurados, y el Órgano Administrativo "
            "Desconcentrado de Prevención y Readaptación Social trasladó a reos de La Anti Unión.")
    bodies = entity_names(nlp_es, text, "organization")
    assert {"Instituto para Devolver al Pueblo lo Robado", "La Anti Unión",
            "Órgano Administrativo Desconcentrado de Prevención y Readaptación Social"} <= bodies, bodies
    assert entity_names(nlp_es, text, "place") == set()
