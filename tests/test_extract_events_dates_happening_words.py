"""Event dates (dates round 5): "Los hechos tuvieron lugar el martes" after a lead's arrests and seizures dates them when
the story told no attack before (after a shooting, "los hechos" are the shooting's)."""

from __future__ import annotations

from _event_helpers import event_dicts


def test_extract_events_los_hechos_date_the_operation_told_before():
    text = ("Detenidos en Cádiz dos hombres con 800 kilos de hachís\n\n"
            "La Guardia Civil ha detenido a dos hombres e intervenido 800 kilos de hachís en una furgoneta en la "
            "carretera de Sanlúcar de Barrameda.\n\n"
            "Los hechos tuvieron lugar el martes por la noche, cuando los agentes dieron el alto al vehículo en un control.")
    dates = {e["date"] for e in event_dicts(text, "2026-12-04") if e["type"] in {"arrest", "seizure"}
             and e["trigger"] != "Detenidos"}
    assert dates == {"2026-12-01"}
