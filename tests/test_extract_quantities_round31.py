"""Quantities, round 31: points of a change told without "percentage", goods and cash a court forfeits read alike in
English and Spanish, loads of drugs counted as runs."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("Drug arrests at the county line dropped 3.4 points over the same period.", "en", "3.4 points", 3.4),
        ("Trust in the state police rose 6 points to 48 percent.", "en", "6 points", 6.0),
        ("The unemployment rate posted a 1.8-percentage-point drop in the quarter.", "en", "1.8-percentage-point", 1.8),
        ("Its share of the budget shows a 4-point rise since 2022.", "en", "4-point", 4.0),
        ("Jobless claims rose 0.7 pp in March.", "en", "0.7 pp", 0.7),
        ("La confianza en la Guardia Nacional subió 5 puntos en un año.", "es", "5 puntos", 5.0),
        ("Los cuatro municipios sumaron 22.4% de los robos, 2.6 puntos menos que en enero.", "es", "2.6 puntos", 2.6),
        ("La informalidad retrocedió 1,3 p.p. en el trimestre.", "es", "1,3 p.p.", 1.3),
    ],
)
def test_quantity_points_of_a_change_are_percentage_points(text, lang, written, value):
    q = next(q for t, q in by_text(text, lang).items() if t.startswith(written))
    assert (q.kind, q.unit, abs(q.value)) == ("statistic", "pp", value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los soldados instalaron 4 puntos de revisión en la carretera.", "es"),
        ("Hubo al menos 3 puntos calientes en la colonia.", "es"),
        ("The governor presented a 12-point plan against extortion.", "en"),
    ],
)
def test_quantity_points_with_no_change_are_no_percentage_points(text, lang):
    assert all(q.unit != "pp" for q in by_text(text, lang).values())


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Three ranches were forfeited to the United States after the trial.", "en", "Three ranches"),
        ("The jury found that 5 properties are subject to forfeiture.", "en", "5 properties"),
        ("Una jueza decretó el decomiso de cuatro ranchos del exalcalde.", "es", "cuatro ranchos"),
        ("La Fiscalía obtuvo el decomiso de seis inmuebles en Zapopan.", "es", "seis inmuebles"),
        ("El juez de distrito decomisó siete casas a la red.", "es", "siete casas"),
    ],
)
def test_quantity_goods_a_court_forfeits_are_counted_in_both_languages(text, lang, written):
    assert one(text, lang, written).kind == "count"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("The brothers agreed Monday to forfeit two apartments, a boat and $265,000 in cash.", "en", "$265,000"),
        ("Los hermanos aceptaron el decomiso de dos departamentos, una lancha y 900 mil pesos en efectivo.", "es",
         "900 mil pesos"),
    ],
)
def test_quantity_cash_listed_after_forfeited_goods_is_money(text, lang, written):
    assert one(text, lang, written).kind == "money"


def test_quantity_goods_seized_at_the_scene_stay_seized():
    assert one("Deputies seized three houses and a truck in Eagle Pass.", "en", "three houses").kind == "seizure"
    assert one("Agents seized $700,000 in cash that prosecutors now seek to forfeit.", "en", "$700,000").kind == "seizure"
    assert one("Se aseguraron cinco casas en Navolato.", "es", "cinco casas").kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "loads", "weight"),
    [
        ("Officers seized 4 cocaine shipments weighing a combined 612 kilograms.", "en", "4 cocaine shipments",
         "612 kilograms"),
        ("En el año la Marina aseguró 17 cargamentos de cocaína con 9 toneladas en total.", "es", "17 cargamentos",
         "9 toneladas"),
    ],
)
def test_quantity_loads_of_drugs_are_counted_beside_the_weight_seized(text, lang, loads, weight):
    found = by_text(text, lang)
    assert next(q for t, q in found.items() if t.startswith(loads)).kind == "count"
    assert next(q for t, q in found.items() if t.startswith(weight)).kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written", "kilos"),
    [
        ("Los agentes aseguraron 3 kilos 400 gramos de cristal en la cajuela.", "es", "3 kilos 400 gramos de cristal", 3.4),
        ("Les aseguraron un kilo 800 gramos de cocaína.", "es", "un kilo 800 gramos de cocaína", 1.8),
        ("Deputies seized 1 kilogram 250 grams of heroin from the car.", "en", "1 kilogram 250 grams of heroin", 1.25),
    ],
)
def test_quantity_a_smaller_unit_right_after_a_measure_adds_to_it(text, lang, written, kilos):
    q = one(text, lang, written)
    assert (q.kind, q.unit, round(q.value, 3)) == ("seizure", "kg", kilos)


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Officers seized 300 pounds of meth in May. At the bridges, officers processed 1.9 million travelers and "
         "51,200 cargo containers.", "en", "51,200 cargo containers"),
        ("La Marina aseguró 900 kilos de cocaína. En el centro de mensajería, personal naval revisó 6 mil paquetes.",
         "es", "6 mil paquetes"),
    ],
)
def test_quantity_packages_officers_inspect_hold_no_drug_told_before(text, lang, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_packages_found_after_an_inspection_still_hold_the_drug():
    text = "La Marina aseguró 2 toneladas de cocaína. Los marinos revisaron la lancha y localizaron 35 paquetes."
    assert one(text, "es", "35 paquetes").kind == "seizure"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Extortion reports fell 4% from October.\n\nFive states accounted for 52 percent of them.", "en", "Five states"),
        ("The last raid came in November. 14 people were arrested.", "en", "14 people"),
        ("Los secuestros bajaron 8% respecto a julio.\nSiete estados concentraron la mitad.", "es", "Siete estados"),
    ],
)
def test_quantity_a_figure_opening_the_sentence_after_a_month_is_no_day(text, lang, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_an_abbreviated_month_still_dates_its_day():
    assert by_text("Agents raided the ranch on Aug. 13 and Sept. 4.", "en") == {}


def test_quantity_rows_under_a_seized_row_are_seized_however_far_the_seizure():
    text = ("Officers at the Nogales port seized 1,310 pounds of methamphetamine.\n\nFentanyl: 88 lbs\n"
            "Methamphetamine: 1,310 lbs\nCocaine: 42 lbs\nHeroin: 6 lbs\n\nEncounters fell in the sector.")
    found = by_text(text, "en")
    assert [found[w].kind for w in ("88 lbs", "1,310 lbs", "42 lbs", "6 lbs")] == ["seizure"] * 4


@pytest.mark.parametrize(
    ("text", "lang", "last"),
    [
        ("Michoacán sumó 188 víctimas; Jalisco, 140, y Guerrero, 121.", "es", "121"),
        ("Sonora recorded 196 victims; Sinaloa, 190, and Zacatecas, 171.", "en", "171"),
    ],
)
def test_quantity_the_last_place_of_a_gapped_ranking_after_a_comma_and_y(text, lang, last):
    assert by_text(text, lang)[last].kind == "statistic"


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Agents in the Tucson Sector recorded 2,210 apprehensions in July, about 71 a day.", "en", "71"),
        ("La Patrulla Fronteriza reportó 6 mil 900 detenciones en agosto, unas 223 al día.", "es", "223"),
    ],
)
def test_quantity_a_bare_figure_a_day_after_a_total_is_its_average(text, lang, written):
    assert by_text(text, lang)[written].kind == "statistic"
