"""Quantities, round 29: figures listed before one unit, told "respectively"; labelled rows of goods taken."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text


@pytest.mark.parametrize(
    ("text", "lang", "first", "kg", "items"),
    [
        ("Border agents seized 2,210 and 730 pounds of heroin and cocaine, respectively, last quarter.", "en",
         "2,210", 1002.44, ("heroin", "cocaine")),
        ("Los marinos aseguraron 3 y 1.5 toneladas de marihuana y cocaína, respectivamente.", "es",
         "3", 3000.0, ("cannabis", "cocaine")),
    ],
)
def test_quantity_figures_listed_before_a_unit_weigh_the_goods_named_in_their_order(text, lang, first, kg, items):
    found = list(by_text(text, lang).values())
    assert found[0].text == first
    assert (round(found[0].value, 2), found[0].unit, found[0].kind) == (kg, "kg", "seizure")
    assert (found[0].item, found[1].item) == items


def test_quantity_figures_listed_before_a_unit_without_respectively_share_its_goods():
    found = list(by_text("Customs officers seized 410 and 95 kilograms of fentanyl at two crossings.", "en").values())
    assert [(q.value, q.unit, q.item, q.kind) for q in found[:2]] == [(410, "kg", "fentanyl", "seizure"),
                                                                  (95, "kg", "fentanyl", "seizure")]


def test_quantity_a_labelled_row_of_goods_recovered_or_dismantled_is_seized_and_people_stay_counted():
    found = by_text("Balance de la semana:\n\nDetenidos: 57\nAutomóviles recuperados: 64\n"
                    "Narcolaboratorios desmantelados: 6\n", "es")
    assert found["57"].kind == "count"
    assert found["64"].kind == "seizure"
    assert found["6"].kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written", "item"),
    [
        ("Deputies confiscated nearly $640,000 worth of cocaine from the trailer.", "en", "$640,000", "cocaine"),
        ("La policía aseguró 2 millones de pesos en metanfetamina.", "es", "2 millones de pesos", "methamphetamine"),
    ],
)
def test_quantity_money_told_as_the_value_of_goods_names_them(text, lang, written, item):
    assert by_text(text, lang)[written].item == item


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Investigators also found 17 fentanyl presses inside the garage.", "en", "17 fentanyl presses"),
        ("Los agentes localizaron 4 tableteadoras de fentanilo en la bodega.", "es", "4 tableteadoras"),
    ],
)
def test_quantity_equipment_named_by_its_drug_is_the_item_and_seized(text, lang, written):
    q = by_text(text, lang)[written]
    assert q.kind == "seizure"
    assert q.item is not None and q.item.split()[-1] in ("presses", "tableteadoras")


def test_quantity_a_fraction_listed_before_a_unit_is_a_weight_not_a_marker():
    found = list(by_text("La Defensa aseguró 1.6 y 0.3 toneladas de cocaína y heroína, respectivamente.", "es").values())
    assert [(q.value, q.item) for q in found[:2]] == [(1600, "cocaine"), (300, "heroin")]
