"""An English title whose head comes before a phrase ("a chemistry professor at a university", "the ministry's
spokeswoman for Asia"): the head word names the office, evidence against a narcotics entry of the same name; a
title that tells of the trade ("an agent for the cartel") is none. Hand-written titles."""

from __future__ import annotations

import pytest
from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import title_side


@pytest.mark.parametrize(("title", "side"), [
    ("chemistry professor at Peking University quoted by state media", "office"),
    ("senior researcher at a Beijing think tank", "office"),
    ("deputy spokesman for the foreign ministry", "office"),
    ("security analyst with a consultancy in Mexico City", "office"),
    ("longtime agent for the Sinaloa cartel in Chicago", None),  # the trade, not an office
    ("owner of a restaurant in Culiacán", None),  # a post a company has as well
])
def test_head_before_phrase(title, side):
    assert title_side(title) == side


def test_professor_is_not_the_listed_chemist(sdn_index):
    professor = person("Hongfei Wang", titles=("chemistry professor at a university in Beijing",))
    assert listed(sdn_index, professor) == []
    assert listed(sdn_index, person("Wang Hongfei")) == ["41297"]
