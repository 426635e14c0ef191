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
