"""Goods an arrest or a charge is told to be over, the classes of British drugs law, and a number before "over"."""

from __future__ import annotations

from _quantity_helpers import by_text, one


def test_goods_an_arrest_is_over_are_a_seizure() -> None:
    q = one("Gardaí arrest 12 over 40 kilos of cannabis at Rosslare", "en", "40 kilos of cannabis")
    assert (q.kind, q.value, q.item) == ("seizure", 40.0, "cannabis")
    assert one("Two arrested over 300 slabs in Dublin", "en", "300 slabs").kind == "seizure"


def test_goods_a_charge_is_over_are_a_seizure_in_spanish_too() -> None:
    assert one("Procesan a tres por 200 kilos de cocaína en Manzanillo.", "es", "200 kilos de cocaína").kind == "seizure"
    assert one("Man charged over 5kg of heroin found in car", "en", "5kg of heroin").kind == "seizure"


def test_arrests_over_a_time_or_a_deed_are_no_seizure() -> None:
    found = by_text("Police arrested 12 people over three days in Limerick.", "en")
    assert all(q.kind != "seizure" for q in found.values())


def test_a_number_before_over_is_no_range() -> None:
    found = by_text("Gardaí arrest 12 over 40 kilos of cannabis", "en")
    assert found["12"].value_max is None and found["40 kilos of cannabis"].value == 40.0


def test_class_a_drugs_are_drugs() -> None:
    q = one("Border Force seized a record 98 tonnes of Class A drugs last year.", "en", "98 tonnes of Class A drugs")
    assert (q.kind, q.value, q.item) == ("seizure", 98000.0, "drugs")
