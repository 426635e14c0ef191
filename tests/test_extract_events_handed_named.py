"""Events, stop 41: one arrested and handed over unnamed, then named in the arrest told again, is the one handed over."""

from __future__ import annotations

from _event_helpers import event_dicts

HANDED = ("A man wanted in the shooting death of an El Paso police officer was arrested in Ciudad Juárez and handed over "
          "to U.S. authorities at the Paso del Norte bridge on Wednesday, officials said. Chihuahua state agents arrested "
          "Luis Alberto Sotelo, 31, on Tuesday at a home in the Riberas del Bravo neighborhood.")


def test_the_one_handed_over_is_the_one_the_next_arrest_names():
    sent = [e for e in event_dicts(HANDED, "2026-12-07") if e["type"] == "extradition"]
    assert sent and sent[0]["participants"] == ["Luis Alberto Sotelo"], sent


def test_one_handed_over_by_name_keeps_his_name():
    text = ("Mexico handed over Juan Pérez Soto to U.S. authorities at the Paso del Norte bridge on Wednesday. Chihuahua "
            "state agents arrested Luis Alberto Sotelo, 31, on Tuesday at a home in Ciudad Juárez.")
    sent = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "extradition"]
    assert all("Luis Alberto Sotelo" not in e["participants"] for e in sent), sent
