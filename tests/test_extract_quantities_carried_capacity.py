"""Quantities, round 33: the packages a stopped boat or vehicle carried, told after the stop, are seized; a capacity
word sizes only what comes before a seizure word ("con capacidad de 500 litros ... y aseguró 1.5 toneladas")."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Los agentes interceptaron una narcolancha en el Guadalquivir. La embarcación transportaba 95 fardos de arpillera.",
         "es", "95 fardos"),
        ("Coast Guard crews intercepted a go-fast boat off Puerto Rico. The vessel was carrying 60 bundles wrapped in "
         "plastic.", "en", "60 bundles"),
    ],
)
def test_quantity_packages_a_stopped_boat_carried_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("Personal de la Defensa inhabilitó 2 reactores de síntesis con capacidad de 500 litros cada uno y aseguró 1.5 "
         "toneladas de metanfetamina.", "es", "1.5 toneladas de metanfetamina", 1500.0),
        ("Soldiers dismantled two reactors with a capacity of 500 liters each and seized 800 kilos of methamphetamine.",
         "en", "800 kilos of methamphetamine", 800.0),
    ],
)
def test_quantity_goods_seized_after_a_capacity_are_seized(text, lang, written, value):
    q = one(text, lang, written)
    assert (q.kind, q.value) == ("seizure", value)
