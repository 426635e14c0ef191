"""Events from hand-written EN/ES pages (issue 11, round 29): a seizure that names no one, told in the sentence of an
arrest that names the arrested ("arrested X after officers found 17 rifles in his pickup"), is a seizure from X."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(kind: str, text: str) -> dict:
    (event,) = [e for e in event_dicts(text, "2026-12-04") if e["type"] == kind]
    return event


def test_extract_events_rifles_found_when_he_was_arrested_were_his():
    text = ("Rodrigo Saldívar Ponce, 31, pleaded guilty in August. Federal agents arrested him on Feb. 9 after "
            "inspectors found 22 rifles hidden under the bed of his truck.")
    seizure = _of("seizure", text)
    assert seizure["participants"] == ["Rodrigo Saldívar Ponce"]
    assert seizure["date"] == _of("arrest", text)["date"] == "2026-02-09"


def test_extract_events_lo_hallado_al_detenido_es_suyo():
    seizure = _of("seizure", "Rodrigo Saldívar Ponce fue sentenciado en agosto. Agentes federales lo detuvieron el 9 de "
                             "febrero después de que los oficiales encontraron 22 rifles en su camioneta.")
    assert seizure["participants"] == ["Rodrigo Saldívar Ponce"]


def test_extract_events_a_seizure_with_its_own_forces_keeps_them():
    seizure = _of("seizure", "Marinos de la Secretaría de Marina detuvieron a Rodrigo Saldívar Ponce y aseguraron "
                             "22 fusiles en Mazatlán.")
    assert "Secretaría de Marina" in seizure["participants"]


def test_extract_events_lo_encontrado_contado_en_palabras_es_un_aseguramiento():
    seizure = _of("seizure", "Agentes ministeriales detuvieron el martes a Abundio Carrasco Félix, luego de que en un "
                             "cateo a su vivienda encontraron cuatro pistolas y 2 kilos de cristal.")
    assert seizure["date"] == "2026-12-01"
    assert "seizure" in [e["type"] for e in event_dicts("Deputies found three handguns and a rifle in the trunk of the "
                                                        "car, the sheriff said.", "2026-12-04")]


def test_extract_events_bodies_found_are_no_seizure():
    assert not [e for e in event_dicts("Investigators found two bodies in a ravine near Ensenada. Los peritos "
                                       "encontraron tres casquillos en el lugar.", "2026-12-04") if e["type"] == "seizure"]
