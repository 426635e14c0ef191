"""Quantities, round 26: figures of tables flattened to lines, price and production estimates, money-laundering and
migrant-smuggling tallies."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("es", "Estado | Variación\nSonora | -4.2%\nBaja California | 1.8%\n", "-4.2%", -4.2),
        ("en", "County | Change\nPima | 7.5%\nDown from last year | 2%\n", "7.5%", 7.5),
    ],
)
def test_quantity_a_table_cell_takes_no_change_word_from_the_next_row(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.value, q.kind) == (value, "statistic")


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "Heroin output reached 1,100 tons, nearly a third higher than in 2022.", "a third higher", 100 / 3),
        ("en", "Fentanyl seizures at the border were about a fifth lower than the year before.", "a fifth lower", -20),
        ("es", "Los decomisos de cocaína fueron un cuarto menos que en 2024.", "un cuarto menos", -25),
        ("es", "La extorsión denunciada fue dos tercios superior a la del sexenio anterior.", "dos tercios", 200 / 3),
    ],
)
def test_quantity_a_fraction_before_a_comparative_is_the_size_of_a_change(lang, text, written, value):
    q = one(text, lang, written)
    assert q.kind == "statistic"
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "La familia rentó un cuarto más grande en Tijuana."), ("es", "El agente llegó un cuarto más tarde.")],
)
def test_quantity_a_room_or_a_quarter_hour_before_mas_is_no_change(lang, text):
    assert by_text(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "A Coast Guard cutter stopped a go-fast boat off Aruba. The three men aboard were taken into custody.",
         "three men"),
        ("en", "Deputies stopped a pickup on Highway 83. The two men inside were later arrested.", "two men"),
        ("en", "Troopers stopped a van near Uvalde. The four women were taken into custody.", "four women"),
        ("es", "La Marina interceptó una lancha frente a Oaxaca. Los cuatro tripulantes a bordo fueron detenidos.",
         "cuatro tripulantes"),
    ],
)
def test_quantity_people_aboard_taken_by_an_arrest_are_counted(lang, text, written):
    q = one(text, lang, written)
    assert q.kind == "count"


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Según el registro nacional, en Jalisco hay 15 mil 300 personas sin localizar.", "15 mil 300 personas", 15300),
        ("Al menos 43 jóvenes siguen sin ser localizados desde 2023.", "43 jóvenes", 43),
    ],
)
def test_quantity_people_still_missing_are_a_statistic(text, written, value):
    q = one(text, "es", written)
    assert (q.value, q.kind) == (value, "statistic")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("en", "Sonora reported 1,450 homicide victims, followed by Chihuahua with nearly 1,200.", "1,200"),
        ("es", "Guerrero sumó 1,380 víctimas de homicidio, seguido de Morelos con casi mil 100.", "mil 100"),
        ("es", "Zacatecas registró 900 personas desaparecidas, seguido de Sonora con alrededor de 870.", "870"),
    ],
)
def test_quantity_the_next_place_of_a_ranking_keeps_its_noun_past_a_hedge(lang, text, written):
    q = one(text, lang, written)
    assert q.kind == "statistic"
    assert q.item is not None


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "Fentanyl deaths by county, 2025:\nPima | 377\nMaricopa | 1,104\n", "1,104", 1104),
        ("es", "Víctimas de homicidio por municipio, enero-octubre:\n\nCeleya | 388\nLeón | 341\n", "388", 388),
    ],
)
def test_quantity_a_headless_table_takes_what_its_introducing_line_counts(lang, text, written, value):
    q = one(text, lang, written)
    assert (q.value, q.kind) == (value, "statistic")
    assert q.item is not None


def test_quantity_a_table_with_a_header_row_keeps_its_header():
    q = one("Decomisos por aduana:\nAduana | Armas\nNogales | 310\nSonoyta | 95\n", "es", "310")
    assert q.item == "firearms"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Arizona recorded 1,490 fentanyl overdose deaths in 2025, the state said.", "1,490 fentanyl overdose deaths"),
        ("The county logged 312 fentanyl-related deaths last year.", "312 fentanyl-related deaths"),
    ],
)
def test_quantity_deaths_a_drug_caused_are_a_statistic_not_goods(text, written):
    q = one(text, "en", written)
    assert q.kind == "statistic"


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "La Marina interceptó una lancha con 600 kilos de cocaína y detuvo a los cuatro hombres a bordo.",
         "cuatro hombres"),
        ("en", "Deputies stopped the pickup on Interstate 35 and arrested the two men inside.", "two men"),
    ],
)
def test_quantity_people_an_active_arrest_takes_after_the_article_are_counted(lang, text, written):
    assert one(text, lang, written).kind == "count"


def test_quantity_people_counted_before_and_then_arrested_add_no_fact():
    text = "Dos hombres huyeron en una camioneta. Horas después, la policía detuvo a los dos hombres en Tepic."
    assert [q.text for q in by_text(text, "es").values()] == ["Dos hombres"]


@pytest.mark.parametrize(
    ("lang", "text", "written", "value", "item"),
    [
        ("en", "Fentanyl seizures by port, fiscal year 2025 (pounds):\nNogales | 2,000\nSan Diego | 1,500\n", "2,000",
         907.18474, "fentanyl"),
        ("es", "Aseguramientos de cocaína por estado (toneladas):\n\nSinaloa | 4.2\nSonora | 1.5\n", "4.2", 4200, "cocaine"),
    ],
)
def test_quantity_a_headless_table_weighs_its_figures_in_the_unit_its_introducing_line_names(
        lang, text, written, value, item):
    q = one(text, lang, written)
    assert (q.unit, q.item, q.kind) == ("kg", item, "seizure")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Los robos a transportistas fueron casi un quinto menor que en 2024.", "un quinto menor", -20),
        ("Un quinto de la cocaína que llega al país entra por Manzanillo.", "Un quinto de la cocaína", 20),
    ],
)
def test_quantity_a_fifth_in_spanish_is_a_share_or_a_change(text, written, value):
    q = one(text, "es", written)
    assert q.kind == "statistic"
    assert q.value == pytest.approx(value)


def test_quantity_a_fifth_floor_or_place_is_no_share():
    assert by_text("El detenido vivía en un quinto piso y quedó en quinto lugar del torneo.", "es") == {}


def test_quantity_a_headless_table_under_a_line_opening_with_its_goods_weighs_them():
    text = "Methamphetamine seized at Texas ports, fiscal 2025 (pounds):\nLaredo | 3,000\nPharr | 1,250\n"
    q = one(text, "en", "3,000")
    assert (q.unit, q.item, q.kind) == ("kg", "methamphetamine", "seizure")
    assert q.value == pytest.approx(1360.77711)
