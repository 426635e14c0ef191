"""A person named right after a body's name that stands as their title ("el agente del Ministerio Público Federal
Óscar del Río Soto"), which the model runs into one span: the body and the person, two. Hand-written ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_body_then_full_name_is_a_body_and_a_person(nlp_es):
    es = "El agente del Ministerio Público Federal Arturo del Valle Romo fue detenido en Mexicali por extorsión."
    assert "Arturo del Valle Romo" in entity_names(nlp_es, es, "person")
    assert not {o for o in entity_names(nlp_es, es, "organization") if "Arturo" in o}


def test_entities_body_alone_stays_one_organization(nlp_es):
    es = "La denuncia fue presentada ante el Ministerio Público Federal en Hermosillo."
    assert "Ministerio Público Federal" in entity_names(nlp_es, es, "organization")
    assert not entity_names(nlp_es, es, "person")


def test_entities_a_cartel_named_after_a_saint_stays_whole(nlp_es):
    es = "La dependencia atribuyó el ataque a una célula del Cártel Santa Rosa de Lima, que opera en Guanajuato."
    assert "Rosa de Lima" not in entity_names(nlp_es, es, "person")
