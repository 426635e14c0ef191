"""Event dates (evdates9, stop 43): an undated headline takes the month of a weekend just past across a month's turn,
and among events of several days (or one undated) the day of the one that tells its amount."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(text: str, published: str | None, kind: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, published) if e["type"] == kind]


def test_extract_events_a_headline_takes_the_month_of_a_weekend_before_the_months_turn():
    text = ("Incautan 4,5 toneladas de cocaína en Buenaventura\n\nBogotá, 1 de septiembre de 2026. Las autoridades "
            "incautaron el pasado fin de semana 4,5 toneladas de cocaína ocultas en un contenedor en el puerto de "
            "Buenaventura, informó la Armada.\n")
    assert _dates(text, None, "seizure") == ["2026-08", "2026-08"]


def test_extract_events_a_headline_takes_no_month_told_long_before():
    text = ("Incautan cocaína en Buenaventura\n\nLas autoridades incautaron en junio de 2026 un total de 4,5 toneladas de cocaína en el "
            "puerto de Buenaventura, informó la Armada.\n")
    assert _dates(text, "2026-09-01", "seizure")[0] is None


def test_extract_events_a_headline_takes_the_day_of_the_seizure_of_its_amount():
    text = ("Aseguran 1.5 millones de pastillas de fentanilo en Sonora\n\nElementos de la Guardia Nacional aseguraron "
            "anoche 1.5 millones de pastillas de fentanilo ocultas en un tractocamión en San Luis Río Colorado, "
            "Sonora.\n\nEl lunes, en una acción similar, la Marina decomisó 300 kilos de metanfetamina en Ensenada.\n")
    assert _dates(text, "2026-06-03", "seizure") == ["2026-06-02", "2026-06-02", "2026-06-01"]
    text = ("Cannabis worth €1.2m seized in Dublin\n\nGardaí seized cannabis worth an estimated €1.2 million in a "
            "warehouse in Ballymount, Dublin, on Monday night.\n\nThe seizure follows the seizure of €500,000 of "
            "cocaine in a van in Co Meath.\n")
    assert _dates(text, "2026-10-06", "seizure")[0] == "2026-10-05"


def test_extract_events_a_headline_of_another_amount_stays_undated_among_several_days():
    text = ("Aseguran 20 fusiles en Sonora\n\nElementos de la Guardia Nacional aseguraron anoche 1.5 millones de "
            "pastillas de fentanilo en San Luis Río Colorado.\n\nEl lunes, la Marina decomisó 300 kilos de "
            "metanfetamina en Ensenada.\n")
    assert _dates(text, "2026-06-03", "seizure")[0] is None
