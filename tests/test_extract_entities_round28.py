"""People, organizations and places on hand-written pages of round 28 (Central American and Colombian names of two
given names and two surnames).

None is taken from the shared evaluation corpus (only the quality gate reads it).
"""

from __future__ import annotations

import pytest
from _entity_helpers import entity_names


@pytest.mark.parametrize("text, person", [
    ("Police Director Mauricio Arriaza Chicas said Wilfredo Antonio Henríquez Menjívar, known as 'El Diablo', was "
     "arrested near the border.", "Wilfredo Antonio Henríquez Menjívar"),
])
def test_entities_first_given_name_cut_off_its_person_joins_it(nlp_en, text, person):
    people = entity_names(nlp_en, text, "person")
    assert person in people, people


@pytest.mark.parametrize("text, person", [
    ("Police said Nelson Ernesto Portillo Ayala was detained in Soyapango.", "Nelson Ernesto Portillo Ayala"),
])
def test_entities_whole_name_of_two_given_names_is_a_person(nlp_en, text, person):
    assert person in entity_names(nlp_en, text, "person")
    assert person not in entity_names(nlp_en, text, "organization")
