"""A US wire dateline writes the state out after the city in capitals: "DAYTON, Ohio —". The city is a place, not the
organization the model reads in the capitals. Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_capitals_city_before_state_written_out_is_a_place(nlp_en):
    en = "TOLEDO, Ohio — Federal agents seized 30 pounds of fentanyl pills tied to the Sinaloa cartel, prosecutors said."
    assert "Toledo" in entity_names(nlp_en, en, "place")
    assert not {"TOLEDO", "Toledo"} & entity_names(nlp_en, en, "organization")
