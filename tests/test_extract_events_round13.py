"""Events from hand-written EN/ES pages (issue 11, round 13): two seizures told in one sentence, a place of a teller's
frame, triggers of Spanish releases, relative days."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "organizer": names.get(e.organizer),
             "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


@pytest.mark.parametrize("text, places", [
    ("La Secretaría de Marina aseguró este viernes 500 kilos de cocaína en el puerto de Manzanillo, Colima, y 300 "
     "kilos en el puerto de Lázaro Cárdenas, Michoacán.", ["Manzanillo", "Lázaro Cárdenas"]),
    ("Mexican soldiers seized 200 kilograms of methamphetamine in Culiacán and 50 kilograms of fentanyl in Hermosillo "
     "on Friday.", ["Culiacán", "Hermosillo"]),
    # amounts told before one place are all of it: one seizure
    ("Soldiers seized 200 kilograms of methamphetamine and 50 kilograms of fentanyl in Culiacán on Friday.", ["Culiacán"]),
])
def test_extract_events_two_seizures_in_one_sentence_are_two_events(text, places):
    seizures = [e for e in _events(text, "2026-11-28") if e["type"] == "seizure"]
    assert [(e["place"], e["date"]) for e in seizures] == [(p, "2026-11-27") for p in places]


def test_extract_events_a_boat_intercepted_with_its_cargo_is_a_seizure():
    events = _events("Elementos de la Marina interceptaron este martes una lancha rápida con más de mil 200 kilos de "
                     "cocaína frente a Salina Cruz.", "2026-11-18")
    assert [(e["type"], e["trigger"], e["date"]) for e in events] == [("seizure", "interceptaron", "2026-11-17")]
    # messages intercepted are none
    assert _events("La Fiscalía interceptó mensajes del líder de la célula, informó el fiscal.", "2026-11-18") == []


def test_extract_events_an_ambush_told_in_the_subjunctive_is_an_attack():
    events = _events("Tres policías estatales murieron la noche del sábado, luego de que un grupo armado emboscara a su "
                     "patrulla en Apatzingán.", "2026-11-30")
    assert [(e["type"], e["trigger"], e["date"]) for e in events] == [("attack", "emboscara", "2026-11-28")]


def test_extract_events_a_place_where_it_was_told_is_not_where_it_will_happen():
    events = _events("En la conferencia matutina en Palacio Nacional, la presidenta Claudia Sheinbaum explicó que el "
                     "canciller Juan Ramón de la Fuente y el secretario Marco Rubio se reunirán en enero en Washington.",
                     "2026-11-13")
    assert [(e["type"], e["place"], e["planned"]) for e in events] == [("meeting", "Washington", True)]


@pytest.mark.parametrize("text, date", [
    ("He was indicted in 2023 and arrested in Mexico in March 2025.", "2025-03"),
    ("Fue acusado formalmente en 2023 y detenido en Culiacán en marzo de 2025.", "2025-03"),
])
def test_extract_events_a_date_of_a_coordinated_verb_is_not_the_arrest_date(text, date):
    assert [(e["type"], e["date"]) for e in _events(text, "2026-11-25")] == [("arrest", date)]


def test_extract_events_the_counts_a_defendant_stands_charged_with_are_no_arrest():
    text = ("Ramiro Esquivel Tapia was extradited from Mexico on Tuesday. Esquivel Tapia is charged with conspiracy to "
            "distribute fentanyl and money laundering conspiracy.")
    assert [(e["type"], e["date"]) for e in _events(text, "2026-11-25")] == [("extradition", "2026-11-24")]


def test_extract_events_the_day_a_complaint_was_unsealed_does_not_date_the_arrest():
    text = ("Arturo Benavides Cruz was taken into custody by Border Patrol agents near Laredo, according to a criminal "
            "complaint unsealed Wednesday.")
    assert [(e["type"], e["date"]) for e in _events(text, "2026-12-04")] == [("arrest", None)]


def test_extract_events_an_english_headline_in_the_infinitive_tells_what_is_planned():
    events = _events("Noem to travel to Mexico City next week for border security talks\n\nHomeland Security Secretary "
                     "Kristi Noem will travel to Mexico City next week, two officials said.", "2026-12-04")
    assert [(e["type"], e["planned"]) for e in events][:2] == [("meeting", True), ("visit", True)]


def test_extract_events_a_verb_coordinated_with_a_scheduled_one_is_planned_too():
    (talks,) = [e for e in _events("Kristi Noem is scheduled to arrive on Tuesday and hold talks on Wednesday with "
                                   "Omar García Harfuch.", "2026-12-04") if e["type"] == "meeting"]
    assert (talks["planned"], talks["date"]) == (True, "2026-12-09")


@pytest.mark.parametrize("text, published, kind, date", [
    ("Gunmen ambushed a patrol of state police officers in Michoacán, killing three officers, authorities said Sunday. "
     "The attack happened late Saturday on a highway near Apatzingán.", "2026-11-30", "attack", "2026-11-28"),
    ("La secretaria Kristi Noem se reunirá la próxima semana con la presidenta Claudia Sheinbaum. La reunión está "
     "prevista para el miércoles 9 de diciembre.", "2026-12-04", "meeting", "2026-12-09"),
])
def test_extract_events_an_event_told_again_with_its_day_takes_that_day(text, published, kind, date):
    assert [e["date"] for e in _events(text, published) if e["type"] == kind] == [date]


@pytest.mark.parametrize("text", [
    "Manuel Ortega Castro, whose brother was killed in Mazatlán in 2023, managed cash flows for the Guzmán family.",
    "Manuel Ortega Castro, cuyo hermano fue asesinado en Mazatlán en 2023, manejaba el dinero de la familia Guzmán.",
])
def test_extract_events_the_one_a_whose_clause_hangs_from_is_not_the_victim(text):
    (attack,) = [e for e in _events(text, "2026-12-02") if e["type"] == "attack"]
    assert (attack["participants"], attack["place"]) == ([], "Mazatlán")


def test_extract_events_a_bare_meet_with_whom_after_a_planning_verb_is_a_planned_meeting():
    events = _events("Marcelo Ebrard is expected to arrive on Wednesday and meet Jamieson Greer on Thursday, the ministry "
                     "said.", "2026-12-05")
    assert [(e["type"], e["planned"], e["date"]) for e in events] == [("meeting", True, "2026-12-10")]


def test_extract_events_an_aggression_told_again_dates_the_attack():
    text = ("Cuatro militares murieron luego de que presuntos integrantes de La Familia Michoacana atacaran a un convoy "
            "del Ejército en San Miguel Totolapan. La agresión ocurrió la madrugada del domingo 6 de diciembre en un "
            "camino de terracería.")
    assert [(e["type"], e["date"]) for e in _events(text, "2026-12-07")] == [("attack", "2026-12-06")]


@pytest.mark.parametrize("text", [
    "Elementos de la Guardia Nacional detuvieron el 26 de noviembre en la colonia Las Quintas de Culiacán a un presunto "
    "jefe de seguridad del Cártel de Sinaloa.",
    "National Guard troops arrested an alleged cartel security chief in the Las Quintas neighborhood of Culiacán on "
    "Nov. 26.",
])
def test_extract_events_a_neighborhood_then_its_city_places_the_arrest_in_the_city(text):
    assert [(e["type"], e["place"]) for e in _events(text, "2026-11-27")] == [("arrest", "Culiacán")]


def test_date_line_with_a_section_and_a_lower_case_weekday_is_the_publication_line():
    from pesquisa.extract.datelines import date_line_spans
    text = "Extraditan a EU a operador del CAF\nLocal / sábado 5 de diciembre de 2026\nEl hombre fue extraditado."
    (span,) = date_line_spans(text)
    assert text[span.start:span.end] == "Local / sábado 5 de diciembre de 2026"


@pytest.mark.parametrize("text, who", [
    ("Mexico sent 37 prisoners to the United States in January, the third mass transfer since February 2025, when 29 "
     "inmates including Rafael Caro Quintero were handed over to U.S. authorities.", []),
    # a clause of how it went keeps its actors
    ("Ovidio Guzmán López was arrested on Tuesday when the Secretaría de Marina raided a house in Culiacán.",
     ["Ovidio Guzmán López", "Secretaría de Marina"]),
])
def test_extract_events_who_a_when_clause_of_an_earlier_time_names_is_not_an_actor(text, who):
    event = next(e for e in _events(text, "2026-11-30") if e["type"] in {"extradition", "arrest"})
    assert event["participants"] == who


def test_extract_events_how_far_off_a_port_places_the_seizure_at_the_port():
    text = ("The boat was intercepted with 1.2 tons of cocaine some 120 nautical miles south of the port of Salina Cruz "
            "on Tuesday after a patrol aircraft tracked it from waters near Ecuador.")
    assert [(e["type"], e["place"]) for e in _events(text, "2026-11-18")] == [("seizure", "Salina Cruz")]
