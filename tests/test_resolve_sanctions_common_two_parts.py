"""A list name or a.k.a. of two common parts alone ("IBRAHIM, Mohammed", an a.k.a. of an Iranian entry): written whole
in the news ("Senior inspector Mohammed Ibrahim of the police station"), it is borne by thousands and needs something
of the entry's own beside it; a rarer name of two parts still fits whole. Hand-written names."""

from __future__ import annotations

from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import MentionContext


def test_common_two_part_aka_alone_is_no_match(sdn_index):
    inspector = person("Mohammed Ibrahim", titles=("Senior inspector",))
    assert listed(sdn_index, inspector) == []
    assert listed(sdn_index, person("Mohammad Ibrahim")) == []


def test_common_two_part_aka_with_the_entrys_birth_year(sdn_index):
    said = MentionContext(before="Officials named ", text="Mohammed Ibrahim", after=", 46, as the buyer.",
                          published="2024-06-01")
    assert listed(sdn_index, person("Mohammed Ibrahim", contexts=(said,))) == ["21556"]


def test_rarer_two_part_names_still_fit(sdn_index):
    assert listed(sdn_index, person("Dawood Ibrahim")) == ["9758"]
    assert listed(sdn_index, person("Ian Dixon")) == ["34996"]
