"""Quantities, round 33: cash told before the verb that found it ("€23,000 in cash were found in a bedroom", "300 mil
pesos en efectivo fueron hallados") is seized, as cash told after "found" is."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("The detective told the court that 10kg of cocaine, 500g of ketamine and €23,000 in cash were found in a bedroom.",
         "en", "€23,000"),
        ("The court heard that $40,000 in cash was discovered in the car's spare tyre.", "en", "$40,000"),
        ("Según la Fiscalía, 300 mil pesos en efectivo fueron localizados en el domicilio.", "es", "300 mil pesos"),
    ],
)
def test_quantity_cash_told_before_its_discovery_is_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"

