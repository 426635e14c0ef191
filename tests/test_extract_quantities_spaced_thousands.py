"""Quantities, round 35: a figure whose thousands a blank sets apart ("1 200 kilos", a thin or no-break space) reads
whole; two separate numbers never glue, nor a row of a table."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written", "value"),
    [
        ("La Marina aseguró 1 200 kilos de cocaína en el puerto de Manzanillo.", "es", "1 200 kilos de cocaína", 1200),
        ("Los agentes decomisaron 3 000 kg de metanfetamina en un almacén.", "es", "3 000 kg de metanfetamina", 3000),
        ("Les incautaron 1 200 000 pesos en efectivo.", "es", "1 200 000 pesos", 1_200_000),
        ("La Guardia Civil intervino 2\u00a0500 kilos de hachís en una nave.", "es", "2\u00a0500 kilos de hachís", 2500),
        ("Customs officers seized 1\u202f350 kilograms of cocaine at the port.", "en", "1\u202f350 kilograms of cocaine", 1350),
        ("El aseguramiento de 1 500 millones de pesos.", "es", "1 500 millones de pesos", 1_500_000_000),
    ],
)
def test_quantity_blank_grouped_thousands_read_whole(text, lang, written, value):
    assert one(text, lang, written).value == value


def test_quantity_a_year_before_a_spaced_figure_stays_apart():
    found = by_text("En 2024 1 200 kilos de cocaína fueron asegurados en Sinaloa.", "es")
    assert found["1 200 kilos de cocaína"].value == 1200
    assert not any(q.value > 1_000_000 for q in found.values())


def test_quantity_a_range_to_a_spaced_figure_keeps_its_ends():
    found = by_text("Se calcula que entre 2 y 3 000 personas huyeron de la sierra.", "es")
    assert all(q.value <= 3000 for q in found.values())


def test_quantity_a_table_row_of_figures_is_no_spaced_figure():
    found = by_text("Homicidios por mes\nEnero 120 135 150 160\nFebrero 110 120 130 140\n", "es")
    assert all(q.value < 1000 for q in found.values())


def test_quantity_a_long_run_of_groups_ending_round_is_one_figure():
    assert one("El decomiso de 1 200 000 000 pesos fue el mayor del año.", "es", "1 200 000 000 pesos").value == 1.2e9
