"""Events: a pledge to meet, a second meeting counted a day on, a body that reports others' meeting."""

from __future__ import annotations

from test_extract_events import _events


def test_a_pledge_to_meet_every_quarter_is_a_commitment_of_its_day_es():
    text = ("Los ministros de Gobernación de Guatemala, Francisco Jiménez, y de Seguridad de Honduras, Gerzon Velásquez, "
            "se comprometieron este lunes a reunirse cada tres meses para evaluar los operativos en la frontera.")
    events = _events(text, "2025-03-04")
    (pledge,) = [e for e in events if e["type"] == "commitment"]
    assert pledge["date"] == "2025-03-03" and not pledge["planned"]
    assert {"Francisco Jiménez", "Gerzon Velásquez"} <= set(pledge["participants"])
    assert [e["planned"] for e in events if e["type"] == "meeting"] == [True]


def test_a_pledge_keeps_no_place_of_the_meeting_pledged_es():
    text = ("El canciller Juan Ramón de la Fuente y el secretario Marco Rubio se comprometieron el martes a reunirse de "
            "nuevo en marzo en la Ciudad de México.")
    (pledge,) = [e for e in _events(text, "2026-12-16") if e["type"] == "commitment"]
    assert (pledge["date"], pledge["place"]) == ("2026-12-15", None)


def test_agreeing_to_meet_is_still_no_agreement():
    text = "Foreign Minister Alicia Bárcena and Secretary Antony Blinken agreed to meet again in January."
    assert [e["type"] for e in _events(text, "2024-10-08")] == ["meeting"]
