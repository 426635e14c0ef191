"""A title's portfolio after "for"/"of" before a name ("Minister for Justice Jim O'Callaghan") is the title's, never
the first word of the name; and the towns of Irish and Indian wire stories are places. Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_portfolio_word_is_no_part_of_the_name(nlp_en):
    en = "Minister for Justice Niall O'Brien welcomed the seizure and praised the gardaí involved."
    assert "Niall O'Brien" in entity_names(nlp_en, en, "person")


def test_entities_irish_port_and_indian_suburbs_are_places(nlp_en):
    en = ("The cocaine was found in a container at Ringaskiddy, while two associates were picked up from Noida and "
          "Gurugram, officials said.")
    places = entity_names(nlp_en, en, "place")
    assert {"Ringaskiddy", "Noida", "Gurugram"} <= places
    assert "Ringaskiddy" not in entity_names(nlp_en, en, "organization")
