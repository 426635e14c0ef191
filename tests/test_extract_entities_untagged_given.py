"""People in a list of names that the model tags only in part: the given names untagged and the surname read as a
town ("sanctioned ...: Julio César Treviño Garza, María Fernanda Olguín, ..." gave a place "Olguín"), or the whole
name untagged after a comma that closes the previous name, or a listed name cut before "de la O" and its second
surname. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_given_names_the_model_skips_open_the_listed_person(nlp_en):
    en = ("WASHINGTON (AP) — The Treasury Department on Monday sanctioned five people it said move money for the Gulf "
          "cartel: Julio César Treviño Garza, María Fernanda Olguín, Sergio Iván Cantú Peña, Laura Patricia Ochoa and "
          "Ramón Elías Tapia.")
    assert "María Fernanda Olguín" in entity_names(nlp_en, en, "person")
    assert "Olguín" not in entity_names(nlp_en, en, "place")


def test_entities_a_name_after_a_comma_that_closes_another_name_is_found(nlp_en, nlp_es):
    en = "Among those charged: Ernesto Javier Salinas Peña, María Fernanda Olguín, Julio César Treviño Garza."
    assert "María Fernanda Olguín" in entity_names(nlp_en, en, "person")
    es = "OFAC también sancionó a Jorge Iván Zamudio, María Fernanda Olguín y Karla Patricia Ochoa, casas de cambio."
    assert "María Fernanda Olguín" in entity_names(nlp_es, es, "person")


def test_entities_a_town_after_a_saints_name_stays_a_place(nlp_es):
    es = "Los detenidos fueron trasladados a San José Iturbide, Guanajuato, por elementos de la Guardia Nacional."
    assert "San José Iturbide" in entity_names(nlp_es, es, "place")
    assert not {p for p in entity_names(nlp_es, es, "person") if "Iturbide" in p}


def test_entities_a_surname_of_one_letter_before_a_second_surname_stays_in_the_name(nlp_es):
    es = ("Fueron identificadas las víctimas: Ramón Eliseo Quintero; Adela Sofía Bojórquez y Héctor Iván de la O "
          "Medina. La fiscalía no reportó detenidos.")
    people = entity_names(nlp_es, es, "person")
    assert "Héctor Iván de la O Medina" in people
    assert "Héctor Iván" not in people
