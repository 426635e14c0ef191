"""A street named after a state is no place of the story: "circulaba por la calle Guerrero y Durango" names neither
state; "on Durango Street" neither. The state named as such stays. Hand-written EN and ES sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_spanish_streets_named_after_states_are_no_places(nlp_es):
    es = ("El exdirector fue asesinado cuando circulaba por la calle Guerrero y Durango, en Ciudad Obregón. En la "
          "avenida Sinaloa se hallaron los casquillos.")
    places = entity_names(nlp_es, es, "place")
    assert not places & {"Guerrero", "Durango", "Sinaloa"}
    assert "Ciudad Obregón" in places


def test_entities_english_street_named_after_a_state_is_no_place(nlp_en):
    en = "Police found the car on Durango Street in Laredo, near the bridge to Nuevo Laredo."
    places = entity_names(nlp_en, en, "place")
    assert "Durango" not in places
    assert "Laredo" in places


def test_entities_states_named_as_such_stay_places(nlp_es):
    es = "Las células operan en Guerrero y Durango, según la Fiscalía."
    assert {"Guerrero", "Durango"} <= entity_names(nlp_es, es, "place")
