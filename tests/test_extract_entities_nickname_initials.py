"""A quoted nickname inside a name opened by initials or closed by a middle initial, as US local news writes its
sheriffs and judges ('Sheriff J.E. "Eddie" Guerra', 'Judge Richard F. "Richard" Cortez'): one person, the nickname
his alias; the surname alone later is the same man, no organization. Hand-written EN sentences."""

from __future__ import annotations

from _entity_helpers import entity_mentions


def _people(nlp, text: str) -> dict[str, list[str]]:
    return {name: mentions for (kind, name), mentions in entity_mentions(nlp, text).items() if kind == "person"}


def test_entities_initials_before_a_quoted_nickname_name_the_person(nlp_en):
    en = ('Cameron County Sheriff J.E. "Eddie" Rosales said deputies found the bundles in a pickup. Rosales said '
          "the driver ran into the brush.")
    found = entity_mentions(nlp_en, en)
    assert ("organization", "Rosales") not in found
    people = _people(nlp_en, en)
    assert [name for name in people if "Rosales" in name] == ["J.E. Rosales"]
    assert "Eddie" in people["J.E. Rosales"]


def test_entities_spaced_initials_before_a_quoted_nickname(nlp_en):
    en = 'Sheriff J. R. "Bobby" Delgado told reporters the checkpoint would stay open.'
    assert "J. R. Delgado" in _people(nlp_en, en)


def test_entities_middle_initial_before_a_quoted_nickname_keeps_the_surname(nlp_en):
    en = 'Starr County Judge Eloy M. "Lolo" Vera said the county would ask the state for help.'
    people = _people(nlp_en, en)
    assert "Eloy Vera" in people
    assert "Lolo" in people["Eloy Vera"]
