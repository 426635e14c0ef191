"""A given name and one surname set off by commas after a common noun is a person the small models leave untagged
("A relative of one of the men, Ana Lugo, told reporters"); a town of a saint's name ("Santa Teresa") is no one.
Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_a_short_name_in_apposition_is_a_person(nlp_en, nlp_es):
    en = ("Mexico extradited three men on Friday. A relative of one of the men, Ana Lugo, told reporters outside the "
          "prison that the family had not been notified.")
    assert "Ana Lugo" in entity_names(nlp_en, en, "person")
    es = "Su cuñada, Rosa Beltrán, pidió a las autoridades que informen dónde está."
    assert "Rosa Beltrán" in entity_names(nlp_es, es, "person")


def test_entities_a_saint_named_town_in_apposition_is_no_one(nlp_en):
    en = "Agents found the truck near the border town, Santa Teresa, early on Monday."
    assert "Santa Teresa" not in entity_names(nlp_en, en, "person")
