"""Events that let one real event be found again across outlets (issue 11, round 6): readouts, official releases,
wire stories and portals telling one call, meeting or arrest with other details, and the background events a
sentence counts from."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "participants": sorted(names[p] for p in e.participants)}
            for e in ex.events]


def _types(text: str, published: str | None = None) -> list[str]:
    return [e["type"] for e in _events(text, published)]


def test_extract_events_a_readout_s_leader_spoken_with_is_a_call():
    (call,) = _events("President Donald J. Trump spoke today with President Claudia Sheinbaum Pardo of Mexico. The "
                      "leaders discussed border security.", "2026-11-05")
    assert (call["type"], call["date"]) == ("call", "2026-11-05")
    assert call["participants"] == ["Claudia Sheinbaum Pardo", "Donald J. Trump"]
    (call,) = _events("Secretary of State Marco Rubio spoke with his Mexican counterpart, Juan Ramón de la Fuente, on "
                      "Monday.", "2026-11-05")
    assert (call["type"], call["date"]) == ("call", "2026-11-02")
    # reporters, or an outlet, spoken with are no call
    assert _types("President Claudia Sheinbaum spoke with reporters at the National Palace.", "2026-11-05") == []


def test_extract_events_a_plea_agreement_is_no_agreement():
    assert _types("According to his plea agreement, Ramiro Ochoa Beltrán coordinated shipments of fentanyl pills.",
                  "2026-11-16") == []
    assert _types("Ramiro Ochoa Beltrán firmó un acuerdo de culpabilidad con la fiscalía federal en San Diego.",
                  "2026-11-16") == []
    assert _types("Mexico and the United States signed a security agreement in Washington.", "2026-11-16") == \
        ["agreement"]


def test_extract_events_a_charge_told_as_background_is_no_arrest():
    """An indictment dated by its year, or by none, is no arrest of the story (one dated to the day still is)."""
    assert _types("Salgado was charged in 2024 by federal prosecutors in San Diego with conspiring to import "
                  "fentanyl.", "2026-11-14") == []
    assert _types("Ochoa was charged in a superseding indictment with 11 co-defendants.", "2026-11-16") == []
    (arrest,) = _events("Two of the buyers were charged on Wednesday and jailed, prosecutor Joshua Levy said.", "2026-11-16")
    assert (arrest["type"], arrest["date"]) == ("arrest", "2026-11-11")
    # a weekday an undated page leaves unresolved still tells the story's own charge
    assert _types("On Wednesday evening the U.S. attorney filed trafficking charges against three women held in custody.") == ["arrest"]


def test_extract_events_the_one_named_with_the_arrested_between_joins_the_arrest():
    arrest = _events("Border Patrol agents arrested two men on Monday near Laredo. Prosecutors identified the driver "
                     "as Juan Pérez Gómez, 41.", "2026-11-16")[0]
    assert "Juan Pérez Gómez" in arrest["participants"]


def test_extract_events_a_date_after_publication_dates_no_past_event():
    text = ("Sinaloa Cartel associate pleads guilty\n\nRamiro Ochoa Beltrán was arrested in Mexico and extradited to "
            "the United States.\n\nSentencing is scheduled for February 22, 2027, before U.S. District Judge Dana "
            "Sabraw.")
    events = _events(text, "2026-11-16")
    assert [(e["type"], e["date"]) for e in events] == [("arrest", None), ("extradition", None)]


def test_extract_events_where_the_arrested_is_wanted_is_no_place_of_the_arrest():
    (arrest,) = _events("Mexican troops capture Sinaloa cartel logistics chief wanted in U.S.", "2026-11-14")
    assert arrest["place"] is None


def test_extract_events_a_host_receiving_al_secretario_and_met_de_la_fuente_are_meetings():
    (meeting,) = _events("El canciller Juan Ramón de la Fuente recibió este martes al secretario de Estado de Estados "
                         "Unidos, Marco Rubio, en la sede de la Cancillería.", "2026-11-10")
    assert (meeting["type"], meeting["date"]) == ("meeting", "2026-11-10")
    assert {"Juan Ramón de la Fuente", "Marco Rubio"} <= set(meeting["participants"])
    events = _events("Foreign Secretary Juan Ramón de la Fuente hosted talks at the Foreign Ministry. Secretary of "
                     "State Marco Rubio met de la Fuente in Mexico City on Tuesday.", "2026-11-10")
    assert [(e["trigger"], e["place"], e["date"]) for e in events][-1] == \
        ("met de la Fuente", "Mexico City", "2026-11-10")


def test_extract_events_an_earlier_event_a_sentence_counts_from_is_one_of_its_own():
    """'hablaron por teléfono este jueves, dos semanas después de la llamada del 5 de noviembre': two calls, each
    dated and placed by its own clause; the earlier one names no one, so it is the same people's."""
    calls = _events("La presidenta Claudia Sheinbaum y el presidente estadounidense Donald Trump hablaron por "
                    "teléfono este jueves, dos semanas después de la llamada del pasado 5 de noviembre.", "2026-11-19")
    assert [(e["type"], e["date"]) for e in calls] == [("call", "2026-11-19"), ("call", "2026-11-05")]
    assert calls[0]["participants"] == calls[1]["participants"] == ["Claudia Sheinbaum", "Donald Trump"]
    meetings = _events("Mexican Security Secretary Omar García Harfuch met with Secretary of State Marco Rubio in "
                       "Washington on Tuesday, days after Rubio held talks in Mexico City.", "2026-11-17")
    assert [(e["place"], e["date"]) for e in meetings] == [("Washington", "2026-11-17"), ("Mexico City", None)]
    assert meetings[1]["participants"] == ["Marco Rubio"]
    # the clause's date is the earlier event's, not the sentence's own
    meetings = _events("A week after talks in Mexico City on Nov. 10, Secretary of State Marco Rubio met Omar García "
                       "Harfuch in Washington.", "2026-11-19")
    assert [(e["place"], e["date"]) for e in meetings] == [("Washington", None), ("Mexico City", "2026-11-10")]
    # one trigger after "tras" is the sentence's own event
    calls = _events("Sheinbaum y Trump acuerdan ampliar plazo tras llamada telefónica", "2025-10-28")
    assert [e["type"] for e in calls if e["type"] == "call"] == ["call"]


