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
