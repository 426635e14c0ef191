"""A person named again by the opening words of a full name that are no given names of the lexicon ("Marina" is also
the Navy): "la gobernadora Marina del Pilar Ávila Olmeda ... Marina del Pilar dijo" was a place or body beside the
governor. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_a_governor_named_by_her_given_names_is_the_governor(nlp_es):
    es = ("ENSENADA, B.C.- La gobernadora Marina del Pilar Ávila Olmeda inauguró un cuartel de la Guardia Nacional. "
          "En su mensaje, Marina del Pilar pidió a los alcaldes coordinarse con el Ejército.")
    got = entity_mentions(nlp_es, es)
    assert "Marina del Pilar" in got[("person", "Marina del Pilar Ávila Olmeda")]
    assert not [key for key in got if key[1] == "Marina del Pilar"]


def test_entities_the_short_name_joins_in_english_too(nlp_en):
    en = ("Baja California Gov. Marina del Pilar Avila Olmeda toured the new checkpoint on Friday. Marina del Pilar "
          "said the state police would staff it around the clock.")
    got = entity_mentions(nlp_en, en)
    assert "Marina del Pilar" in got[("person", "Marina del Pilar Avila Olmeda")]
    assert "Marina del Pilar" not in entity_names(nlp_en, en, "organization")


def test_entities_the_navy_named_beside_her_stays_a_body(nlp_es):
    es = ("La gobernadora Marina del Pilar Ávila Olmeda agradeció a la Secretaría de Marina el operativo. Marina del "
          "Pilar dijo que la Marina seguirá en Ensenada.")
    assert "Marina del Pilar Ávila Olmeda" in entity_names(nlp_es, es, "person")
    assert "Secretaría de Marina" in entity_names(nlp_es, es, "organization")
