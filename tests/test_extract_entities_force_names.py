"""Names around armed forces and Central American defendants: "comandante de la Fuerza Naval del Pacífico" names no
person "Naval del Pacífico"; "Erwin Francisco Ochoa López" opening a paragraph keeps his first name. Hand-written
EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_a_forces_name_after_a_title_is_no_person(nlp_es):
    es = "El vicealmirante Juan Ricardo Rozo Obregón, comandante de la Fuerza Naval del Pacífico, encabezó el operativo."
    assert entity_names(nlp_es, es, "person") == {"Juan Ricardo Rozo Obregón"}


def test_entities_central_american_given_name_opening_a_paragraph_stays(nlp_en):
    en = ("Erwin Francisco Ochoa López, a former mayor of a town near the border with Mexico, was detained in "
          "Huehuetenango, police said.")
    assert "Erwin Francisco Ochoa López" in entity_names(nlp_en, en, "person")
