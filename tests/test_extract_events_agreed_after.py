"""Events, stop 41: an agreement a lead tells as reached after a meeting is of the people of the meeting told next."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text, person", [
    ("The United States and Mexico agreed on Tuesday to create a working group on arms trafficking, officials said "
     "after a meeting in Mexico City. U.S. Deputy Secretary of State Christopher Landau met with Mexican Foreign "
     "Minister Juan Ramón de la Fuente at the Foreign Ministry.", "Christopher Landau"),
    ("México y Estados Unidos acordaron este martes crear un grupo de trabajo contra el tráfico de armas, tras una "
     "reunión en la Ciudad de México. El subsecretario de Estado Christopher Landau se reunió con el canciller Juan "
     "Ramón de la Fuente en la Cancillería.", "Christopher Landau"),
])
def test_an_agreement_after_a_meeting_is_of_its_people(text, person):
    deals = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "agreement"]
    assert deals and person in deals[0]["participants"], deals


@pytest.mark.parametrize("text", [
    "The United States and Mexico agreed on Tuesday to create a working group on arms trafficking. Separately, "
    "Christopher Landau met with Juan Ramón de la Fuente at the Foreign Ministry.",
    "The United States and Mexico agreed on Tuesday to create a working group after a meeting in Mexico City. Landau "
    "will meet Juan Ramón de la Fuente again in January.",
])
def test_an_agreement_not_told_after_a_meeting_takes_no_people(text):
    deals = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "agreement"]
    assert all("Christopher Landau" not in e["participants"] and "Landau" not in e["participants"] for e in deals)
