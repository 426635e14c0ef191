"""Events from hand-written EN/ES pages (issue 11, round 23): a call told "conversó con" a leader or minister, a host
named by its premises ("en las oficinas de la FGR"), a port whose name opens with its kind ("en Puerto Chiapas"), a
ministry announcing a guest's visit to its own country, and a handover a call or meeting was only about."""

from __future__ import annotations

import pytest
from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-03") -> list[dict]:
    return event_dicts(text, published)


@pytest.mark.parametrize("text", [
    "La presidenta Claudia Sheinbaum conversó el martes con la fiscal general de Estados Unidos, Pam Bondi.",
    "El canciller Juan Ramón de la Fuente dialogó con su homólogo de Guatemala el martes.",
    "Sheinbaum conversó con Bondi el martes sobre el tráfico de armas.",
])
def test_extract_events_conversed_with_a_leader_or_a_name_is_a_call_es(text):
    (call,) = [e for e in _events(text) if e["type"] == "call"]
    assert call["date"] == "2026-12-01"


@pytest.mark.parametrize("text", [
    "El alcalde conversó con vecinos de la colonia el martes.",
    "Sheinbaum conversó con Rubio durante su visita a Palacio Nacional el martes.",
])
def test_extract_events_conversed_with_neighbours_or_in_person_is_no_call_es(text):
    assert [e for e in _events(text) if e["type"] == "call"] == []


def test_extract_events_a_body_named_by_its_premises_hosts_and_takes_no_part_es():
    text = ("La fiscal general Ernestina Godoy se reunió ayer con el embajador de Estados Unidos, Ronald Johnson, en las "
            "oficinas de la FGR.")
    (meeting,) = [e for e in _events(text, "2026-12-02") if e["type"] == "meeting"]
    assert meeting["participants"] == ["Ernestina Godoy", "Ronald Johnson"]
    assert meeting["organizer"] == "Fiscalía General de la República" and meeting["date"] == "2026-12-01"


@pytest.mark.parametrize(("text", "place"), [
    # (the port itself since entities round 26 reads "Puerto Chiapas" whole; the state before)
    ("La Secretaría de Marina aseguró el domingo 800 kilos de cocaína en Puerto Chiapas y detuvo a tres personas.",
     "Puerto Chiapas"),
    ("The Navy seized 500 kilograms of cocaine off Puerto Chiapas on Sunday.", "Puerto Chiapas"),
])
def test_extract_events_a_port_whose_name_opens_with_its_kind_places_the_seizure(text, place):
    seizures = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizures and all(e["place"] == place for e in seizures)


def test_extract_events_a_ministry_announcing_a_guests_visit_to_its_country_is_no_visitor_es():
    text = ("La Secretaría de Relaciones Exteriores informó que el secretario de Estado, Marco Rubio, visitará México el "
            "8 de diciembre.")
    (visit,) = [e for e in _events(text) if e["type"] == "visit"]
    assert visit["participants"] == ["Marco Rubio"] and visit["organizer"] is None


def test_extract_events_a_ministry_telling_its_own_secretarys_trip_abroad_keeps_it():
    text = "The State Department said Secretary of State Marco Rubio will visit Mexico on Dec. 8."
    (visit,) = [e for e in _events(text) if e["type"] == "visit"]
    assert "U.S. Department of State" in visit["participants"]


@pytest.mark.parametrize("text", [
    "Trump spoke by phone with Sheinbaum on Thursday to discuss the transfer of cartel members to the United States.",
    "Sheinbaum y Trump hablaron por teléfono el miércoles sobre la extradición de capos del narcotráfico.",
    "El canciller se reunió el martes con el embajador Ronald Johnson para analizar el traslado de reos a Estados Unidos.",
])
def test_extract_events_a_handover_a_call_or_meeting_was_about_is_no_event(text):
    assert {e["type"] for e in _events(text)} <= {"call", "meeting"}


@pytest.mark.parametrize("text", [
    "Bessent will travel to Mexico City next week and is scheduled to meet with Finance Secretary Édgar Amador on Dec. 16.",
    "El secretario viajará a Washington la próxima semana y tiene previsto reunirse con Marco Rubio el 16 de diciembre.",
])
def test_extract_events_a_planned_meeting_takes_its_own_day_not_the_trips_next_week(text):
    (meeting,) = [e for e in _events(text, "2026-12-10") if e["type"] == "meeting"]
    assert meeting["planned"] and meeting["date"] == "2026-12-16"


