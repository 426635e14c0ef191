"""Dates (evdates6, stop 42): a stretch of days told by its two ends ("between Oct. 1 and Oct. 15", "entre el 20 y el
28 de noviembre", "del 3 al 9 de diciembre") dates what happened in it by the month they share, no end's day."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract_dates(text, published="2026-12-05")]


def test_extract_dates_the_ends_of_a_stretch_read_as_their_month():
    assert _values("Between Oct. 1 and Oct. 15, authorities seized more than 1.5 tons of meth.") == [
        ("Oct. 1", "2026-10"), ("Oct. 15", "2026-10")]
    assert _values("una operación desarrollada entre el 20 y el 28 de noviembre en Sevilla") == [
        ("28 de noviembre", "2026-11")]
    assert _values("del 3 al 9 de diciembre se decomisaron 40 armas") == [("9 de diciembre", "2026-12")]
    assert _values("from Nov. 28 to Dec. 4, agents seized 30 rifles") == [("Nov. 28", "2026"), ("Dec. 4", "2026")]


def test_extract_dates_two_days_of_two_deeds_stay_days():
    assert _values("He was arrested on Nov. 3 and extradited on Dec. 1.") == [
        ("Nov. 3", "2026-11-03"), ("Dec. 1", "2026-12-01")]


def test_extract_events_an_operation_over_a_stretch_takes_no_end_day():
    text = ("Intervenidas 3,5 toneladas de hachís en el Guadalquivir\n\n"
            "La Guardia Civil intervino 3,5 toneladas de hachís y detuvo a cinco personas en una operación desarrollada "
            "entre el 20 y el 28 de noviembre en la provincia de Sevilla.\n\n"
            "Los detenidos ya han pasado a disposición judicial.")
    dates = [e["date"] for e in event_dicts(text, "2026-12-05") if e["type"] in {"seizure", "arrest"}]
    assert dates and "2026-11-28" not in dates
