"""People, organizations and places on hand-written pages of round 27 (a portfolio of two areas after an
office-holder's title).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("text, area", [
    ("The department said Maria Lopez, Under Secretary for Terrorism and Financial Intelligence, signed the order.",
     "Financial Intelligence"),
    ("Ana Torres, the Treasury's Under Secretary for Terrorism and Financial Intelligence, said the network was "
     "dismantled.", "Financial Intelligence"),
])
def test_entities_second_area_of_a_portfolio_is_no_body(nlp_en, text, area):
    names = entity_names(nlp_en, text, "organization")
    assert area not in names, names


def test_entities_body_after_a_conjunct_of_bodies_stays(nlp_es):
    text = "La directora de Amnistía Internacional y Human Rights Watch pidió investigar las desapariciones."
    assert "Human Rights Watch" in entity_names(nlp_es, text, "organization")
