"""Quantities, round 27: a cutter's return told with the drugs it was offloading."""

from __future__ import annotations

import pytest
from _quantity_helpers import one


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The cutter returned to its homeport on Friday, offloading about 23,500 pounds of cocaine.",
         "23,500 pounds of cocaine", 23500 * 0.45359237),
        ("Crews spent the morning unloading 9,800 kilograms of marijuana at the pier in San Diego.",
         "9,800 kilograms of marijuana", 9800),
    ],
)
def test_quantity_drugs_a_cutter_is_offloading_are_seized(text, written, value):
    q = one(text, "en", written)
    assert q.kind == "seizure"
    assert q.value == pytest.approx(value, rel=1e-3)
