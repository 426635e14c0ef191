"""Irish and British court reports say where a suspect was held: "detained at Naas Garda Station". The station is a
building, a place, not an organization taking part; Ireland's Revenue is named by its officers ("Revenue officers
seized ..."). Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_garda_station_named_by_town_is_a_place(nlp_en):
    en = "The accused was detained at Naas Garda Station under Section 2 of the Criminal Justice (Drug Trafficking) Act."
    assert "Naas Garda Station" in entity_names(nlp_en, en, "place")
    assert not {n for n in entity_names(nlp_en, en, "organization") if "Station" in n}
    assert not {n for n in entity_names(nlp_en, en, "person") if "Station" in n}


def test_entities_revenue_officers_are_irish_revenue(nlp_en):
    en = "Revenue officers seized herbal cannabis worth €840,000 at Dublin Port after a routine search of a trailer."
    assert "Revenue Commissioners" in entity_names(nlp_en, en, "organization")
