"""Quantities, round 24: people after "the" who are the subject of their own arrest, named for the first time."""

from __future__ import annotations

import pytest
from _quantity_helpers import by_text, one


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("es", "La patrulla marcó el alto a una embarcación rápida. Las cuatro mujeres fueron aprehendidas en el muelle.",
         "cuatro mujeres"),
        ("en", "Agents boarded a fishing boat off Baja California. The five passengers were later arrested in Ensenada.",
         "five passengers"),
    ],
)
def test_quantity_people_named_first_as_the_subject_of_their_arrest_are_counted(lang, text, written):
    q = one(text, lang, written)
    assert (q.value, q.kind) == (5 if lang == "en" else 4, "count")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Dos hombres escaparon tras el choque en la carretera. Los dos hombres fueron detenidos horas después.",
         ["Dos hombres"]),
        ("en", "The two countries were caught off guard by the report.", []),
    ],
)
def test_quantity_people_named_again_before_their_arrest_add_no_fact(lang, text, expected):
    assert list(by_text(text, lang)) == expected
