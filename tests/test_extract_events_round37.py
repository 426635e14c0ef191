"""Events, round 37: long-tail sites republishing EFE and AP notes of raids that end with no one held."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text", [
    "La Guardia Nacional realizó dos cateos en Zamora este jueves. En ninguno de los cateos se reportaron personas "
    "detenidas, informó la corporación.",
    "Soldados del Ejército catearon tres domicilios en Culiacán. En ninguna de las acciones se detuvo a sospechosos.",
    "Federal agents searched two warehouses in Laredo on Monday. In neither operation were any suspects arrested, "
    "the agency said.",
    "Police raided four homes in El Paso. In none of the raids were suspects arrested, officials said.",
])
def test_an_arrest_in_none_of_the_operations_is_none(text):
    assert [e for e in event_dicts(text, "2026-12-07") if e["type"] == "arrest"] == []


@pytest.mark.parametrize("text", [
    "En uno de los cateos se detuvo a dos hombres, informó la Guardia Nacional.",
    "Federal agents arrested two men in a raid with no warrant in Laredo, the agency said.",
    "La policía detuvo a un hombre sin ninguna resistencia en Zamora.",
])
def test_an_arrest_in_an_operation_stays(text):
    assert [e["type"] for e in event_dicts(text, "2026-12-07")].count("arrest") == 1