@pytest.mark.parametrize(("text", "date"), [
    ("Last Thursday, U.S. and Mexican officials met in Mexico City to review a bilateral security plan.", "2026-12-03"),
    ("El jueves pasado, funcionarios de México y Estados Unidos se reunieron en la Ciudad de México.", "2026-12-03"),
])
def test_extract_events_unnamed_officials_met(text, date):
    (meeting,) = [e for e in _events(text, "2026-12-10") if e["type"] == "meeting"]
    assert meeting["date"] == date and meeting["place"] == "Mexico City"


def test_extract_events_a_meeting_referred_back_with_no_one_is_still_none():
    assert _events("The meeting will help both countries build trust.", "2026-12-10") == []


@pytest.mark.parametrize("text", [
    "El martes pasado, la Secretaría de Marina aseguró 200 kilos de cocaína en Manzanillo.",
    "This past Tuesday, the Navy seized 200 kilograms of cocaine in Manzanillo.",
])
def test_extract_events_a_weekday_told_past_on_that_weekday_is_a_week_back(text):
    (seizure,) = [e for e in _events(text, "2026-12-08") if e["type"] == "seizure"]
    assert seizure["date"] == "2026-12-01"


def test_extract_events_a_seizure_in_the_operation_just_told_takes_the_body_that_made_it_es():
    text = ("Detienen a operador en Hermosillo\n\nElementos de la Guardia Nacional detuvieron el pasado sábado en Hermosillo, Sonora, a Juan Pérez Lugo.\n\n"
            "De acuerdo con el Gabinete de Seguridad, durante el operativo se aseguraron dos armas largas y cargadores.")
    (seizure,) = [e for e in _events(text, "2026-12-07") if e["type"] == "seizure"]
    assert seizure["date"] == "2026-12-05" and seizure["participants"] == ["Guardia Nacional"]


@pytest.mark.parametrize("text", [
    "Mexico extradites cartel leader to Texas\n\nMexico extradited an alleged cartel leader to the United States on "
    "Thursday, prosecutors said.\n\nRaúl Mendoza Ibarra was handed over to U.S. Marshals at the Monterrey airport, the "
    "office said. He had been arrested in Reynosa in March 2025.",
    "Extraditan a líder del Cártel del Golfo\n\nMéxico extraditó el jueves a Estados Unidos a un presunto líder del "
    "Cártel del Golfo, informó la FGR.\n\nRaúl Mendoza Ibarra fue entregado a los US Marshals en el aeropuerto de "
    "Monterrey. Había sido detenido en Reynosa en marzo de 2025.",
])
def test_extract_events_a_pluperfect_sentence_dates_no_event_beside_it(text):
    events = _events(text, "2026-12-11")
    assert {e["date"] for e in events if e["type"] == "extradition"} == {"2026-12-10"}


def test_extract_events_a_day_before_counts_past_a_sentence_on_the_same_meeting_es():
    text = ("Sheinbaum recibe a Noem\n\nLa presidenta Claudia Sheinbaum recibió el viernes en Palacio Nacional a la "
            "secretaria Kristi Noem. Al encuentro asistieron el canciller y el secretario de Seguridad.\n\nUn día antes, "
            "Noem visitó la garita de San Ysidro, en Tijuana.")
    (visit,) = [e for e in _events(text, "2026-12-21") if e["type"] == "visit"]
    assert visit["date"] == "2026-12-17"


def test_extract_events_a_day_before_after_other_news_is_still_unknown_es():
    text = ("Titular de prueba\n\nLa Marina aseguró el viernes 300 kilos de cocaína en Manzanillo. El alcalde pidió "
            "calma. Un día antes, la Marina detuvo a dos personas en Colima.")
    (arrest,) = [e for e in _events(text, "2026-12-21") if e["type"] == "arrest"]
    assert arrest["date"] is None


