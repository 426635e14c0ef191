"""A "Senior" of the news is the father of a namesake son: where the list tells a family's father apart by his son's
mark ("KINAHAN JUNIOR, Christopher Vincent" beside KINAHAN, Christopher Vincent), another unmarked name of that
family is of the younger generation, so "Daniel Kinahan Senior" is nobody the list names. Hand-written names."""

from __future__ import annotations

import pytest
from _sanctions_helpers import listed, person


@pytest.mark.parametrize(("name", "uids"), [
    ("Daniel Kinahan Senior", []),
    ("Daniel Kinahan Snr", []),
    ("Daniel Kinahan", ["34982"]),
    ("Christopher Kinahan Senior", ["34980"]),  # the father the list tells apart
    ("Rafael Caro Quintero Sr.", ["6707"]),  # a family whose generations the list does not mark: as before
])
def test_senior_of_a_marked_family(sdn_index, name, uids):
    assert listed(sdn_index, person(name)) == uids
