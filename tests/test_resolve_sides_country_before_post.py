"""A post written after its country's name ("U.S. Secretary of State Marco Rubio", "Mexico's Secretary of the Navy")
is an office, as the post alone is: the official a headline also calls something else ("security chief meets Rubio"
read as his title) is not put on the drug trade's side alone, and stays one person with the Spanish paper's "el
secretario de Estado, Marco Rubio". Hand-written EN and ES titles."""

from __future__ import annotations

import pytest

from pesquisa.resolve.entities import EntityRef, resolve_entities
from pesquisa.resolve.sanctions import title_side


@pytest.mark.parametrize("title", ["U.S. Secretary of State", "US Secretary of Homeland Security",
                                   "Mexico's Secretary of the Navy", "Colombian Minister of Defense"])
def test_resolve_a_post_after_its_country_is_an_office(title: str):
    assert title_side(title) == "office"


@pytest.mark.parametrize("title", ["Colombian trafficker", "U.S.", "Mexican"])
def test_resolve_a_country_alone_or_before_a_trade_role_is_no_office(title: str):
    assert title_side(title) != "office"


def test_resolve_a_secretary_after_his_country_is_one_person_across_outlets():
    wire = EntityRef("wire", "p1", "person", "Marco Rubio", forms=["Marco Rubio", "Rubio"],
                     titles=["chief meets", "U.S. Secretary of State"])
    paper = EntityRef("paper", "p1", "person", "Marco Rubio", forms=["Marco Rubio", "Rubio"],
                      titles=["secretario de Estado de Estados Unidos"])
    assert len(resolve_entities([wire, paper])) == 1


def test_resolve_a_police_commissioner_is_not_the_trafficker_of_his_name():
    # "Rogelio Beltrán Quiñónez, alias «El Jardinero»" in one paper; "el comisario Rogelio Beltrán" named to head a
    # town's police in another
    assert title_side("El comisario") == "office"
    boss = EntityRef("fiscalia", "p1", "person", "Rogelio Beltrán Quiñónez",
                     forms=["Rogelio Beltrán Quiñónez", "El Jardinero", "Beltrán Quiñónez"])
    chief = EntityRef("heraldo", "p1", "person", "Rogelio Beltrán", forms=["Rogelio Beltrán"], titles=["El comisario"])
    assert len(resolve_entities([boss, chief])) == 2
