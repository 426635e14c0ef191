"""Quantities, round 34: goods that those arrested were carrying are seized when the vehicle they carried them in stands
between the verb and the goods, and so are the goods the carried packages held, the arrest told clauses before."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Los agentes detuvieron a dos hombres que transportaban en una camioneta 30 kilos de cristal.", "es",
         "30 kilos de cristal"),
        ("Agents arrested the two men, who were transporting in a tractor-trailer 300 pounds of meth.", "en",
         "300 pounds of meth"),
    ],
)
def test_quantity_goods_carried_in_a_vehicle_by_those_arrested_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_goods_the_carried_packages_held_are_seized_clauses_after_the_arrest():
    text = ("Agentes de la Guardia Nacional detuvieron a los acusados en el kilómetro 80 de la carretera, tramo Sonoyta-"
            "Caborca, cuando llevaban 20 bultos con 25 kilos de metanfetamina y 900 pastillas de fentanilo.")
    found = by_text(text, "es")
    assert [found[w].kind for w in ("20 bultos", "25 kilos de metanfetamina", "900 pastillas de fentanilo")] == \
        ["seizure"] * 3
