"""Event dates (evdates10, stop 43): the one day a headline names dates the undated events of the lead below it
("NCB busts heroin racket in Amritsar on July 12" over a lead that tells no day); not a day after publication, nor
events past the lead."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(events: list[dict], kind: str) -> set[str | None]:
    return {e["date"] for e in events if e["type"] == kind}


def test_extract_events_the_headline_day_dates_an_undated_lead():
    text = ("Police bust ganja racket in Hyderabad on March 3, three held\n\n"
            "The Hyderabad police have seized 120 kg of ganja and arrested three persons near the outer ring road, "
            "officials said.\n\n"
            "The accused were produced before a magistrate and sent to judicial custody.")
    events = event_dicts(text, "2026-03-05")
    assert _dates(events, "seizure") == {"2026-03-03"}
    assert _dates(events, "arrest") == {"2026-03-03"}


def test_extract_events_spanish_headline_day_dates_the_lead():
    text = ("Aseguran 300 kilos de cocaína en Manzanillo el 2 de marzo\n\n"
            "Elementos de la Secretaría de Marina aseguraron 300 kilos de cocaína en un contenedor en el puerto de "
            "Manzanillo, Colima, informaron autoridades federales.")
    assert _dates(event_dicts(text, "2026-03-05"), "seizure") == {"2026-03-02"}


def test_extract_events_a_headline_day_after_publication_dates_nothing_done():
    text = ("Police bust ganja racket, hearing on March 20\n\n"
            "The Hyderabad police have seized 120 kg of ganja and arrested three persons, officials said.")
    assert _dates(event_dicts(text, "2026-03-05"), "seizure") == {None}


def test_extract_events_a_lead_with_its_own_day_keeps_it():
    text = ("Police bust ganja racket in Hyderabad on March 3\n\n"
            "The Hyderabad police seized 120 kg of ganja on Monday, officials said.")
    assert _dates(event_dicts(text, "2026-03-05"), "seizure") == {"2026-03-02"}


def test_extract_events_a_headline_ending_in_initials_takes_the_story_day():
    text = ("Capturan en Petén a presunto narcotraficante requerido por EE. UU.\n\n"
            "Agentes de la Policía Nacional Civil capturaron el sábado en Santa Elena a un hombre requerido en "
            "extradición por una corte de Texas, informó este lunes el Ministerio de Gobernación.")
    assert _dates(event_dicts(text, "2026-07-27"), "arrest") == {"2026-07-25"}
    text = ("Mexico extradites alleged cartel accountant to U.S.\n\n"
            "Mexico extradited an alleged accountant of the Sinaloa Cartel to the United States on Thursday, the "
            "Attorney General's Office said.")
    assert _dates(event_dicts(text, "2026-07-27"), "extradition") == {"2026-07-23"}
