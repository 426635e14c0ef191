"""Event dates (dates round 4): "Los tres detenidos pasaron ayer a disposición judicial" names the arrested by a count,
no new arrest, so the day of their hearing dates no arrest."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_counted_detainees_before_a_hearing_date_no_arrest():
    text = ("Cae en Vigo una red que introducía cocaína\n\n"
            "La Guardia Civil detuvo el pasado domingo a tres personas en el puerto de Vigo, según informó este "
            "viernes la Subdelegación del Gobierno.\n\n"
            "Los tres detenidos pasaron ayer a disposición judicial en el juzgado de guardia de Vigo.")
    dates = [e["date"] for e in event_dicts(text, "2026-12-04") if e["type"] == "arrest"]
    assert "2026-11-29" in dates
    assert "2026-12-03" not in dates
