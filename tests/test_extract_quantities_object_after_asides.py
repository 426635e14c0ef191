"""Quantities, round 33: the first thing a seizure verb takes past asides of place or time between commas is seized
("aseguró en inmediaciones de Isla Socorro, Colima, dos embarcaciones menores"); a clause of its own after the verb
takes nothing from it."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("Personal de la Secretaría de Marina aseguró en inmediaciones de Isla Socorro, Colima, dos embarcaciones menores, "
         "ocho bidones con combustible y 1,730 kilogramos de cocaína.", "es", "dos embarcaciones menores"),
        ("Agents seized, in a raid on Tuesday in Nogales, two trucks and a trailer.", "en", "two trucks"),
    ],
)
def test_quantity_the_first_thing_seized_past_asides_is_seized(text, lang, written):
    assert one(text, lang, written).kind == "seizure"


def test_quantity_a_clause_after_the_verb_takes_nothing_from_it():
    found = by_text("Officers seized 40 kilos of cocaine at the port, where three vessels were docked. Agents seized, in "
                    "Nogales, two trucks.", "en")
    assert (found["three vessels"].kind, found["two trucks"].kind) == ("count", "seizure")
