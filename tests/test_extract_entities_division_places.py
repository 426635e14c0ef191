"""A place the model spans with the lower-case noun of its division ("departamento de Nariño", "provincia de
Esmeraldas"): the division's name is a place, not lost for opening in lower case. Hand-written ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_colombian_department_after_its_noun_is_a_place(nlp_es):
    es = "La Armada incautó la droga en el municipio de Tumaco, departamento de Nariño, cerca de la frontera con Ecuador."
    assert "Nariño" in entity_names(nlp_es, es, "place")


def test_entities_province_after_its_noun_is_a_place(nlp_es):
    es = "Los detenidos fueron trasladados a la provincia de Esmeraldas, en el norte de Ecuador."
    assert "Esmeraldas" in entity_names(nlp_es, es, "place")
