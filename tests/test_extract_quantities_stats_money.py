"""Quantities of statistics and money (stop 42): Central American currencies glued as one letter, goods seized "por" a
sum, earnings a seizure took from crime, "at any one time"."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("El Ministerio de Gobernación solicitó un presupuesto de Q7 mil 500 millones para el próximo año.",
         "Q7 mil 500 millones", 7.5e9, "GTQ"),
        ("La red movió Q25,000 en efectivo cada semana, según la fiscalía.", "Q25,000", 25000.0, "GTQ"),
        ("El Congreso de Honduras aprobó L50 millones para la policía antipandillas.", "L50 millones", 5e7, "HNL"),
    ],
)
def test_quantity_currency_letter_glued_to_a_sum(text, written, value, unit):
    q = one(text, "es", written)
    assert (q.value, q.unit) == (value, unit)


def test_quantity_quarter_is_no_quetzal():
    found = by_text("Según el informe del Q4 2024, se abrieron 12 carpetas de investigación.", "es")
    assert not any(q.unit == "GTQ" for q in found.values())
    assert "12 carpetas" in found


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Guatemala decomisa cocaína por Q2 mil millones en lo que va del año.", "Q2 mil millones"),
        ("Aseguran mercancía apócrifa por más de 3 millones de pesos en la aduana de Manzanillo.", "3 millones de pesos"),
    ],
)
def test_quantity_goods_seized_for_a_sum_are_worth_it(text, written):
    assert one(text, "es", written).kind == "money"


def test_quantity_cash_seized_for_a_sum_stays_seized():
    q = one("Los agentes decomisaron dinero en efectivo por 2 millones de pesos en una casa de Culiacán.", "es",
            "2 millones de pesos")
    assert q.kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("El Gobierno estima que las incautaciones le quitaron a los grupos armados ingresos por más de 2.500 millones"
         " de dólares.", "es", "2.500 millones de dólares"),
        ("Officials said the seizures denied the cartels revenue of more than $2 billion.", "en", "$2 billion"),
    ],
)
def test_quantity_earnings_taken_by_seizures_are_money(text, lang, written):
    assert one(text, lang, written).kind == "money"


def test_quantity_at_any_one_time_is_no_count():
    found = by_text("About 1,000 county lines are thought to be operating at any one time, the agency said.", "en")
    assert "one time" not in found
    assert found["1,000 county lines"].value == 1000.0


def test_quantity_goods_appraised_are_money():
    q = one("Las autoridades incautaron mercancía de contrabando avaluada en 12.000 millones de pesos en Buenaventura.",
            "es", "12.000 millones de pesos")
    assert q.kind == "money"


def test_quantity_confiscation_hearing_sum_is_money():
    q = one("Police seized cash at the house. A confiscation hearing to recover up to £1.5m from the defendants will take"
            " place next year.", "en", "£1.5m")
    assert q.kind == "money"


@pytest.mark.parametrize(
    ("text", "written", "value", "kind"),
    [
        ("Police in Mombasa seized 150 kilogrammes of heroin worth an estimated Sh600 million.", "Sh600 million", 6e8,
         "money"),
        ("The suspects were released on a cash bail of KSh5 million each.", "KSh5 million", 5e6, "money"),
    ],
)
def test_quantity_kenyan_shillings_glued(text, written, value, kind):
    q = one(text, "en", written)
    assert (q.value, q.unit, q.kind) == (value, "KES", kind)


def test_quantity_forfeiture_asked_in_a_headline_is_money():
    q = one("EU pide decomiso de 2.000 millones de dólares a exjefe del cártel\n\nLos fiscales presentaron la moción.",
            "es", "2.000 millones de dólares")
    assert q.kind == "money"
