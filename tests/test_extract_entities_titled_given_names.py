"""A Spanish title closed by its area keeps the whole name after it: "el subsecretario de Seguridad Luis Rodríguez
Bucio" names Luis Rodríguez Bucio, not "Rodríguez Bucio"; a body named after a person ("la Universidad George Mason")
stays a body. Hand-written ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_title_closed_by_its_area_keeps_the_given_name(nlp_es):
    es = "La senadora Lilly Téllez García criticó al subsecretario de Seguridad Luis Rodríguez Bucio por la estrategia."
    assert "Luis Rodríguez Bucio" in entity_names(nlp_es, es, "person")


def test_entities_body_named_after_a_person_stays_a_body(nlp_es):
    es = "Según Guadalupe Correa-Cabrera, profesora de la Universidad George Mason, la medida es simbólica."
    assert "George Mason" not in entity_names(nlp_es, es, "person")
