"""Sanctions matching of common names written short of a list entry's second family name (issue 12, round 10)."""

from __future__ import annotations

from _sanctions_helpers import listed, person

from pesquisa.resolve.sanctions import MentionContext


def test_resolve_sanctions_a_common_name_in_a_courtroom_is_no_listed_person_issue_12(sdn_index):
    # "A third defendant, Luis Sánchez, a notary public in Los Mochis, is charged with structuring": thousands are
    # named Luis Sánchez; SANCHEZ ARELLANO, Luis Fernando is not found by the role and the charge alone
    notary = MentionContext("A third defendant, ", "Luis Sánchez", ", a notary public in Los Mochis, is charged with",
                            "2025-03-06")
    assert listed(sdn_index, person("Luis Sánchez", titles=("defendant",), contexts=(notary,))) == []
    acusado = MentionContext("El acusado ", "Sergio Hernández", " fue vinculado a proceso por narcotráfico.", "2025-08-07")
    assert listed(sdn_index, person("Sergio Hernández", contexts=(acusado,))) == []


def test_resolve_sanctions_a_common_name_with_the_entrys_alias_still_fits_issue_12(sdn_index):
    # "Sergio Hernández, alias 'Chavelo'": the a.k.a. of HERNANDEZ MAZON, Sergio Isaias is the entry's own
    chavelo = MentionContext("", "Sergio Hernández", ', alias "Chavelo", was charged', "2025-08-07")
    assert listed(sdn_index, person("Sergio Hernández", aliases=("Chavelo",), contexts=(chavelo,))) == ["37261"]
    # a rarer name still fits on the trade beside it
    plea = MentionContext("", "Ovidio Guzman", " pleaded guilty last week in a Chicago courtroom.", "2025-07-14")
    assert listed(sdn_index, person("Ovidio Guzman", contexts=(plea,))) == ["13149"]


def test_resolve_sanctions_both_family_names_and_an_alias_of_the_entry_issue_12(sdn_index):
    # "Cruz Sánchez Medrano, alias "Cruzita"" read as a place and "Sánchez Medrano": her family names and her a.k.a.
    cruzita = MentionContext("", "Sánchez Medrano", ', alias "Cruzita", quien según el Tesoro administra', "2024-11-12")
    assert listed(sdn_index, person("Sánchez Medrano", aliases=("Cruzita",), contexts=(cruzita,))) == ["21584"]
    assert listed(sdn_index, person("Sánchez Medrano", contexts=(cruzita,))) == []  # the family names alone
    # named with another given name ("Pedro Sánchez", a grocer grouped with her): not her entry
    assert listed(sdn_index, person("Pedro Sánchez", aliases=("Sánchez Medrano", "Cruzita"), contexts=(cruzita,))) == []
