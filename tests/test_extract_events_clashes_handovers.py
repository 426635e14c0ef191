"""Events, stop 42: clashes with the forces, a hand-over to U.S. agents, and who an attack's sentence names apart.

A clash with soldiers, police or the Guard is an attack; an extradition told again as a hand-over "to US Marshals" on
its day dates it; the force that tells a page suffered only the attack told with its people in its own sentence; what
a sentence of reaction goes on to tell takes no side in the attack.
"""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


@pytest.mark.parametrize("text", [
    "Detienen a presunto sicario en Culiacán\n\nCuliacán, Sinaloa.- Un hombre fue detenido tras un enfrentamiento con "
    "elementos de la Guardia Nacional la madrugada de este jueves en la colonia Centro, informó la Fiscalía.",
    "Un enfrentamiento con policías estatales dejó dos muertos el lunes en Fresnillo.",
    "Suspected cartel gunmen were killed in a clash with security forces in Sonora on Monday.",
])
def test_a_clash_with_the_forces_is_an_attack(text):
    attacks = [e for e in event_dicts(text, "2025-03-14") if e["type"] == "attack"]
    assert attacks, event_dicts(text, "2025-03-14")


@pytest.mark.parametrize("text", [
    "El enfrentamiento entre la Fiscalía y el Poder Judicial continúa por la liberación del exgobernador.",
    "The clash between the ruling party and the opposition over the budget deepened on Monday.",
])
def test_a_clash_of_institutions_is_no_attack(text):
    assert [e for e in event_dicts(text, "2025-03-14") if e["type"] == "attack"] == []


def test_an_extradition_told_again_as_a_hand_over_to_us_marshals_takes_its_day():
    text = ("Gulf cartel figure extradited to US\n\nA senior member of Mexico's Gulf cartel has been extradited to the "
            "United States, where he faces charges in Texas.\n\nJosé Alberto García Vallejo was handed over to US "
            "Marshals at Mexico City's international airport on Thursday, prosecutors said in a statement.")
    sent = [e for e in event_dicts(text, "2025-03-01") if e["type"] == "extradition"]
    assert sent and {e["date"] for e in sent} == {"2025-02-27"}, sent  # the headline's and the lead's take it too


def test_the_documents_handed_over_to_us_are_no_extradition():
    text = "The documents were handed over to us by a former official on Thursday, the newspaper said."
    assert [e for e in event_dicts(text, "2025-03-01") if e["type"] == "extradition"] == []


def test_an_attack_beside_the_tellers_soldiers_is_not_theirs():
    text = ("Soldiers ambushed in Sinaloa\n\nMay 9, 2025\n\nA police officer was shot dead in Culiacán on Thursday. "
            "Soldiers were ambushed near Badiraguato on Wednesday, the army said.")
    attacks = {e["date"]: e for e in event_dicts(text, "2025-05-09") if e["type"] == "attack"}
    assert attacks["2025-05-08"]["participants"] == [], attacks
    assert attacks["2025-05-07"]["participants"] != [], attacks


def test_the_forces_a_reaction_goes_on_to_name_took_no_side_in_the_attack():
    text = ("Gunmen ambush police convoy in Guerrero\n\nGunmen ambushed a state police convoy in the mountains of "
            "Guerrero state on Monday, killing four officers, authorities said.\n\nGovernor Evelyn Salgado condemned "
            "the attack and said army and National Guard troops had been sent to the area.")
    attacks = [e for e in event_dicts(text, "2025-04-22") if e["type"] == "attack"]
    assert attacks and all("Guardia Nacional" not in e["participants"] for e in attacks), attacks
    assert all(e["organizer"] is None for e in attacks), attacks


def test_the_forces_an_attack_reacted_to_was_on_stay_its_side():
    text = ("La gobernadora Libia Dennise García lamentó que sicarios atacaran a elementos de la Guardia Nacional en "
            "Celaya la noche del miércoles.")
    attacks = [e for e in event_dicts(text, "2025-04-03") if e["type"] == "attack"]
    assert attacks and all("Guardia Nacional" in e["participants"] for e in attacks), attacks


@pytest.mark.parametrize("text", [
    "Mexico's government on Wednesday denied a report that U.S. military drones had attacked a cartel camp in Sinaloa.",
    "The army on Wednesday rejected reports that gunmen killed a mayor in Sinaloa.",
    "Niega Sheinbaum ataque con drones en Sinaloa",
    "La presidenta Claudia Sheinbaum negó este miércoles las versiones de que drones estadounidenses atacaron un "
    "campamento en Badiraguato.",
])
def test_a_deed_a_report_told_and_was_denied_is_none(text):
    assert [e for e in event_dicts(text, "2025-10-09") if e["type"] == "attack"] == []


