"""Events, stop 41: a teller the quote links to no entity is no party; teams who will meet again, not who tells it."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_state_prosecutors_who_tell_an_attack_are_no_side():
    text = ("Four men were killed Sunday in a gunfight between rival cells in a neighborhood of Ciudad Obregón, Sonora "
            "state prosecutors said.")
    attacks = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "attack"]
    assert attacks and not attacks[0]["participants"], attacks


def test_teams_who_will_meet_again_not_the_president_who_tells_it():
    text = "La presidenta Sheinbaum dijo que los equipos técnicos de ambos gobiernos volverán a reunirse en febrero."
    meetings = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "meeting"]
    assert meetings and "Sheinbaum" not in " ".join(p or "" for p in meetings[0]["participants"]), meetings


def test_the_president_who_will_meet_again_takes_part():
    text = "Sheinbaum dijo que volverá a reunirse con Trump en febrero."
    meetings = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "meeting"]
    assert meetings and "Sheinbaum" in meetings[0]["participants"], meetings
