"""Quantities, round 33: things a search turned up right after a seizure was told are seized with the goods, a vessel's
length between two listed things is stepped over, a weight's goods come from the cell before it in a "|"-parted row,
and Nigerian naira."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("La Guardia Civil ha intervenido 3.600 kilos de hachís en una nave de La Línea. En el interior los agentes "
         "hallaron también dos narcolanchas y seis motores fueraborda.", "es", "dos narcolanchas"),
        ("Coast Guard crews seized 2,000 pounds of cocaine off Puerto Rico. Inside the vessel, they also found two satellite "
         "phones.", "en", "two satellite phones"),
    ],
)
def test_quantity_things_found_after_a_seizure_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_the_length_of_a_boat_listed_is_stepped_over():
    text = ("La Guardia Civil ha intervenido 3.600 kilos de hachís. En la nave los agentes hallaron también dos narcolanchas "
            "de 14 metros, seis motores fueraborda y 27.000 euros en billetes.")
    found = by_text(text, "es")
    assert (found["dos narcolanchas"].kind, found["seis motores"].kind) == ("seizure", "seizure")


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        ("Resultados:\n\n| Concepto | Cantidad |\n| Marihuana | 850 kg |\n| Cocaína | 12.5 kg |\n", "850 kg", "cannabis"),
        ("Resultados:\n\nMarihuana | 850 kg\nCocaína | 12.5 kg\n", "12.5 kg", "cocaine"),
    ],
)
def test_quantity_a_weight_takes_its_goods_from_the_cell_before_it(text, written, item):
    q = one(text, "es", written)
    assert (q.item, q.unit) == (item, "kg")


def test_quantity_naira_are_money():
    q = one("The agency also recovered ₦12.5 million in cash during the raid.", "en", "₦12.5 million")
    assert (q.unit, q.value, q.kind) == ("NGN", 12_500_000.0, "seizure")
