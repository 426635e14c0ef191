"""Irish local sites name the police and a Dublin crime group beside Mexican cartels: "Gardaí believe the drugs were
supplied by a Mexican cartel working with the Kinahan organised crime group". Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_names


def test_entities_gardai_and_the_kinahan_group_are_organizations(nlp_en):
    en = ("Detective Sergeant Fergal O'Donoghue told the court that Gardaí believe the drugs were supplied by a "
          "Mexican cartel working with the Kinahan organised crime group.")
    orgs = entity_names(nlp_en, en, "organization")
    assert {"An Garda Síochána", "Kinahan cartel"} <= orgs
    assert "Kinahan" not in entity_names(nlp_en, en, "place")
