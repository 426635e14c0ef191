"""Event dates (dates round 5): a release's lead under its place-and-date line takes that day only when its prose tells
none; the operation's own earlier day told right after it ("Los operativos se llevaron a cabo el viernes") wins."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_the_operations_day_wins_over_the_release_line():
    text = ("Secretaría de Seguridad y Protección Ciudadana\n\nComunicado No. 877\n\n"
            "Culiacán, Sinaloa, 12 de diciembre de 2026\n\n"
            "Aseguran narcolaboratorio en Cosalá y detienen a tres personas\n\n"
            "Personal de la Secretaría de Marina y de la Guardia Nacional aseguró un laboratorio clandestino y detuvo a "
            "tres personas en el municipio de Cosalá, Sinaloa.\n\n"
            "Los operativos se llevaron a cabo el miércoles en la comunidad de Guadalupe de los Reyes, donde se "
            "encontraron tambos con precursores químicos.")
    dates = {e["date"] for e in event_dicts(text, None) if e["trigger"] in {"aseguró", "detuvo"}}
    assert dates == {"2026-12-09"}
