"""Indian wires open drug stories with a city and tell them by Punjab's police ("Chandigarh, Mar 3 (PTI) Punjab Police
have arrested ..."), which the small English model leaves untagged. Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_an_indian_wires_dateline_city_and_police_are_read(nlp_en):
    en = ("Chandigarh, Mar 3 (PTI) Punjab Police have arrested a man allegedly linked to a drug network with ties to "
          "a Mexican cartel, officials said. The heroin had been smuggled across the border from Pakistan by drone.")
    assert {"Chandigarh", "Pakistan"} <= entity_names(nlp_en, en, "place")
    assert "Punjab Police" in entity_names(nlp_en, en, "organization")
