"""Event dates (dates round 4): an arrest or extradition told in a clause that describes someone ("X, quien fue detenido
en Culiacán, fue trasladado el martes", "X, who was extradited in May, pleaded guilty Friday") takes no day of the main
clause outside it."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(text: str, kind: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, "2026-12-04") if e["type"] == kind]


def test_extract_events_an_arrest_in_a_relative_clause_takes_no_day_of_the_transfer():
    text = ("Trasladan al Altiplano a presunto líder de célula\n\n"
            "José Luis «N», quien fue detenido en Culiacán por elementos de la Guardia Nacional, fue trasladado el "
            "martes al penal del Altiplano, informó la Fiscalía General de la República.")
    assert "2026-12-01" not in _dates(text, "arrest")


def test_extract_events_an_extradition_in_a_relative_clause_takes_no_day_of_the_plea():
    text = ("Cartel figure pleads guilty in San Diego\n\n"
            "Hector Salas, who was extradited from Mexico to the United States, pleaded guilty on Thursday to "
            "fentanyl trafficking charges in federal court in San Diego.")
    assert "2026-12-03" not in _dates(text, "extradition")
