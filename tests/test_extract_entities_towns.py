"""Towns named like people or like words (data/towns.yaml): a town of a state's municipalities read as a place wherever
written ("trasladados a Dolores Hidalgo"), and a town that is also a given name, a surname, a word or a national
figure's only where the text places it ("Raúl Garza, 39, of Mission", "en Lázaro Cárdenas", "Donna, Texas"); a woman
named "María Dolores Hidalgo Ruiz" keeps her name. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_towns_a_town_named_like_a_person_is_a_place(nlp_es):
    es = ("Los cuerpos de los dos hombres fueron trasladados al Servicio Médico Forense de Dolores Hidalgo, donde "
          "serían entregados a sus familias.")
    assert "Dolores Hidalgo" not in entity_names(nlp_es, es, "person")
    assert "Dolores Hidalgo" in entity_names(nlp_es, es, "place")
    es = "Elementos de la Guardia Nacional patrullaron los caminos entre Pedro Escobedo y San Juan del Río."
    assert "Pedro Escobedo" not in entity_names(nlp_es, es, "person")
    assert "Pedro Escobedo" in entity_names(nlp_es, es, "place")


def test_entities_towns_a_woman_named_like_a_town_keeps_her_name(nlp_es):
    es = "La Fiscalía informó que María Dolores Hidalgo Ruiz fue detenida en Celaya con dos armas de fuego."
    assert "María Dolores Hidalgo Ruiz" in entity_names(nlp_es, es, "person")
    assert "Dolores Hidalgo" not in entity_names(nlp_es, es, "place")


def test_entities_towns_a_defendant_of_a_town_that_is_a_word(nlp_en):
    en = ("The defendants are Raúl Esteban Garza, 39, of Mission; Joel Cantú Treviño, 45, of Edinburg; and Efrén "
          "Salinas, 28, of Donna.")
    places = entity_names(nlp_en, en, "place")
    assert {"Mission", "Edinburg", "Donna"} <= places
    assert "Donna" not in entity_names(nlp_en, en, "person")
    en = "Agents searched a stash house in Alamo, Texas, where 14 migrants were found."
    assert "Alamo" in entity_names(nlp_en, en, "place")


def test_entities_towns_a_town_named_after_a_national_figure_only_where_placed(nlp_es):
    es = "Marinos aseguraron un contenedor con precursores químicos en Lázaro Cárdenas, Michoacán."
    assert "Lázaro Cárdenas" in entity_names(nlp_es, es, "place")
    es = "El jefe de la Oficina de la Presidencia, Lázaro Cárdenas Batel, encabezó la reunión."
    assert "Lázaro Cárdenas Batel" in entity_names(nlp_es, es, "person")
    assert "Lázaro Cárdenas" not in entity_names(nlp_es, es, "place")


def test_entities_towns_a_municipality_named_after_a_figure_by_its_bodies_and_its_people(nlp_es):
    es = ("Policías municipales de Benito Juárez detuvieron en la Supermanzana 94 a dos hombres que llevaban armas "
          "cortas y bolsas con cristal.")
    assert "Benito Juárez" not in entity_names(nlp_es, es, "person")
    assert "Benito Juárez" in entity_names(nlp_es, es, "place")
    es = "Uno de los detenidos era originario de Emiliano Zapata, según la Fiscalía de Morelos."
    assert "Emiliano Zapata" not in entity_names(nlp_es, es, "person")
