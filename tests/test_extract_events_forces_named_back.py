"""Events, stop 41: who made an operation or suffered an attack that names no body, from the forces the page names.

A body and the one it belongs to (the army and the Sedena) are the page's one force; "los militares", "the troops"
told after an arrest are the forces that made it; a standing dialogue kept open is no meeting.
"""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text", [
    "Ejército asegura narcolaboratorio en Badiraguato\n\nEfectivos del Ejército Mexicano desmantelaron un laboratorio "
    "clandestino en el municipio de Badiraguato, informó la Secretaría de la Defensa Nacional.\n\nUn día antes, "
    "militares habían asegurado otro laboratorio en el municipio de Tamazula, Durango, con 300 kilos de metanfetamina.",
    "Army seizes drug lab in Badiraguato\n\nMexican Army troops dismantled a drug lab in the municipality of "
    "Badiraguato, the Secretaría de la Defensa Nacional said.\n\nA day earlier, soldiers had seized another lab in the "
    "municipality of Tamazula, Durango, with 300 kilos of meth.",
])
def test_an_operation_naming_no_one_is_of_the_body_the_army_belongs_to(text):
    seizures = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "seizure"]
    assert seizures[0]["participants"] == ["Secretaría de la Defensa Nacional"], seizures  # the headline's


@pytest.mark.parametrize("text", [
    "Personal del Ejército Mexicano y de la Guardia Nacional detuvo a tres hombres en Apatzingán. Los detenidos fueron "
    "puestos a disposición de la FGR. Horas más tarde, los militares fueron atacados con drones explosivos cerca de "
    "Aguililla.",
    "Mexican Army and Guardia Nacional troops arrested three men in Apatzingán. The suspects were handed to "
    "prosecutors. Hours later, the troops were attacked with explosive drones near Aguililla.",
])
def test_an_attack_on_the_troops_just_told_is_on_their_forces(text):
    attacks = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "attack"]
    assert len(attacks) == 1 and "Guardia Nacional" in attacks[0]["participants"], attacks


@pytest.mark.parametrize("text", [
    "Personal del Ejército Mexicano detuvo a tres hombres en Apatzingán. Horas más tarde, unos militares fueron "
    "atacados con drones explosivos cerca de Aguililla.",
    "Hours later, the troops were attacked with explosive drones near Aguililla, residents said.",
])
def test_an_attack_on_troops_not_told_before_names_no_force(text):
    attacks = [e for e in event_dicts(text, "2026-12-07") if e["type"] == "attack"]
    assert all(e["participants"] == [] for e in attacks), attacks


@pytest.mark.parametrize("text", [
    "Sheinbaum y Trump acordaron mantener abierto el diálogo a través de sus equipos de seguridad.",
    "Sheinbaum y Trump se comprometieron a mantener vigente el diálogo sobre seguridad.",
])
def test_a_dialogue_kept_open_is_no_meeting(text):
    assert [e for e in event_dicts(text, "2026-12-07") if e["type"] == "meeting"] == []
