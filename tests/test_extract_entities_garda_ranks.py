"""Irish court reports put a Garda rank before the witness's name: "Detective Garda Niamh Costello said ...". The rank
is a title, not part of the name. Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_detective_garda_is_a_title_before_the_name(nlp_en):
    en = "Detective Garda Aoife Brennan told Cork District Court that the accused made no reply when charged."
    people = entity_names(nlp_en, en, "person")
    assert "Aoife Brennan" in people
    assert not {p for p in people if p.startswith("Garda")}