def test_extract_events_an_arrest_with_no_one_after_a_seizure_is_the_seizing_bodys():
    text = ("CBP officers seize meth at Otay Mesa\n\nU.S. Customs and Border Protection officers at the Otay Mesa port of "
            "entry seized more than 900 pounds of methamphetamine on Saturday, the agency said.\n\nThe driver, a Mexican "
            "citizen, was arrested and turned over to Homeland Security Investigations.")
    (arrest,) = [e for e in _events(text, "2026-12-22") if e["type"] == "arrest"]
    assert arrest["date"] == "2026-12-19" and arrest["participants"] == ["U.S. Customs and Border Protection"]


@pytest.mark.parametrize(("text", "topic"), [
    ("Rubio met with García Harfuch on Monday to discuss the extradition of Ismael Zambada.", "Ismael Zambada"),
    ("El canciller se reunió el martes con el embajador Ronald Johnson para revisar el caso de Rafael Caro Quintero.",
     "Rafael Caro Quintero"),
    ("Sheinbaum habló por teléfono el martes con Trump sobre la extradición de Ovidio Guzmán.", "Ovidio Guzmán"),
])
def test_extract_events_whom_a_meeting_or_call_was_about_is_no_participant(text, topic):
    gatherings = [e for e in _events(text) if e["type"] in {"meeting", "call"}]
    assert gatherings and all(topic not in e["participants"] for e in gatherings)


def test_extract_events_the_head_of_a_body_met_keeps_the_body():
    text = "García Harfuch traveled to Washington on Monday to meet with the head of the DEA."
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert "Drug Enforcement Administration" in meeting["participants"]


@pytest.mark.parametrize("text", [
    "Firman acuerdo\n\nLos cancilleres de México y Guatemala firmaron este martes un memorándum de seguridad fronteriza."
    "\n\nPreviamente, ambos funcionarios sostuvieron una reunión de trabajo en la sede de la cancillería.",
    "Sign pact\n\nThe foreign ministers of Mexico and Guatemala signed a border security memorandum on Tuesday.\n\n"
    "Earlier in the day, the two ministers held talks at the Foreign Ministry.",
])
def test_extract_events_a_meeting_held_before_the_signing_just_told_takes_its_day(text):
    meetings = [e for e in _events(text, "2026-12-30") if e["type"] == "meeting"]
    assert meetings and {e["date"] for e in meetings} == {"2026-12-29"}


@pytest.mark.parametrize("text", [
    "Los cancilleres Juan Ramón de la Fuente y Carlos Ramiro Martínez acordaron reunirse nuevamente en Guatemala a "
    "principios de 2027.",
    "Foreign ministers Juan Ramón de la Fuente and Carlos Ramiro Martínez agreed to meet again in Guatemala in early 2027.",
])
def test_extract_events_a_meeting_planned_early_next_year_is_dated_that_year(text):
    (meeting,) = [e for e in _events(text, "2026-12-30") if e["type"] == "meeting"]
    assert meeting["planned"] and meeting["date"] == "2027"


@pytest.mark.parametrize(("text", "date"), [
    ("Gunmen kill five at party\n\nGunmen opened fire on a family gathering in Ciudad Obregón late Saturday, killing five "
     "people, prosecutors said Sunday.\n\nTwo days later, state police arrested a suspect.", "2027-01-11"),
    ("Matan a cinco en fiesta\n\nUn grupo armado atacó el sábado una fiesta familiar en Ciudad Obregón y mató a cinco "
     "personas.\n\nTres días después, policías estatales detuvieron a un sospechoso.", "2027-01-12"),
])
def test_extract_events_days_counted_from_the_day_just_named_date_the_arrest(text, date):
    (arrest,) = [e for e in _events(text, "2027-01-13") if e["type"] == "arrest"]
    assert arrest["date"] == date


def test_extract_events_days_counted_after_other_news_stay_unknown():
    text = ("Matan a cinco en fiesta\n\nUn grupo armado atacó el sábado una fiesta familiar en Ciudad Obregón. El alcalde "
            "pidió calma. Tres días después, policías estatales detuvieron a un sospechoso.")
    (arrest,) = [e for e in _events(text, "2027-01-13") if e["type"] == "arrest"]
    assert arrest["date"] != "2027-01-12"
