"""Event dates (evdates6, stop 42): the day of a teller that closes a Spanish sentence in the perfect ("La Guardia
Civil ha intervenido ..., ha informado este viernes el instituto armado"), which the parser may hang from the deed's
verb, is the day it was told, none of the seizure's or the arrest's."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_un_informante_en_perfecto_al_cierre_no_fecha_el_decomiso():
    text = ("Intervenidas 3,5 toneladas de hachís en una narcolancha\n\n"
            "La Guardia Civil ha intervenido 3,5 toneladas de hachís y ha detenido a cinco personas en la provincia de "
            "Sevilla, ha informado este viernes el instituto armado.\n\n"
            "Los detenidos ya han pasado a disposición judicial.")
    events = event_dicts(text, "2026-12-11")
    assert {e["type"] for e in events} >= {"seizure", "arrest"}
    assert all(e["date"] != "2026-12-11" for e in events if e["type"] in {"seizure", "arrest"})


def test_extract_events_a_clause_on_the_event_itself_keeps_its_day():
    text = ("Sheinbaum y Trump conversan por teléfono\n\n"
            "La llamada que sostuvieron el martes la presidenta Claudia Sheinbaum y el presidente Donald Trump duró "
            "cuarenta minutos, informó la Presidencia.")
    assert [e["date"] for e in event_dicts(text, "2026-12-11") if e["type"] == "call"][-1] == "2026-12-08"
