"""A Spanish rate adjective before the goods ("barriles diarios de combustible") tells a flow, a statistic."""

from __future__ import annotations

from _quantity_helpers import one


def test_barrels_stolen_daily_are_a_statistic() -> None:
    text = "La red robaba unos 20 mil barriles diarios de combustible del poliducto."
    assert one(text, "es", "20 mil barriles").kind == "statistic"


def test_litres_seized_are_still_a_seizure() -> None:
    text = "La Guardia Nacional aseguró 5 mil litros de gasolina en Puebla."
    assert one(text, "es", "5 mil litros de gasolina").kind == "seizure"


def test_the_next_day_is_no_rate() -> None:
    text = "Los agentes aseguraron 300 litros de diésel al día siguiente en Salamanca."
    assert one(text, "es", "300 litros de diésel").kind == "seizure"