def test_a_deed_reported_and_confirmed_stays():
    text = "Officials confirmed reports that gunmen killed a mayor in Sinaloa on Tuesday."
    assert [e for e in event_dicts(text, "2025-10-09") if e["type"] == "attack"] != []


def test_a_killing_the_arrested_is_accused_of_is_no_attack_of_the_day():
    text = ("Capturan a pandillero\n\nSan Pedro Sula, 8 de marzo de 2025.- Agentes de la DPI capturaron este viernes a "
            "un presunto pandillero acusado del asesinato de un taxista.")
    events = event_dicts(text, "2025-03-08")
    assert [e for e in events if e["type"] == "attack"] == [], events
    assert {e["date"] for e in events if e["type"] == "arrest"} == {"2025-03-07"}, events


def test_a_killing_the_arrested_is_accused_of_told_as_past_keeps_its_month():
    text = ("San Pedro Sula, 8 de marzo de 2025.- Agentes de la DPI capturaron este viernes a un presunto pandillero "
            "acusado del asesinato de un taxista ocurrido en enero en la colonia Rivera Hernández.")
    attacks = [e for e in event_dicts(text, "2025-03-08") if e["type"] == "attack"]
    assert [e["date"] for e in attacks] == ["2025-01"], attacks


def test_the_arrests_of_the_operation_told_before_are_of_its_forces():
    text = ("La Guardia Civil ha intervenido más de 3.000 kilos de cocaína ocultos en un contenedor de plátanos en el "
            "puerto de Algeciras, según ha informado el Ministerio del Interior.\n\nLa operación, desarrollada el "
            "pasado 28 de octubre, se saldó con la detención de cuatro personas vinculadas a una organización con "
            "conexiones con el Clan del Golfo.")
    arrests = [e for e in event_dicts(text, "2025-11-06") if e["type"] == "arrest"]
    assert arrests and all("Guardia Civil" in e["participants"] for e in arrests), arrests


def test_a_clash_an_arrest_came_right_after_is_of_its_day():
    text = "A man was taken into custody early Saturday after exchanging gunfire with U.S. Border Patrol agents near El Paso."
    events = event_dicts(text, "2025-06-22")
    assert {e["date"] for e in events if e["type"] == "attack"} == {"2025-06-21"}, events


@pytest.mark.parametrize("text", [
    "Two men were arrested on Saturday, two days after a shootout with police in Salamanca.",
    "A man was arrested early Saturday after the murder of a journalist in Salamanca, police said.",
])
def test_a_clash_counted_back_or_a_killing_is_not_of_the_arrests_day(text):
    events = event_dicts(text, "2025-06-22")
    assert "2025-06-21" not in {e["date"] for e in events if e["type"] == "attack"}, events


def test_a_meeting_an_agreement_came_out_of_is_of_its_day():
    text = ("The United States and Mexico agreed on Thursday to create a security group, following a meeting between "
            "Secretary of State Marco Rubio and President Claudia Sheinbaum in Mexico City.")
    meetings = [e for e in event_dicts(text, "2025-09-04") if e["type"] == "meeting"]
    assert [e["date"] for e in meetings] == ["2025-09-04"], meetings


def test_talks_of_months_before_an_agreement_keep_no_day():
    text = ("The two countries agreed on Thursday to create a security group, following months of talks between Rubio "
            "and Sheinbaum.")
    meetings = [e for e in event_dicts(text, "2025-09-04") if e["type"] == "meeting"]
    assert all(e["date"] is None for e in meetings), meetings


@pytest.mark.parametrize("text", [
    "La Fiscalía General del Estado informó que el pasado jueves se logró la captura de alias El Flaco en la colonia "
    "Libertad.",
    "La Fiscalía General del Estado informó que ya se cumplimentó una orden de aprehensión contra un presunto "
    "responsable, quien fue detenido este lunes en Pochutla.",
])
def test_an_impersonal_arrest_is_of_the_body_that_tells_it(text):
    arrests = [e for e in event_dicts(text, "2025-05-12") if e["type"] == "arrest"]
    assert arrests and all("Fiscalía General del Estado" in e["participants"] for e in arrests), arrests


def test_an_impersonal_arrest_told_by_another_body_keeps_it():
    text = "La Secretaría de Marina informó que se logró la captura de alias El Flaco con apoyo de la Guardia Nacional."
    arrests = [e for e in event_dicts(text, "2025-05-12") if e["type"] == "arrest"]
    assert arrests and all("Fiscalía General del Estado" not in e["participants"] for e in arrests), arrests
