"""Events from hand-written EN/ES pages (issue 11, round 18): meetings told after "tras" by an agreement, a gathering
whose place is its own beside a seizure, leaders' calls counted from a seizure, "the two leaders" in reported speech,
a hand-over told again with its day, a body named with its acronym in parentheses."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = "2025-09-04") -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned, "place": names.get(e.place),
             "participants": [names.get(p) for p in e.participants]} for e in ex.events]


def test_extract_events_a_meeting_after_tras_that_an_agreement_followed_happened():
    text = ("La presidenta Claudia Sheinbaum y el secretario de Estado Marco Rubio acordaron ayer crear un grupo de "
            "seguridad, tras reunirse durante tres horas en Palacio Nacional.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["planned"] is False


def test_extract_events_a_meeting_after_a_deal_to_come_is_planned():
    text = "Rubio and Foreign Minister Juan Ramón de la Fuente will sign the accord after meeting in Mexico City."
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["planned"] is True


def test_extract_events_a_seizure_takes_no_place_of_the_meeting_it_came_after():
    text = ("Navy seizes cocaine off Oaxaca\n\nThe seizure came a week after DEA Administrator Terrance Cole met with "
            "President Claudia Sheinbaum in Mexico City.")
    events = _events(text)
    (meeting,) = [e for e in events if e["type"] == "meeting"]
    assert meeting["place"] == "Mexico City"
    assert all(e["place"] != "Mexico City" for e in events if e["type"] == "seizure")


def test_extract_events_a_meeting_in_the_past_subjunctive_is_one_of_its_own():
    text = ("El aseguramiento ocurre una semana después de que la presidenta Claudia Sheinbaum se reuniera en Palacio "
            "Nacional con el director de la DEA, Terrance Cole.")
    events = _events(text)
    (meeting,) = [e for e in events if e["type"] == "meeting"]
    assert "Terrance Cole" in meeting["participants"]
    assert all("Terrance Cole" not in e["participants"] for e in events if e["type"] == "seizure")


def test_extract_events_a_seizure_a_call_came_after_is_not_of_the_leaders():
    text = ("President Donald Trump spoke by phone Monday with Mexican President Claudia Sheinbaum.\n\n"
            "The call came two days after U.S. officials announced the seizure of 1,200 pounds of methamphetamine in "
            "Nogales, Arizona.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["participants"] == []


def test_extract_events_the_two_leaders_in_reported_speech_are_the_pair_named_before():
    text = ("President Donald Trump spoke by phone Monday with Mexican President Claudia Sheinbaum.\n\n"
            "Trump wrote on social media that the call was very productive.\n\n"
            "She said the two leaders would meet in person at the G20 summit in November.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert {"Donald Trump", "Claudia Sheinbaum"} <= set(meeting["participants"])


def test_extract_events_a_hand_over_told_again_gives_the_extradition_its_day():
    text = ("La Fiscalía General de la República entregó en extradición al gobierno de Estados Unidos a Luis Alberto "
            "Cárdenas Ibarra, requerido por delitos contra la salud.\n\n"
            "La entrega se realizó ayer en el Aeropuerto Internacional de la Ciudad de México.")
    (extradition,) = [e for e in _events(text, "2025-06-12") if e["type"] == "extradition"]
    assert extradition["date"] == "2025-06-11"


def test_extract_events_a_body_named_with_its_acronym_in_parentheses_made_the_seizure():
    text = ("Aseguran cocaína en Oaxaca\n\nOaxaca (México), 22 oct (EFE).- La Secretaría de Marina (Semar) aseguró este "
            "miércoles más de una tonelada de cocaína frente a las costas de Oaxaca.")
    seizures = [e for e in _events(text, "2025-10-22") if e["type"] == "seizure" and e["trigger"] == "aseguró"]
    assert seizures and "Secretaría de Marina" in seizures[0]["participants"]


def test_extract_events_a_meeting_a_call_came_after_is_of_the_callers_and_places_only_itself():
    text = ("President Donald Trump and Mexican President Claudia Sheinbaum spoke by telephone Thursday, a day after "
            "their security teams met in Mexico City.")
    events = _events(text, "2026-03-12")
    (call,) = [e for e in events if e["type"] == "call"]
    (meeting,) = [e for e in events if e["type"] == "meeting"]
    assert call["date"] == "2026-03-12" and call["place"] is None
    assert meeting["date"] == "2026-03-11" and meeting["place"] == "Mexico City"
    assert "Donald Trump" in meeting["participants"]


def test_extract_events_a_headline_call_held_with_no_determiner():
    text = ("Trump, Sheinbaum hold call as border deal nears\n\nPresident Donald Trump and Mexican President Claudia "
            "Sheinbaum discussed a border security agreement that could be signed next month, the White House said.")
    assert [e["trigger"] for e in _events(text, "2026-03-12") if e["type"] == "call"] == ["hold call"]


def test_extract_events_a_round_of_sanctions_counted_in_the_year_is_no_new_one():
    text = ("El Departamento del Tesoro de Estados Unidos sancionó este martes a seis personas del Cártel del Noreste.\n\n"
            "Se trata de la tercera ronda de sanciones contra organizaciones criminales en lo que va del año.")
    assert len([e for e in _events(text, "2026-03-10") if e["type"] == "sanction"]) == 1


def test_extract_events_one_wanted_for_extradition_is_no_extradition():
    text = ("Detienen en Culiacán a presunto operador del Cártel de Sinaloa.\n\n"
            "No se descarta que sea requerido en extradición por el gobierno de Estados Unidos.")
    assert [e for e in _events(text) if e["type"] == "extradition"] == []


def test_extract_events_a_clash_where_one_guard_was_wounded_is_an_attack_dated_by_what_it_followed():
    text = ("Detienen en Culiacán a operador\n\nElementos de la Defensa detuvieron ayer en Culiacán a Óscar Noé Medina, presunto integrante del Cártel de "
            "Sinaloa.\n\nHoras después se registró un enfrentamiento en la colonia Tierra Blanca, donde un elemento de la "
            "Guardia Nacional resultó herido.")
    (attack,) = [e for e in _events(text, "2026-03-03") if e["type"] == "attack"]
    assert attack["date"] == "2026-03-02"


def test_extract_events_the_meeting_named_again_is_the_one_held_not_the_one_to_come():
    text = ("Harfuch meets FBI director in Washington\n\nMexico's top security official, Omar García Harfuch, met Wednesday "
            "with FBI Director Kash Patel in Washington.\n\nGarcía Harfuch was also scheduled to meet next week with "
            "Homeland Security Secretary Kristi Noem.\n\nThe meeting came a day after Mexican authorities extradited 10 "
            "alleged cartel members to the United States.")
    (extradition,) = [e for e in _events(text, "2026-02-19") if e["type"] == "extradition"]
    assert extradition["date"] == "2026-02-17"
