"""Event dates (dates round 5): a Spanish regional paper's stamp writes its clock with an "h" glued to it ("Tarifa, 06
Diciembre, 2026 - 10:25h"); it is the page's stamp all the same, which dates no lead event: the operation's own day,
told in the next sentence, does."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_a_stamp_clock_with_an_h_dates_no_lead_event():
    text = ("Incautan una tonelada de hachís en una playa de Barbate\n\n"
            "Barbate, 06 Diciembre, 2026 - 09:40h\n\n"
            "La Guardia Civil ha intervenido una tonelada de hachís y ha detenido a tres personas en una playa de Barbate.\n\n"
            "La operación se desarrolló en la madrugada del pasado jueves, cuando los agentes sorprendieron a un grupo "
            "que descargaba fardos de una embarcación.")
    dates = {e["date"] for e in event_dicts(text, "2026-12-06") if e["trigger"] != "Incautan"}
    assert "2026-12-06" not in dates
