"""Events from hand-written EN/ES pages (issue 11, round 25): "Al encuentro asistieron ..." lists who else attended the
meeting just told, no second meeting."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-03") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_al_encuentro_asistieron_lists_attendees_of_the_meeting_told():
    text = ("La fiscal general Ernestina Godoy se reunió el martes con el gobernador Rubén Rocha Moya en Culiacán. Al "
            "encuentro asistieron el secretario de Seguridad estatal, Óscar Rentería Schazarino, y mandos del Ejército.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["date"] == "2026-12-01"
    assert "Óscar Rentería Schazarino" in meeting["participants"]


@pytest.mark.parametrize("text", [
    "Chilpancingo, Guerrero.- Agentes de la FGR detuvieron el martes a tres hombres en Iguala en cumplimiento de una orden "
    "de aprehensión por el delito de secuestro agravado.",
    "Detienen a dos por secuestro en Taxco\n\nPolicías estatales detuvieron el martes a dos hombres en Taxco, Guerrero.",
    "Two men were arrested Tuesday in El Paso on kidnapping charges, police said.",
    "A Laredo man was arrested Tuesday on charges of kidnapping and assault, according to the sheriff's office.",
])
def test_extract_events_the_crime_an_arrest_is_for_is_no_attack(text):
    types = [e["type"] for e in _events(text)]
    assert "arrest" in types
    assert "attack" not in types


@pytest.mark.parametrize("text", [
    "Un comando perpetró el secuestro de tres comerciantes en Iguala el martes.",
    "Investigan el secuestro de dos comerciantes ocurrido el martes en Iguala.",
    "Gunmen kidnapped two men in Iguala on Tuesday.",
])
def test_extract_events_a_kidnapping_told_is_still_an_attack(text):
    assert [e["type"] for e in _events(text)] == ["attack"]


@pytest.mark.parametrize("text", [
    "Sheinbaum held a phone call with Canadian Prime Minister Mark Carney on Tuesday. They agreed to meet in Ottawa in "
    "January.",
    "Sheinbaum held a phone call with Canadian Prime Minister Mark Carney on Tuesday. She wrote on X that they agreed to "
    "meet in Ottawa in January.",
    "La presidenta Claudia Sheinbaum sostuvo el martes una llamada con el primer ministro Mark Carney. Acordaron "
    "reunirse en Ottawa en enero.",
    "La presidenta Claudia Sheinbaum sostuvo el martes una llamada con el primer ministro Mark Carney. La mandataria "
    "informó en sus redes sociales que acordaron reunirse en Ottawa en enero.",
])
def test_extract_events_a_pair_told_by_they_or_the_verb_alone_plans_a_meeting(text):
    (meeting,) = [e for e in _events(text, "2026-12-02") if e["type"] == "meeting"]
    assert meeting["planned"] and meeting["date"] == "2027-01"
    assert "Mark Carney" in meeting["participants"]