def test_extract_events_an_earlier_event_counted_in_weeks_takes_its_day():
    meetings = _events("Mexican Security Secretary Omar García Harfuch met with Secretary of State Marco Rubio in "
                       "Washington on Tuesday, a week after Rubio held talks in Mexico City.", "2026-11-17")
    assert [(e["place"], e["date"]) for e in meetings] == [("Washington", "2026-11-17"), ("Mexico City", "2026-11-10")]
    calls = _events("Sheinbaum y Trump hablaron por teléfono este jueves, dos semanas después de otra llamada.",
                    "2026-11-19")
    assert [e["date"] for e in calls] == ["2026-11-19", "2026-11-05"]


def test_extract_events_a_gathering_also_held_takes_the_day_of_the_one_just_told():
    text = ("Mexican Security Secretary Omar García Harfuch met with Secretary of State Marco Rubio at the State "
            "Department on Tuesday. García Harfuch also met FBI Director Kash Patel at FBI headquarters.")
    assert [(e["trigger"], e["date"]) for e in _events(text, "2026-11-17")] == [
        ("met with", "2026-11-17"), ("met FBI Director Kash Patel", "2026-11-17")]


def test_extract_events_a_call_takes_no_place_of_the_meeting_its_sentence_tells():
    events = _events('"Fue una llamada cordial, muy respetuosa", sostuvo la presidenta Claudia Sheinbaum, quien añadió '
                     'que ambos gobiernos acordaron que sus equipos de seguridad se reunirán en Washington.',
                     "2026-11-06")
    assert {e["type"]: e["place"] for e in events}["call"] is None
    assert {e["type"]: e["place"] for e in events}["meeting"] == "Washington"
    # where someone travelled is where the talks were
    events = _events("Noem, who arrived in Mexico on Wednesday, also held talks with Security Secretary Omar García "
                     "Harfuch.", "2025-03-28")
    assert {e["type"]: e["place"] for e in events}["meeting"] == "Mexico"


