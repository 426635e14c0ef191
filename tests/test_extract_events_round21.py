"""Events from hand-written EN/ES pages (issue 11, round 21): detainees handed to the Ministerio Público (who receives
them took no part in the arrest), the next call of two leaders ("agreed to speak again next week", "volverá a hablar
con"), two sides that exchanged fire, a clash placed in a sindicatura, and a call planned for next week kept apart
from the call just held, across outlets."""

from __future__ import annotations

from pathlib import Path

from _event_helpers import event_dicts
from _export_helpers import exported


def _events(text: str, published: str | None = "2026-12-03") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_the_prosecutor_detainees_were_handed_to_took_no_part_es():
    text = ("Elementos de la Guardia Nacional detuvieron el martes a tres hombres en Navolato, quienes fueron puestos a "
            "disposición del Agente del Ministerio Público de la Federación.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["participants"] == ["Guardia Nacional"]


def test_extract_events_detainees_left_at_the_disposal_of_the_prosecutor_name_no_arrester_es():
    text = "La Fiscalía estatal informó que los cinco detenidos quedaron a disposición del Ministerio Público en Tepic."
    assert all("Ministerio Público" not in e["participants"] for e in _events(text) if e["type"] == "arrest")


def test_extract_events_leaders_agreeing_to_talk_again_by_phone_plan_a_call():
    text = "Sheinbaum said she and Trump agreed to talk again by phone next week."
    (call,) = [e for e in _events(text) if e["type"] == "call"]
    assert call["planned"] and {"Sheinbaum", "Trump"} <= set(call["participants"])


def test_extract_events_she_will_speak_again_with_the_president_on_monday_es():
    text = "La presidenta Claudia Sheinbaum dijo que volverá a hablar con Donald Trump el próximo lunes."
    (call,) = [e for e in _events(text) if e["type"] == "call"]
    assert call["planned"] and call["date"] == "2026-12-07"


def test_extract_events_agreeing_to_converse_again_is_no_agreement_es():
    text = ("La presidenta Claudia Sheinbaum y el presidente Donald Trump acordaron volver a conversar la próxima "
            "semana.")
    events = _events(text)
    assert [e["type"] for e in events] == ["call"] and events[0]["planned"]


def test_extract_events_talking_again_about_a_topic_is_no_call_es():
    text = "La presidenta Claudia Sheinbaum dijo que volverá a hablar del tema con los legisladores."
    assert [e for e in _events(text) if e["type"] == "call"] == []


def test_extract_events_two_criminal_cells_that_exchanged_fire_are_an_attack():
    text = "Members of two criminal cells exchanged fire for hours on Tuesday in Frontera Comalapa, Chiapas."
    assert [e["date"] for e in _events(text) if e["type"] == "attack"] == ["2026-12-01"]


def test_extract_events_two_groups_that_exchanged_shots_are_an_attack_es():
    text = "Integrantes de dos grupos criminales intercambiaron disparos el martes en Frontera Comalapa, Chiapas."
    assert [e["date"] for e in _events(text) if e["type"] == "attack"] == ["2026-12-01"]


def test_extract_events_words_exchanged_like_fire_are_no_attack():
    text = "The lawmakers exchanged fire over the budget on Tuesday."
    assert [e for e in _events(text) if e["type"] == "attack"] == []


def test_extract_events_a_clash_in_a_sindicatura_is_placed_there_es():
    text = "Un enfrentamiento entre grupos armados dejó seis muertos el martes en la sindicatura de Eldorado, Culiacán."
    (attack,) = [e for e in _events(text) if e["type"] == "attack"]
    assert attack["place"] == "Eldorado"


PAGES = {
    "universal.txt": "Sheinbaum y Trump acuerdan volver a hablar la próxima semana\n\n03/12/2026\n\nLa presidenta Claudia Sheinbaum informó "
                     "que este miércoles sostuvo una llamada telefónica con el presidente de Estados Unidos, Donald "
                     "Trump. Ambos acordaron volver a conversar la próxima semana.\n",
    "ap.txt": "Mexico's top diplomat meets Rubio\n\nDecember 4, 2026\n\nWASHINGTON (AP) — Mexico's Foreign "
              "Secretary Juan Ramón de la Fuente met with Secretary of State Marco Rubio in Washington on Thursday.\n\n"
              "The meeting came a day after Mexican President Claudia Sheinbaum and President Donald Trump spoke by "
              "phone.\n\nThe two presidents are expected to speak again next week.\n",
}


def test_resolve_events_a_call_planned_for_next_week_is_not_the_call_just_held(tmp_path: Path):
    docs = exported(tmp_path, PAGES)
    calls = {name: {e["status"]: e["id"] for e in docs[name]["events"] if e["type"] == "call"} for name in PAGES}
    assert calls["ap.txt"] == calls["universal.txt"]
    assert calls["universal.txt"]["planned"] != calls["universal.txt"]["happened"]


def test_extract_events_the_two_leaders_told_by_one_of_them_are_both_of_the_next_call():
    text = ("Sheinbaum said she held a phone call with U.S. President Donald Trump on Wednesday. Sheinbaum told reporters "
            "at her regular morning news conference that the two leaders agreed to speak again next week.")
    (planned,) = [e for e in _events(text) if e["type"] == "call" and e["planned"]]
    assert set(planned["participants"]) == {"Sheinbaum", "Donald Trump"}


def test_extract_events_both_leaders_told_after_a_frame_are_both_of_the_next_meeting_es():
    text = ("La presidenta Claudia Sheinbaum sostuvo una llamada telefónica con Donald Trump. En su conferencia "
            "matutina, Sheinbaum informó que ambos mandatarios acordaron reunirse en enero.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["planned"] and set(meeting["participants"]) == {"Claudia Sheinbaum", "Donald Trump"}


WIRE = {
    "reuters.txt": "Mexican soldiers arrest 14 in Culiacan\n\nMEXICO CITY, Dec 3 (Reuters) - Mexican soldiers arrested 14 "
                   "suspected members of the Sinaloa Cartel in the city of Culiacan on Wednesday, the Defense Ministry "
                   "said.\n\nOn Tuesday, gunmen from the Chapitos and the Mayiza factions clashed in the town of "
                   "Eldorado, leaving six people dead, local authorities said.\n",
    "sedena.txt": "Comunicado\n\nCuliacán, Sinaloa, a 2 de diciembre de 2026.\n\nLa Secretaría de la Defensa Nacional "
                  "informa que hoy, en la ciudad de Culiacán, Sinaloa, personal del Ejército Mexicano detuvo a 14 "
                  "personas y aseguró seis armas largas.\n\nAsimismo, el día de ayer, en la sindicatura de Eldorado, "
                  "se registró un enfrentamiento entre integrantes de dos grupos delictivos, en el que perdieron la "
                  "vida seis personas.\n",
}


def test_resolve_events_a_wire_story_without_its_year_meets_the_dated_report_of_one_place_and_count(tmp_path: Path):
    docs = exported(tmp_path, WIRE)
    ids = {name: {e["type"]: (e["id"], e["date"]) for e in docs[name]["events"] if e["type"] in {"arrest", "attack"}}
           for name in WIRE}
    assert ids["reuters.txt"] == ids["sedena.txt"]
    assert ids["reuters.txt"]["arrest"][1] == "2026-12-02" and ids["reuters.txt"]["attack"][1] == "2026-12-01"


def test_extract_events_a_meeting_where_a_visit_goes_next_week_is_planned_es():
    text = ("Kristi Noem visitará la Ciudad de México la próxima semana, donde se reunirá con la presidenta Claudia "
            "Sheinbaum.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["planned"] and set(meeting["participants"]) == {"Kristi Noem", "Claudia Sheinbaum"}


TRANSFER = {
    "reuters.txt": "Mexico sends 26 more to U.S.\n\nMEXICO CITY, Dec 10 (Reuters) - Mexico sent 26 alleged cartel members "
                   "to the United States on Wednesday, the country's security cabinet said on Thursday.\n",
    "jornada.txt": "Envía México 26 reos a EU\n\nViernes 11 de diciembre de 2026\n\nEl gobierno de México envió el "
                   "miércoles a Estados Unidos a 26 reos vinculados con organizaciones criminales, informó el Gabinete "
                   "de Seguridad.\n",
}


def test_resolve_events_a_transfer_told_without_its_year_meets_the_dated_one_of_its_head_count(tmp_path: Path):
    docs = exported(tmp_path, TRANSFER)
    sent = {name: [(e["id"], e["date"]) for e in docs[name]["events"] if e["type"] == "extradition"] for name in TRANSFER}
    assert sent["reuters.txt"] == sent["jornada.txt"] and sent["reuters.txt"][0][1] == "2026-12-09"


def test_extract_events_a_body_telling_what_its_own_troops_arrested_made_the_arrest_es():
    text = "La Secretaría de la Defensa Nacional informó que elementos militares detuvieron a tres personas en Culiacán."
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["participants"] == ["Secretaría de la Defensa Nacional"]


def test_extract_events_naval_personnel_after_a_place_are_the_navys_es():
    text = ("La Secretaría de Marina informa que hoy, en Manzanillo, Colima, personal naval detuvo a 11 personas a bordo "
            "de una embarcación.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["participants"] == ["Secretaría de Marina"]


def test_extract_events_a_body_telling_an_arrest_in_the_passive_only_reports_it_es():
    text = 'La Secretaría de Marina informó que fue detenido en Manzanillo José Pérez, alias "El Flaco".'
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert "Secretaría de Marina" not in arrest["participants"]


def test_extract_events_an_attack_only_reported_in_the_conditional_is_none_es():
    text = ("De acuerdo con reportes locales, un grupo armado habría atacado una patrulla municipal en Ciudad Juárez, "
            "dejando dos policías heridos.")
    assert [e for e in _events(text) if e["type"] == "attack"] == []


def test_extract_events_a_pledge_to_meet_again_in_march_plans_next_years_meeting():
    text = ("Secretary of State Marco Rubio and Foreign Secretary Juan Ramón de la Fuente committed to meet again in March "
            "in Mexico City.")
    (meeting,) = [e for e in _events(text, "2026-12-16") if e["type"] == "meeting"]
    assert meeting["planned"] and meeting["date"] == "2027-03"


def test_extract_events_a_pledge_to_meet_again_in_march_plans_next_years_meeting_es():
    text = "Marco Rubio y Juan Ramón de la Fuente se comprometieron a reunirse de nuevo en marzo en la Ciudad de México."
    (meeting,) = [e for e in _events(text, "2026-12-16") if e["type"] == "meeting"]
    assert meeting["planned"] and meeting["date"] == "2027-03"


def test_extract_events_a_meeting_told_in_the_pluperfect_is_the_earlier_one_es():
    text = ("El pasado 3 de diciembre, Juan Ramón de la Fuente se había reunido con Marco Rubio en el Departamento de "
            "Estado.")
    (meeting,) = [e for e in _events(text, "2026-12-17") if e["type"] == "meeting"]
    assert not meeting["planned"] and meeting["date"] == "2026-12-03"


def test_extract_events_leaders_who_have_not_met_held_no_meeting_es():
    text = "Sheinbaum y Trump no se han reunido en persona desde que él asumió el cargo."
    assert [e for e in _events(text) if e["type"] == "meeting"] == []


def test_extract_events_a_pledge_to_meet_again_is_a_commitment_besides_the_meeting():
    # the pledge is made now: the meeting's month and city are not its own
    text = ("Secretary of State Marco Rubio and Foreign Secretary Juan Ramón de la Fuente committed to meet again in March "
            "in Mexico City.")
    events = _events(text, "2026-12-16")
    assert [e["type"] for e in events] == ["meeting", "commitment"]
    assert (events[1]["date"], events[1]["place"]) == (None, None)


def test_extract_events_a_pledge_to_act_stays_a_commitment_es():
    text = "El gobierno de México se comprometió a reforzar la vigilancia en la frontera norte."
    assert [e["type"] for e in _events(text, "2026-12-16")] == ["commitment"]
