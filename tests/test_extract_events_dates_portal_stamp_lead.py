"""Event dates (dates round 4): a place, a day and a clock time on a line of their own ("Sevilla, 03 Diciembre, 2026 -
12:10") are a portal's stamp, which dates the page: the lead's undated arrest takes no day of it, as it would of a
release's place-and-date line."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_a_portal_stamp_with_its_clock_dates_no_lead_event():
    text = ("Detenido en Sevilla un fugitivo mexicano\n\n"
            "Sevilla, 03 Diciembre, 2026 - 12:10\n\n"
            "La Policía Nacional ha detenido en Sevilla a un ciudadano mexicano de 51 años sobre el que pesaba una orden "
            "internacional de detención emitida por México por delitos contra la salud.\n\n"
            "El arrestado fue puesto a disposición de la Audiencia Nacional, según informó este jueves la Jefatura "
            "Superior de Policía.")
    assert "2026-12-03" not in [e["date"] for e in event_dicts(text, "2026-12-03") if e["type"] == "arrest"]
