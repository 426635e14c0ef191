"""Ghanaian police stories: a rank written short before a name ("DCOP Kwasi Ofori", "ASP Juliana Obeng") is a title,
never an organization with the surname; the West African countries of smuggling stories are places. Hand-written EN
sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_ghana_police_rank_is_a_title(nlp_en):
    en = ("The Upper East Regional Police Commander, DCOP Samuel Agyei, told journalists in Bolgatanga that the "
          "suspects were in custody. They will be handed over to NACOC, DCOP Agyei said.")
    assert "Samuel Agyei" in entity_names(nlp_en, en, "person")
    assert not {o for o in entity_names(nlp_en, en, "organization") if "Agyei" in o or "DCOP" in o}


def test_entities_west_african_countries_are_places(nlp_en):
    en = "The cannabis was smuggled into Ghana from Togo and was bound for Burkina Faso, police said."
    assert {"Ghana", "Togo", "Burkina Faso"} <= entity_names(nlp_en, en, "place")
