"""Quantities, round 33: things listed with goods a verb of finding took are seized with them ("the BSF recovered 294
drones and over 280 kg of heroin"); people and bodies listed with them are not."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text


@pytest.mark.parametrize(
    ("text", "lang", "thing", "goods"),
    [
        ("In 2024, the BSF recovered 294 drones and over 280 kg of heroin.", "en", "294 drones", "280 kg of heroin"),
        ("Los agentes hallaron tres vehículos y 50 kilos de cocaína.", "es", "tres vehículos", "50 kilos de cocaína"),
    ],
)
def test_quantity_things_found_with_goods_are_seized(text, lang, thing, goods):
    found = by_text(text, lang)
    assert (found[thing].kind, found[goods].kind) == ("seizure", "seizure")


def test_quantity_people_found_with_goods_are_counted():
    found = by_text("Agents found two people and 5 kilos of cocaine, and recovered 12 drones and 3 kilos of meth.", "en")
    assert (found["two people"].kind, found["12 drones"].kind) == ("count", "seizure")
