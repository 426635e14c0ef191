"""Quantities, round 35: a sum set beside the cash named before it ("A quantity of cash, €5,500, was also seized") is
cash seized; money told so in a sentence seizing nothing stays money."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("A sum of cash, €5,500, was also seized during the search.", "en", "€5,500"),
        ("Officers seized cash, approximately £7,200, and two mobile phones.", "en", "£7,200"),
        ("Los agentes aseguraron también dinero en efectivo: 64 mil pesos.", "es", "64 mil pesos"),
    ],
)
def test_quantity_a_sum_apposed_to_cash_seized_is_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_cash_apposed_without_a_seizure_stays_money():
    text = "The network moved cash, about $20 million a year, across the border at Nogales."
    assert one(text, "en", "$20 million").kind == "money"
