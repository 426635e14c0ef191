"""Quantities, round 33: Indian papers' rupees in lakhs and crores, trafficking a source alleges (no goods seized), the
boxes goods were hidden among (cover, no goods seized), cash listed after the value of goods, and people counted with
an apposition before their arrest."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The DRI seized 19.6 kg of cocaine valued at Rs 196 crore at the airport.", "Rs 196 crore", 1_960_000_000.0),
        ("Officials said the heroin was worth Rs. 3.5 crore in the international market.", "Rs. 3.5 crore", 35_000_000.0),
        ("The gang had collected ₹40 lakh from the victims.", "₹40 lakh", 4_000_000.0),
        ("The accused paid INR 12 lakh as a bribe, police said.", "INR 12 lakh", 1_200_000.0),
    ],
)
def test_quantity_rupees_in_lakhs_and_crores_are_money(text, written, value):
    q = one(text, "en", written)
    assert (q.unit, q.value, q.kind) == ("INR", value, "money")


def test_quantity_a_lakh_of_people_is_counted():
    q = one("More than 1.5 lakh people were screened at the border.", "en", "1.5 lakh people")
    assert (q.value, q.kind) == (150_000.0, "count")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The agency recovered 4.2 kg of heroin worth Rs 29 crore and Rs 12 lakh in cash from two men.", "Rs 12 lakh",
         1_200_000.0),
        ("Police seized 4 kilos of heroin worth $290,000 and $12,000 in cash from two men.", "$12,000", 12_000.0),
        ("La policía aseguró 4 kilos de heroína valuados en 2 millones de pesos y 300 mil pesos en efectivo.",
         "300 mil pesos", 300_000.0),
    ],
)
def test_quantity_cash_listed_after_the_value_of_goods_is_seized(text, written, value):
    lang = "es" if " de " in text else "en"
    q = one(text, lang, written)
    assert (q.value, q.kind) == (value, "seizure")


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Police seized 4 kilos of heroin worth $290,000, and $12,000 in cash.", "en", "$290,000"),
        ("Police seized 4 kilos of heroin worth Rs 29 crore and Rs 12 lakh in cash.", "en", "Rs 29 crore"),
    ],
)
def test_quantity_the_value_of_goods_listed_before_cash_stays_money(text, lang, written):
    assert one(text, lang, written).kind == "money"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("La Guardia Civil intervino 7.200 kilos de cocaína. Los investigadores creen que la organización habría "
         "introducido otras 15 toneladas por el mismo puerto.", "es", "otras 15 toneladas"),
        ("La Policía Nacional interceptó un semisumergible con 3.000 kilos de cocaína. La red habría movido más de 10 "
         "toneladas de cocaína desde 2022.", "es", "10 toneladas de cocaína"),
        ("Police seized 2 tons of cocaine. The ring is believed to have smuggled 10 tons of cocaine into Europe since "
         "2021.", "en", "10 tons of cocaine"),
    ],
)
def test_quantity_alleged_trafficking_is_no_seizure(text, lang, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_alleged_arrest_with_goods_stays_a_seizure():
    found = by_text("Los sospechosos habrían sido detenidos con 40 kilos de cocaína; la red habría movido otras 10 "
                    "toneladas.", "es")
    assert (found["40 kilos de cocaína"].kind, found["otras 10 toneladas"].kind) == ("seizure", "count")


@pytest.mark.parametrize(
    ("text", "lang", "cover", "goods"),
    [
        ("Se intervinieron 7.200 kilos de cocaína. La droga estaba distribuida en 240 fardos, escondidos entre 1.200 "
         "cajas de fruta.", "es", "1.200 cajas", "240 fardos"),
        ("CBP officers seized 900 pounds of meth concealed among 1,100 boxes of bananas.", "en", "1,100 boxes",
         "900 pounds of meth"),
        ("Gardaí seized 70kg of cannabis hidden behind 40 pallets of bottled water.", "en", "40 pallets", "70kg of cannabis"),
    ],
)
def test_quantity_boxes_goods_were_hidden_among_are_counted(text, lang, cover, goods):
    found = by_text(text, lang)
    assert (found[cover].kind, found[goods].kind) == ("count", "seizure")


def test_quantity_a_range_of_packages_seized_stays_a_seizure():
    found = by_text("Agentes aseguraron entre 20 y 30 paquetes de cocaína, escondidos entre 500 cajas de plátano.", "es")
    assert (found["entre 20 y 30 paquetes de cocaína"].kind, found["500 cajas"].kind) == ("seizure", "count")


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Los tres tripulantes, dos ecuatorianos y un colombiano, fueron detenidos.", "es", "tres tripulantes"),
        ("The four passengers (three men and a woman) were detained at the port.", "en", "four passengers"),
    ],
)
def test_quantity_people_arrested_after_an_apposition_are_counted(text, lang, written):
    assert one(text, lang, written).kind == "count"
