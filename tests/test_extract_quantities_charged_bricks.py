"""Quantities, stop 42: number words with a smaller scale after a larger one, the goods of a charged deed, packages
sized by a unit before them, and packages of goods found in a sentence before their count."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("Officers intercepted one thousand two hundred kilograms of cocaine.", "en", "one thousand two hundred kilograms of cocaine",
         1200.0),
        ("Customs seized three thousand five hundred pills at the port.", "en", "three thousand five hundred pills", 3500.0),
        ("The Treasury froze five million two hundred thousand dollars.", "en", "five million two hundred thousand dollars",
         5_200_000.0),
        ("La Marina aseguró mil doscientos kilos de cocaína.", "es", "mil doscientos kilos de cocaína", 1200.0),
        ("El gobierno destinó mil 400 millones de dólares.", "es", "mil 400 millones de dólares", 1.4e9),
        ("Se incautaron dos mil millones de pesos.", "es", "dos mil millones de pesos", 2e9),
    ],
)
def test_quantity_number_words_take_smaller_scales_before_a_larger(text, lang, written, value):
    assert one(text, lang, written).value == value


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("A Tijuana man was convicted for importing 52 kilograms of cocaine through the San Ysidro port.", "en",
         "52 kilograms of cocaine", 52.0),
        ("A judge sentenced him to 12 years in prison for smuggling forty kilograms of fentanyl in his gas tank.", "en",
         "forty kilograms of fentanyl", 40.0),
        ("She pleaded guilty to possession with intent to distribute 5 kilograms of cocaine.", "en",
         "5 kilograms of cocaine", 5.0),
        ("Fue sentenciado a 10 años de prisión por transportar 200 kilos de metanfetamina.", "es",
         "200 kilos de metanfetamina", 200.0),
    ],
)
def test_quantity_goods_of_a_charged_deed_are_seized(text, lang, written, value):
    q = one(text, lang, written)
    assert (q.kind, q.value) == ("seizure", value)


def test_quantity_trafficking_only_alleged_stays_no_seizure():
    q = one("He is accused of trafficking 10 tonnes of cocaine over a decade.", "en", "10 tonnes of cocaine")
    assert q.kind == "count"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Troopers seized 40 kilo bricks of cocaine from the trunk.", "40 kilo bricks of cocaine"),
        ("Agents seized 25 kilogram packages of cocaine at the port.", "25 kilogram packages of cocaine"),
        ("Deputies seized 12 pound bundles of marijuana.", "12 pound bundles of marijuana"),
    ],
)
def test_quantity_packages_sized_by_a_unit_are_counted(text, written):
    q = one(text, "en", written)
    assert (q.value, q.unit, q.kind) == (int(written.split()[0]), None, "seizure")


def test_quantity_a_plural_unit_before_goods_still_weighs():
    q = one("Troopers seized 40 kilos of cocaine in bricks.", "en", "40 kilos of cocaine")
    assert (q.value, q.unit) == (40.0, "kg")


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("The commission intercepted cocaine in a container of fish. The drugs were packed in 1,040 slabs.", "en",
         "1,040 slabs"),
        ("Agents found marijuana hidden under a tarp in a pickup. Agents counted 52 bundles in all.", "en", "52 bundles"),
        ("Agents discovered cocaine concealed in the floor of the trailer. In total there were 120 bundles of the drug.",
         "en", "120 bundles of the drug"),
        ("Policías estatales aseguraron una camioneta en Tijuana. Dentro había 30 tabiques de cocaína.", "es",
         "30 tabiques de cocaína"),
    ],
)
def test_quantity_packages_of_goods_found_before_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_other_sacks_after_a_find_stay_counted():
    found = by_text("Agents found marijuana under a tarp. The truck also carried 200 bags of cement.", "en")
    assert found["200 bags"].kind == "count"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Detuvieron a tres hombres que viajaban en una camioneta con un arsenal: cinco armas largas, tres cortas y 1,500 "
         "cartuchos.", "es", "cinco armas largas"),
        ("Detuvieron a tres hombres que viajaban en una camioneta con un arsenal: cinco armas largas, tres cortas y 1,500 "
         "cartuchos.", "es", "1,500 cartuchos"),
        ("Troopers arrested two men with an arsenal: five rifles, three pistols and 900 rounds of ammunition.", "en",
         "five rifles"),
    ],
)
def test_quantity_list_after_an_arrest_with_a_load_is_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_list_after_a_colon_with_no_arrest_stays_counted():
    found = by_text("The minister met with two groups: five farmers and 30 traders.", "en")
    assert (found["five farmers"].kind, found["30 traders"].kind) == ("count", "count")


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("La Guardia Civil intervino hachís repartido en 105 fardos de unos 35 kilos cada uno.", "es", "35 kilos"),
        ("Officers seized meth packed in 500 packages of about 2 pounds each.", "en", "2 pounds"),
    ],
)
def test_quantity_weight_of_each_package_is_no_load(text, lang, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_load_each_arrested_man_carried_stays_seized():
    assert one("Two men were arrested with 5 kilos of cocaine each.", "en", "5 kilos of cocaine").kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Las Fuerzas Armadas decomisaron 1,500 kilos de cocaína en una lancha rápida. La droga venía en 60 sacos.", "es",
         "60 sacos"),
        ("Coast Guard crews seized cocaine from a go-fast boat. The drugs came in 45 bales.", "en", "45 bales"),
    ],
)
def test_quantity_packages_the_seized_goods_came_in_are_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_weight_of_pills_found_before_is_seized():
    text = ("Officers found the pills in 30 packages hidden in the quarter panels of his sedan. The pills weighed roughly "
            "33 kilograms, according to court records.")
    q = one(text, "en", "33 kilograms")
    assert (q.kind, q.value) == ("seizure", 33.0)


@pytest.mark.parametrize(
    ("text", "lang", "written", "code", "kind"),
    [
        ("The cocaine had an estimated street value of NZ$6.4 million.", "en", "NZ$6.4 million", "NZD", "money"),
        ("Federal police seized A$2.5 million in cash from the car.", "en", "A$2.5 million", "AUD", "seizure"),
        ("La DNCD ocupó RD$15 millones en efectivo en una vivienda de Santiago.", "es", "RD$15 millones", "DOP", "seizure"),
        ("La Policía decomisó 2 millones de lempiras en efectivo.", "es", "2 millones de lempiras", "HNL", "seizure"),
    ],
)
def test_quantity_dollars_and_pesos_of_other_countries(text, lang, written, code, kind):
    q = one(text, lang, written)
    assert (q.unit, q.kind) == (code, kind)


def test_quantity_dominican_occupied_goods_are_seized():
    assert one("Agentes de la DNCD ocuparon 300 paquetes de marihuana en Punta Cana.", "es",
               "300 paquetes de marihuana").kind == "seizure"
