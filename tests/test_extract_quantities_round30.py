"""Quantities, round 30: the places goods were seized at are counted, not seized; figures listed before a percent."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Port officers seized 260 and 85 pounds of cocaine at three border crossings on Friday.", "en",
         "three border crossings"),
        ("Deputies seized 30 pistols at four bridges over the Rio Grande.", "en", "four bridges"),
        ("Agents seized 1,200 pounds of marijuana at two airports in South Texas.", "en", "two airports"),
    ],
)
def test_quantity_the_places_where_goods_were_seized_are_no_goods(text, lang, places):
    found = by_text(text, lang)
    assert found[places].kind == "count"
    assert any(q.kind == "seizure" for q in found.values())


@pytest.mark.parametrize(
    ("text", "lang", "first", "values", "unit"),
    [
        ("Unemployment in the county rose 1.5 and 2 percent in the two quarters.", "en", "1.5", [1.5, 2.0], "%"),
        ("Border apprehensions fell 7 and 12 percent in May and June, respectively.", "en", "7", [7.0, 12.0], "%"),
        ("The jobless rate climbed 0.4, 0.6 and 1.1 percentage points over the year.", "en", "0.4", [0.4, 0.6, 1.1], "pp"),
        ("Los robos a transportistas bajaron 1.2 y 4 por ciento en Puebla y Tlaxcala.", "es", "1.2", [1.2, 4.0], "%"),
    ],
)
def test_quantity_figures_listed_before_a_percent_are_percents(text, lang, first, values, unit):
    found = list(by_text(text, lang).values())
    rates = [q for q in found if q.unit == unit]
    assert rates[0].text == first
    assert [q.value for q in rates] == values
    assert all(q.kind == "statistic" for q in rates)


@pytest.mark.parametrize(
    ("text", "lang", "runs"),
    [
        ("He laundered the proceeds in 52 cash deliveries and was ordered to forfeit his truck.", "en", "52 cash deliveries"),
        ("La red movió el dinero en 18 entregas de efectivo, por lo que la FGR aseguró sus cuentas.", "es", "18 entregas"),
    ],
)
def test_quantity_the_runs_that_moved_money_are_counted_not_seized(text, lang, runs):
    q = by_text(text, lang)[runs]
    assert (q.kind, q.item) == ("count", runs.split(maxsplit=1)[1])
