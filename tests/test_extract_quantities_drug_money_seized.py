"""Quantities, round 35: drug money a raid recovered with the goods is seized cash ("recovered 6 kg of heroin and Rs 4.5
lakh in drug money"); drug money laundered or moved stays money."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The police arrested two men and recovered 2 kg of heroin and Rs 3.2 lakh in drug money from their possession.",
         "Rs 3.2 lakh"),
        ("Officers recovered $18,000 in drug money from the apartment.", "$18,000"),
        ("Ludhiana Police recover 1 kg heroin, Rs 80,000 drug money; two held", "Rs 80,000"),
    ],
)
def test_quantity_drug_money_recovered_is_seized(text, written):
    assert one(text, "en", written).kind == "seizure"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("He admitted laundering $5 million in drug money for the cartel.", "$5 million"),
        ("The network moved about $30 million in drug proceeds to Mexico each year.", "$30 million"),
    ],
)
def test_quantity_drug_money_laundered_or_moved_stays_money(text, written):
    assert one(text, "en", written).kind == "money"
