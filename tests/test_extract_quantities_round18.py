"""Quantities, round 18: a measure converted in brackets with a hedge and its goods after the bracket, the other end of a
comparison given without its unit, a ranking of places told as prose after "le siguen", pills listed before another
figure's drug, and a share lost or wiped out."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written", "value", "item"),
    [
        ("en", "Authorities seized 2.3 million liters (about 608,000 gallons) of stolen fuel in the period.",
         "2.3 million liters", 2_300_000, "fuel"),
        ("en", "Officers found 45 kilos (99 pounds) of cocaine in the car.", "45 kilos", 45, "cocaine"),
        ("en", "Officers found 45 kilos (99 pounds) of cocaine and 12 pounds (5.4 kilograms) of fentanyl.",
         "12 pounds", 5.443108, "fentanyl"),
    ],
)
def test_quantity_bracketed_conversion_is_one_measure_of_the_goods_after_it(lang, text, written, value, item):
    found = by_text(text, lang)
    q = one(text, lang, written)
    assert (q.kind, q.value, q.item) == ("seizure", value, item)
    assert not any(t.startswith(("608,000", "99 pounds", "5.4 kilograms")) for t in found)


def test_quantity_list_goes_on_after_a_bracketed_conversion():
    text = "Authorities seized 2.3 million liters (about 608,000 gallons) of stolen fuel in the period, along with 214 tanker trucks."
    assert one(text, "en", "214 tanker trucks").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "El robo se estima en 3 millones de litros en el semestre, frente a 2.5 millones en el mismo lapso.",
         "2.5 millones", 2_500_000),
        ("en", "Thieves took 40,000 liters in March, compared with 25,000 in February.", "25,000", 25_000),
    ],
)
def test_quantity_other_end_of_a_comparison_takes_the_unit(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.unit, q.value) == ("l", value)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Puebla encabeza la lista con 2 mil 98 tomas clandestinas; le siguen Hidalgo, con mil 734; Estado de México, "
               "con mil 215, y Jalisco, con 402.", "mil 215"),
        ("en", "Sonora led with 310 illegal taps; then came Sinaloa, with 205, and Durango, with 98.", "98"),
    ],
)
def test_quantity_ranking_told_as_prose_after_le_siguen(lang, text, written):
    q = one(text, lang, written)
    assert q.item is not None and q.item.split()[0] in ("tomas", "illegal")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Agents seized 300 pills and 2 kilos of cocaine.", "300 pills"),
        ("es", "Aseguraron 500 pastillas y 3 kilos de cocaína.", "500 pastillas"),
    ],
)
def test_quantity_pills_listed_before_another_figures_drug_do_not_hold_it(lang, text, written):
    q = one(text, lang, written)
    assert "cocaine" not in (q.item or "")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "The scandal ended up wiping out a fifth of its market value.", "a fifth"),
        ("en", "The peso lost 4% against the dollar.", "4%"),
        ("es", "El peso perdió 4 por ciento frente al dólar.", "4 por ciento"),
    ],
)
def test_quantity_share_lost_or_wiped_out_is_a_fall(lang, text, written):
    assert one(text, lang, written).value < 0


def test_quantity_packages_with_the_weight_of_a_drug_hold_it():
    text = "Interceptaron una lancha que transportaba 90 bultos con aproximadamente 2 toneladas de cocaína."
    assert one(text, "es", "90 bultos").item == "cocaine packages"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Mexico Loses Billions to Fuel Smuggling, Study Finds.\n\nRoughly 90,000 barrels of diesel entered "
               "the country last year without paying the tax.", "90,000 barrels of diesel"),
        ("es", "Un estudio encontró combustible de contrabando en 3 de cada 10 gasolineras.\n\nUnos 90 mil barriles de diésel "
               "entran al país sin pagar impuestos.", "90 mil barriles de diésel"),
    ],
)
def test_quantity_what_a_study_finds_is_no_discovery(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_goods_found_by_agents_after_a_study_are_still_seized():
    text = "Agents found fuel hidden in a warehouse.\n\nThe load came to 40,000 liters of diesel."
    assert one(text, "en", "40,000 liters of diesel").kind == "seizure"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "Las víctimas sumaron 531, de las cuales 389 fueron hombres y 142 mujeres.", "142 mujeres"),
        ("en", "The victims numbered 531, of whom 389 were men and 142 women.", "142 women"),
    ],
)
def test_quantity_groups_a_statistic_splits_into_are_its_parts(lang, text, written):
    assert one(text, lang, written).kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written", "item"),
    [
        ("es", "Se aseguraron 12 fusiles AK-47 y ocho calibre .223, además de 40 cargadores.", "ocho calibre .223", "firearms"),
        ("es", "Se aseguraron 12 armas largas y 3 calibre 9 mm.", "3 calibre 9 mm", "firearms"),
        ("en", "Agents seized 12 rifles and eight caliber .50, plus 40 magazines.", "eight caliber .50", "firearms"),
    ],
)
def test_quantity_figure_with_only_a_caliber_left_its_noun_out(lang, text, written, item):
    q = one(text, lang, written)
    assert (q.kind, q.item) == ("seizure", item)


def test_quantity_left_out_noun_after_a_figure_told_by_its_caliber():
    text = "Se aseguraron 19 armas largas. De las armas largas, 11 son calibre 7.62x39 mm y ocho calibre .223."
    q = one(text, "es", "ocho calibre .223")
    assert (q.kind, q.value, q.item) == ("seizure", 8, "firearms")


@pytest.mark.parametrize(
    "text",
    [
        "Entre el armamento había cuatro fusiles Barrett, un lanzagranadas y dos ametralladoras.",
        "En la bodega figuraban cuatro fusiles, una granada y tres pistolas.",
    ],
)
def test_quantity_one_listed_in_an_inventory_counts(text):
    found = by_text(text, "es")
    assert any(t.startswith(("un lanzagranadas", "una granada")) and q.value == 1 for t, q in found.items())


def test_quantity_an_article_after_an_inventory_verb_is_no_count():
    assert not any(q.value == 1 for q in by_text("En la casa había un hombre armado.", "es").values())


@pytest.mark.parametrize(
    ("lang", "text", "written", "kind", "item"),
    [
        ("es", "Aseguran en Culiacán arsenal con 50 armas largas y cortas; suman mil 900 en 2026", "mil 900", "seizure",
         "firearms"),
        ("en", "Troops seized 50 rifles in Culiacán, for a total of 1,900 this year.", "1,900", "seizure", "firearms"),
        ("es", "Se registraron 30 homicidios el fin de semana, suman 1,200 en el año.", "1,200", "statistic", "homicidios"),
    ],
)
def test_quantity_running_total_counts_the_same_things(lang, text, written, kind, item):
    q = one(text, lang, written)
    assert (q.kind, q.item) == (kind, item)
