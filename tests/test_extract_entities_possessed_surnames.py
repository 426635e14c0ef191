"""A person's surnames in the possessive are that person, not a place: "San Juan Treviño's mother asked the court
for leniency" after "Luis Ángel San Juan Treviño pleaded guilty". Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions, entity_names


def test_entities_possessed_surnames_join_the_full_name(nlp_en):
    en = ("Luis Ángel San Juan Treviño pleaded guilty in March to making false statements, prosecutors said. San Juan "
          "Treviño's mother asked the court for leniency.")
    assert not any("Treviño" in name for name in entity_names(nlp_en, en, "place"))
    assert "San Juan Treviño" in entity_mentions(nlp_en, en)[("person", "Luis Ángel San Juan Treviño")]


def test_entities_a_place_in_the_possessive_stays_a_place(nlp_en):
    en = "Luis Ángel San Juan Treviño was arrested near the port. San Juan's police chief said the case was closed."
    assert "Luis Ángel San Juan Treviño" in entity_names(nlp_en, en, "person")
    assert not any(name == "San Juan" for name in entity_names(nlp_en, en, "person"))