def test_extract_events_a_date_describing_the_one_extradited_is_not_the_extradition_s():
    events = _events("Extraditan a EU a «El Tigrillo», detenido en octubre en Zapopan", "2026-11-26")
    assert {e["type"]: e["date"] for e in events} == {"arrest": "2026-10", "extradition": None}


def test_extract_events_a_release_names_the_one_extradited_in_the_next_sentence():
    text = ("A Mexican national alleged to be a regional leader of the Cártel de Jalisco Nueva Generación was "
            "extradited from Mexico to the United States today to face drug trafficking charges.\n\nAccording to "
            "court documents, Aureliano Mendoza Quiroz, 44, was indicted in 2023.")
    (extradition,) = _events(text, "2026-11-25")
    assert "Aureliano Mendoza Quiroz" in extradition["participants"]


def test_extract_events_a_body_s_people_in_apposition_made_the_arrest():
    (arrest,) = _events("En acciones coordinadas del Gabinete de Seguridad, elementos de la Secretaría de la Defensa "
                        "Nacional y de la Fiscalía General de la República detuvieron en Culiacán, Sinaloa, a Héctor "
                        "Manuel Salgado Ruelas.", "2026-11-14")
    assert {"Secretaría de la Defensa Nacional", "Fiscalía General de la República"} <= set(arrest["participants"])


def test_extract_events_the_arrested_person_and_what_is_thanked_for_are_no_events():
    assert _types("La persona detenida fue puesta a disposición del Ministerio Público de la Federación.",
                  "2026-11-14") == []
    assert _types("President Trump thanked President Sheinbaum for Mexico's continued cooperation in the transfer of "
                  "cartel leaders to face justice in the United States.", "2026-11-05") == []
    assert _types("El mandatario estadounidense le reiteró su reconocimiento por los traslados de detenidos a Estados "
                  "Unidos.", "2026-11-19") == []
    # a transfer thanked for with its day and count is one
    assert _types("Trump thanked Sheinbaum for sending 26 cartel members to the United States on Tuesday.",
                  "2026-11-19") == ["extradition"]


def test_extract_events_a_person_named_again_by_a_title_alone_takes_part():
    """"el secretario de Estado se reunió con la mandataria": the people the page named with those titles."""
    text = ("El secretario de Estado de Estados Unidos, Marco Rubio, llegó el lunes a la capital. La presidenta Claudia "
            "Sheinbaum Pardo lo recibió en Palacio Nacional.\n\nAyer, el secretario de Estado se reunió con la "
            "mandataria en Palacio Nacional.")
    (meeting,) = _events(text, "2026-11-11")
    assert meeting["participants"] == ["Claudia Sheinbaum Pardo", "Marco Rubio"]
    events = _events("Secretary of State Marco Rubio arrived in Mexico City on Monday. On Tuesday, the secretary met "
                     "President Claudia Sheinbaum at the National Palace.", "2026-11-11")
    assert [e["participants"] for e in events if e["type"] == "meeting"] == [["Claudia Sheinbaum", "Marco Rubio"]]
    # one who tells is no participant
    text = ("Sheinbaum y Noem se reúnen\n\nLa presidenta Claudia Sheinbaum recibió ayer a la secretaria Kristi Noem en "
            "Palacio Nacional.\n\n“Tuvimos una muy buena reunión”, escribió la mandataria en sus redes sociales.")
    assert len([e for e in _events(text, "2025-04-04") if e["type"] == "meeting"]) == 2
