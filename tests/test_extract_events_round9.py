"""Events of wire stories and portals on meetings, arrests and attacks (issue 11, round 9): which events a sentence
tells, who took part, who attacked whom."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "date": e.date, "planned": e.planned, "organizer": names.get(e.organizer),
             "targets": sorted(names[p] for p in e.targets), "participants": sorted(names[p] for p in e.participants)}
            for e in ex.events]


def test_extract_events_agreeing_to_meet_again_is_no_agreement():
    # "agreed to meet again" had been an agreement besides the meeting planned
    en = _events("Homeland Security Secretary Kristi Noem and Security Minister Omar García Harfuch agreed on Monday "
                 "to meet again in February in Washington.", "2026-12-02")
    assert [e["type"] for e in en] == ["meeting"]
    es = _events("El canciller Juan Ramón de la Fuente y el secretario de Estado Marco Rubio acordaron reunirse "
                 "nuevamente en marzo.", "2026-12-02")
    assert "agreement" not in [e["type"] for e in es]
    (signed,) = _events("Marco Rubio and Juan Ramón de la Fuente agreed to share intelligence on arms trafficking.",
                        "2026-12-02")
    assert signed["type"] == "agreement"


def test_extract_events_a_headline_trip_for_a_meeting_is_a_meeting_to_come():
    # the headline's meeting had been held, the day the trip was told
    es = _events("Landau llega a Monterrey para reunión con Samuel García\n\nEl subsecretario de Estado Christopher "
                 "Landau arribó este martes a Monterrey.", "2026-12-01")
    assert [(e["type"], e["planned"]) for e in es if e["type"] == "meeting"] == [("meeting", True)]
    en = _events("Landau travels to Monterrey for talks with Governor Samuel Garcia\n\nDeputy Secretary of State "
                 "Christopher Landau arrived in Monterrey on Tuesday.", "2026-12-01")
    assert [(e["type"], e["planned"]) for e in en if e["type"] == "meeting"] == [("meeting", True)]
    verb = _events("Llega Landau a Monterrey para reunirse con Samuel García\n\nEl subsecretario de Estado Christopher "
                   "Landau arribó este martes a Monterrey.", "2026-12-01")
    assert [(e["type"], e["planned"]) for e in verb if e["type"] == "meeting"] == [("meeting", True)]


def test_extract_events_a_trip_ahead_of_a_meeting_is_dated_by_the_meeting():
    # the meeting had been held the day of the landing
    found = _events("Deputy Secretary of State Christopher Landau landed in Monterrey on Tuesday ahead of a meeting "
                    "with Governor Samuel Garcia scheduled for Thursday.", "2026-12-02")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert (meeting["planned"], meeting["date"]) == (True, "2026-12-03")


def test_extract_events_an_actor_of_a_clause_of_background_takes_no_part():
    # the president of "as ... faces pressure" had been a participant of the arrest
    en = _events("Federal agents arrested Jorge Salas Ibarra in Tijuana on Friday. The arrest comes as the government "
                 "of Governor Marina del Pilar Ávila faces criticism over rising violence.", "2026-12-06")
    assert ["Marina del Pilar Ávila" in e["participants"] for e in en] == [False, False]
    es = _events("Agentes federales detuvieron a Jorge Salas Ibarra en Tijuana el viernes.\n\nLa captura se dio "
                 "mientras el gobierno de la gobernadora Marina del Pilar Ávila enfrenta críticas por la violencia.",
                 "2026-12-06")
    assert all("Marina del Pilar Ávila" not in e["participants"] for e in es)
    # one more who spoke at the event, after "while", takes part
    (spoke,) = _events("Meeting with Mexican officials on Tuesday, Deputy Secretary Christopher Landau said the talks "
                       "were useful, while Ambassador Ronald Johnson said cooperation had improved.", "2026-12-02")
    assert spoke["participants"] == ["Christopher Landau", "Ronald Johnson"]


def test_extract_events_who_attacked_whom():
    # the state body attacked had been the organizer and the cartel that attacked the target
    (en,) = _events("Gunmen of the Sinaloa Cartel attacked a National Guard patrol near Culiacan on Sunday.",
                    "2026-12-01")
    assert (en["organizer"], en["targets"]) == ("Cártel de Sinaloa", ["Guardia Nacional"])
    (es,) = _events("El jefe de la policía municipal de Uruapan, Ernesto Solís Vega, fue asesinado por sicarios del "
                    "Cártel Jalisco Nueva Generación el domingo.", "2026-12-01")
    assert (es["organizer"], es["targets"]) == ("Cártel de Jalisco Nueva Generación", ["Ernesto Solís Vega"])
    (fell,) = _events("Tres elementos de la Guardia Nacional murieron el domingo en una emboscada en Aguililla.",
                      "2026-12-01")
    assert (fell["organizer"], fell["targets"]) == (None, ["Guardia Nacional"])
    (ambushed,) = _events("Dos agentes de la Guardia Civil murieron el domingo luego de ser emboscados por integrantes "
                          "de Los Viagras en Aguililla.", "2026-12-01")
    assert (ambushed["organizer"], ambushed["targets"]) == ("Los Viagras", ["Guardia Civil"])


def test_extract_events_an_appointment_is_no_designation_but_the_treasurys_is():
    appointed = _events("La jefa de Gobierno, Clara Brugada Molina, designó como titular de la Secretaría de Seguridad "
                        "Ciudadana a César Oliveros Aparicio, quien se desempeñaba como subsecretario.\n", "2026-12-05")
    assert not [e for e in appointed if e["type"] == "sanction"]
    sanctioned = _events("El Tesoro de Estados Unidos designó este jueves a Casa de Cambio Tepeyac por lavar dinero "
                         "para un cártel.\n\nLa Oficina de Control de Activos Extranjeros designó además a dos socios "
                         "como narcotraficantes.\n", "2026-12-05")
    assert len([e for e in sanctioned if e["type"] == "sanction"]) >= 1
