"""Events, stop 42: a seat of government a meeting is held in is its place, not one of its participants."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text, place", [
    ("President Bernardo Arevalo on Wednesday received Honduran Security Minister Gerzon Velásquez at the National "
     "Palace of Culture to discuss gang extortion.", "National Palace of Culture"),
    ("El presidente Bernardo Arévalo recibió este miércoles en el Palacio Nacional de la Cultura al ministro de "
     "Seguridad de Honduras, Gerzon Velásquez.", "National Palace of Culture"),
    ("El presidente Gustavo Petro recibió este martes en la Casa de Nariño al ministro de Defensa de Ecuador, "
     "Gian Carlo Loffredo.", "Casa de Nariño"),
])
def test_a_seat_of_government_is_the_place_of_a_meeting(text, place):
    meetings = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "meeting"]
    assert meetings and meetings[0]["place"] == place, meetings
    assert place not in meetings[0]["participants"] and meetings[0]["organizer"] != place, meetings
