"""Bodies every country has, named bare, are Mexico's only in a story Mexico leads: "el delegado del Gobierno en
Galicia" in a Spanish paper's seizure story is Spain's government, though the story names the Sinaloa cartel;
Matamoros, a surname too, is the Tamaulipas city where the text places it. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_spains_government_in_a_galician_story_is_not_mexicos(nlp_es):
    es = ("La Guardia Civil y la DEA de Estados Unidos interceptaron un velero con cocaína frente a Vigo, destinada a "
          "una red vinculada con el Cártel de Sinaloa. El delegado del Gobierno en Galicia felicitó a los agentes.")
    assert "Gobierno de México" not in entity_names(nlp_es, es, "organization")


def test_entities_bare_government_in_a_mexican_story_stays_mexicos(nlp_es):
    es = ("Culiacán, Sinaloa.- El Gobierno federal envió 500 elementos de la Guardia Nacional a Sinaloa, informó la "
          "Secretaría de Seguridad y Protección Ciudadana.")
    assert "Gobierno de México" in entity_names(nlp_es, es, "organization")


def test_entities_matamoros_placed_by_in_is_the_city(nlp_en):
    en = "The two Americans were abducted in Matamoros in March, Tamaulipas officials said."
    assert "Matamoros" in entity_names(nlp_en, en, "place")
    assert "Matamoros" not in entity_names(nlp_en, en, "organization")
