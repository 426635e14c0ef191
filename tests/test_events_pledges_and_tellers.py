"""Events: a pledge to meet, a second meeting counted a day on, a body that reports others' meeting."""

from __future__ import annotations

from test_extract_events import _events


def test_a_pledge_to_meet_every_quarter_is_a_commitment_of_its_day_es():
    text = ("Los ministros de Gobernación de Guatemala, Francisco Jiménez, y de Seguridad de Honduras, Gerzon Velásquez, "
            "se comprometieron este lunes a reunirse cada tres meses para evaluar los operativos en la frontera.")
    events = _events(text, "2025-03-04")
    (pledge,) = [e for e in events if e["type"] == "commitment"]
    assert pledge["date"] == "2025-03-03" and not pledge["planned"]
    assert {"Francisco Jiménez", "Gerzon Velásquez"} <= set(pledge["participants"])
    assert [e["planned"] for e in events if e["type"] == "meeting"] == [True]


def test_a_pledge_keeps_no_place_of_the_meeting_pledged_es():
    text = ("El canciller Juan Ramón de la Fuente y el secretario Marco Rubio se comprometieron el martes a reunirse de "
            "nuevo en marzo en la Ciudad de México.")
    (pledge,) = [e for e in _events(text, "2026-12-16") if e["type"] == "commitment"]
    assert (pledge["date"], pledge["place"]) == ("2026-12-15", None)


def test_agreeing_to_meet_is_still_no_agreement():
    text = "Foreign Minister Alicia Bárcena and Secretary Antony Blinken agreed to meet again in January."
    assert [e["type"] for e in _events(text, "2024-10-08")] == ["meeting"]


def test_a_second_meeting_a_day_on_after_a_sentence_about_the_pair_es():
    text = ("El secretario Omar García Harfuch se reunió el lunes en Palacio Nacional con el embajador Ronald Johnson.\n"
            "De acuerdo con un comunicado, ambos funcionarios coincidieron en la importancia de frenar el tráfico de armas.\n"
            "Un día después, García Harfuch se reunió con la fiscal general de Colombia, Luz Adriana Camargo.")
    days = {e["date"] for e in _events(text, "2025-04-16") if e["type"] == "meeting" and "Luz Adriana Camargo" in e["participants"]}
    assert days == {"2025-04-15"}


def test_a_second_meeting_the_next_day_after_the_pair_agreed():
    text = ("Security Secretary Omar García Harfuch met with U.S. Ambassador Ronald Johnson in Mexico City on Monday.\n"
            "The two officials agreed on the need to curb gun trafficking, according to a statement.\n"
            "The next day, García Harfuch met with Colombian Attorney General Luz Adriana Camargo.")
    days = {e["date"] for e in _events(text, "2025-04-16") if e["type"] == "meeting" and "Luz Adriana Camargo" in e["participants"]}
    assert days == {"2025-04-15"}


def test_a_sentence_of_other_news_still_stops_the_count_es():
    text = ("El secretario Omar García Harfuch se reunió el lunes en Palacio Nacional con el embajador Ronald Johnson.\n"
            "El alcalde de Culiacán pidió calma a la población.\n"
            "Un día después, García Harfuch se reunió con la fiscal general de Colombia, Luz Adriana Camargo.")
    days = {e["date"] for e in _events(text, "2025-04-16") if e["type"] == "meeting" and "Luz Adriana Camargo" in e["participants"]}
    assert days != {"2025-04-15"}


def test_a_body_that_tells_first_of_its_ministers_meeting_is_no_participant():
    text = ("Mexico's Foreign Ministry said on Tuesday that Foreign Minister Alicia Bárcena met with U.S. Secretary of State "
            "Antony Blinken in Washington to review cooperation against fentanyl trafficking.")
    (meeting,) = [e for e in _events(text, "2024-10-09") if e["type"] == "meeting"]
    assert meeting["participants"] == ["Alicia Bárcena", "Antony Blinken"] and meeting["organizer"] is None


def test_a_body_that_tells_first_of_its_ministers_meeting_is_no_participant_es():
    text = ("La Secretaría de Relaciones Exteriores informó que el canciller Juan Ramón de la Fuente se reunió el martes "
            "en Washington con el secretario de Estado, Marco Rubio.")
    (meeting,) = [e for e in _events(text, "2025-03-06") if e["type"] == "meeting"]
    assert meeting["participants"] == ["Juan Ramón de la Fuente", "Marco Rubio"]


def test_a_body_that_closes_its_ministers_meeting_still_speaks_for_him():
    text = "Foreign Minister Alicia Bárcena met with Merrick Garland in Mexico City on Thursday, the Foreign Ministry said."
    (meeting,) = [e for e in _events(text, "2025-03-06") if e["type"] == "meeting"]
    assert "Secretaría de Relaciones Exteriores" in meeting["participants"]


def test_an_arrival_with_its_day_before_the_city_is_a_visit_es():
    text = ("El secretario de Estado, Marco Rubio, llegó este miércoles a la Ciudad de México.\n"
            "Posteriormente, Rubio se reunió en Palacio Nacional con la presidenta Claudia Sheinbaum.")
    events = _events(text, "2025-09-04")
    (visit,) = [e for e in events if e["type"] == "visit"]
    assert (visit["date"], visit["place"], visit["participants"]) == ("2025-09-03", "Mexico City", ["Marco Rubio"])
    assert [e["date"] for e in events if e["type"] == "meeting"] == ["2025-09-03"]


def test_an_arrival_with_its_day_before_the_city_is_a_visit():
    text = "Homeland Security Secretary Kristi Noem arrived Wednesday in Mexico City."
    (visit,) = [e for e in _events(text, "2025-03-27") if e["type"] == "visit"]
    assert (visit["date"], visit["place"]) == ("2025-03-26", "Mexico City")


def test_reaching_a_deal_on_a_day_is_no_arrival_es():
    assert [e["type"] for e in _events("El gobernador llegó este martes a un acuerdo con los transportistas.",
                                       "2025-03-27") if e["type"] == "visit"] == []


def test_a_pledge_made_on_a_dated_call_under_a_release_line_takes_the_calls_day_es():
    text = ("Arévalo y Sheinbaum conversan por teléfono\n"
            "Guatemala, 21 de enero de 2025\n"
            "El presidente de Guatemala, Bernardo Arévalo, sostuvo el lunes una llamada telefónica con la presidenta de "
            "México, Claudia Sheinbaum, en la que ambos se comprometieron a reforzar la seguridad en la frontera común, "
            "informó la Secretaría de Comunicación Social.")
    events = _events(text, "2025-01-21")
    assert {e["date"] for e in events if e["type"] in {"call", "commitment"}} == {"2025-01-20"}
