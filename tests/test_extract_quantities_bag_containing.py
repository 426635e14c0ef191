"""Quantities, round 33: goods in the bag or backpack someone arrested carried ("con una mochila que contenía 28 libras
de metanfetamina", "with a backpack containing 12 pounds of meth") are seized."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Agentes de la Patrulla Fronteriza detuvieron a un ciudadano mexicano que intentaba cruzar por el desierto con una "
         "mochila que contenía 28 libras de metanfetamina.", "es", "28 libras de metanfetamina"),
        ("Border Patrol agents arrested a man walking through the desert with a backpack containing 12 pounds of "
         "methamphetamine.", "en", "12 pounds of methamphetamine"),
    ],
)
def test_quantity_goods_in_the_bag_of_someone_arrested_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"
