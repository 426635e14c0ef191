"""Goods a belief says were traded after a seizure is told, and fuel taps an operator counts over a year."""

from __future__ import annotations

from _quantity_helpers import one

SEIZED = "Deputies seized 15 rifles and 9,000 rounds of ammunition from a home in Socorro on Tuesday. "


def test_guns_a_belief_says_were_bought_are_no_seizure() -> None:
    text = SEIZED + "Investigators believe the group bought more than 200 firearms over two years."
    assert one(text, "en", "15 rifles").kind == "seizure"
    assert one(text, "en", "200 firearms").kind == "count"


def test_guns_counted_after_the_seizure_without_a_belief_stay_seized() -> None:
    text = SEIZED + "Among the weapons were 200 firearms parts and two .50-caliber rifles."
    assert one(text, "en", "two .50-caliber rifles").kind == "seizure"


def test_a_belief_in_spanish() -> None:
    text = ("La Guardia Nacional aseguró 40 armas largas en un domicilio de Reynosa. "
            "Los investigadores creen que la red vendió 300 armas a células del cártel.")
    assert one(text, "es", "40 armas largas").kind == "seizure"
    assert one(text, "es", "300 armas").kind == "count"


def test_an_arrest_before_the_belief_keeps_the_goods_seized() -> None:
    text = "Two men were detained with 50 pounds of meth, which police believe they bought in Phoenix."
    assert one(text, "en", "50 pounds of meth").kind == "seizure"


def test_fuel_taps_detected_in_a_year_are_a_statistic() -> None:
    text = "Pemex detectó 4,200 tomas clandestinas en el año, informó la empresa."
    assert one(text, "es", "4,200 tomas clandestinas").kind == "statistic"
