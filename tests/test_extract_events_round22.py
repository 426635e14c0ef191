"""Events from hand-written EN/ES pages (issue 11, round 22): naval personnel after a fronted distance at sea ("a 95
millas náuticas de X, personal naval aseguró ... y detuvo"), a public figure named by surname alone ("held a phone call
with Trump"), and a wire report of a call and a communiqué of an arrest at sea read as the same events across outlets."""

from __future__ import annotations

from pathlib import Path

from _event_helpers import event_dicts
from _export_helpers import exported

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = "2026-12-03") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_naval_personnel_after_a_distance_at_sea_made_the_second_act_es():
    text = ("La Secretaría de Marina informó que, a 60 millas náuticas de Salina Cruz, personal naval interceptó una "
            "lancha y detuvo a cuatro personas.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["participants"] == ["Secretaría de Marina"]


def test_extract_events_a_body_telling_a_passive_arrest_after_a_distance_still_only_reports_it_es():
    text = "La Secretaría de Marina informó que, a 60 millas náuticas de Salina Cruz, fueron detenidas cuatro personas."
    assert all("Secretaría de Marina" not in e["participants"] for e in _events(text) if e["type"] == "arrest")


def test_extract_events_a_call_with_a_figure_named_by_surname_alone_has_him():
    text = "Mexican President Claudia Sheinbaum said on Thursday that she held a phone call with Trump about tariffs."
    (call,) = [e for e in _events(text) if e["type"] == "call"]
    assert set(call["participants"]) == {"Claudia Sheinbaum", "Trump"}


def test_extract_events_a_figures_surname_keeps_the_name_words_before_it():
    ex = extract_document(clean_document(RawDocument(
        source="t.txt", raw="Arrests rose this year.\n\nFor García Harfuch, the numbers show that the strategy is working.\n")))
    people = {e.name for e in ex.entities if e.type == "person"}
    assert "García Harfuch" in people and "Harfuch" not in people


def test_extract_events_a_figure_named_by_surname_as_subject_of_a_planned_meeting():
    text = "The White House said Rubio will meet with Mexican Security Secretary Omar García Harfuch on Friday."
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert meeting["planned"] and "Rubio" in meeting["participants"]


def test_extract_events_a_figures_surname_opening_the_sentence_meets():
    text = "Hegseth met with Mexican Defense Secretary Ricardo Trevilla in Washington on Tuesday, the Pentagon said."
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert {"Hegseth", "Ricardo Trevilla"} <= set(meeting["participants"])


def test_extract_events_a_body_that_arrested_and_told_it_made_the_arrest():
    text = ("Mexico's navy seized about 300 kilograms of cocaine from a boat off Manzanillo on Monday and arrested three "
            "people, the Navy said.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["participants"] == ["Secretaría de Marina"]


def test_extract_events_a_body_that_told_its_soldiers_arrest_stays_out_of_the_named_troops_arrest():
    text = "Soldiers of the Mexican Army arrested five people in Culiacán on Thursday, the Defense Ministry said."
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["participants"] == ["Ejército Mexicano"]


def test_extract_events_a_small_craft_seized_at_sea_is_a_seizure_and_dates_the_arrest_after_it_es():
    text = "La Secretaría de Marina aseguró el lunes una lancha rápida y detuvo a dos tripulantes frente a Ensenada."
    events = {e["type"]: e for e in _events(text)}
    assert events["seizure"]["date"] == events["arrest"]["date"] == "2026-11-30"


def test_extract_events_saying_something_of_a_boat_is_no_seizure_es():
    text = "El alcalde aseguró el lunes que las lanchas de los pescadores no serán retiradas del muelle."
    assert [e for e in _events(text) if e["type"] == "seizure"] == []


def test_extract_events_soldiers_under_a_wire_dateline_made_the_arrest_their_ministry_told():
    text = ("Soldiers detain 8 in Sinaloa\n\nDecember 9, 2026\n\nCULIACAN, Mexico (AP) — Mexican soldiers arrested eight "
            "people in a raid in Navolato on Tuesday, the Defense Department said.\n")
    arrests = [e for e in _events(text, "2026-12-09") if e["type"] == "arrest"]
    assert arrests and all(e["participants"] == ["Secretaría de la Defensa Nacional"] for e in arrests)


def test_extract_entities_a_leaders_surname_qualifying_a_body_names_no_one():
    for text in ("The Trump administration imposed new tariffs on steel on Tuesday.",
                 "El gobierno de Trump impuso nuevos aranceles al acero el martes."):
        ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-03")))
        assert not [e for e in ex.entities if e.type == "person"]


PAGES = {
    "wire.txt": "Sheinbaum says call with Trump went well\n\nDecember 8, 2026\n\nMEXICO CITY (Reuters) - Mexican President "
                "Claudia Sheinbaum said on Tuesday she spoke by phone with Trump on Monday about security and trade.\n",
    "diario.txt": "Sheinbaum y Trump hablan por teléfono\n\nMartes 8 de diciembre de 2026\n\nLa presidenta Claudia Sheinbaum "
                  "informó que el lunes sostuvo una llamada telefónica con el presidente de Estados Unidos, Donald Trump.\n",
    "marina.txt": "Comunicado\n\nSalina Cruz, Oaxaca, a 8 de diciembre de 2026.\n\nLa Secretaría de Marina informa que ayer, a "
                  "60 millas náuticas de Salina Cruz, personal naval aseguró una lancha con 500 kilos de cocaína y detuvo "
                  "a cuatro personas.\n",
    "ap.txt": "Mexican Navy seizes cocaine off Oaxaca\n\nDecember 8, 2026\n\nMEXICO CITY (AP) — Mexico's navy seized about 500 "
              "kilograms of cocaine from a boat off Salina Cruz on Monday and arrested four people, the Navy said.\n",
}


def test_resolve_events_a_call_and_an_arrest_at_sea_told_by_several_outlets_are_one_each(tmp_path: Path):
    docs = exported(tmp_path, PAGES)
    people = {name: {e["id"]: e["name"] for e in d["entities"]} for name, d in docs.items()}
    calls = {name: [e for e in docs[name]["events"] if e["type"] == "call"] for name in ("wire.txt", "diario.txt")}
    assert calls["wire.txt"][0]["id"] == calls["diario.txt"][0]["id"]
    assert "Donald Trump" in {people["wire.txt"][p] for p in calls["wire.txt"][0]["participant_ids"]}
    arrests = {name: [e for e in docs[name]["events"] if e["type"] == "arrest"] for name in ("marina.txt", "ap.txt")}
    assert arrests["marina.txt"][0]["id"] == arrests["ap.txt"][0]["id"] and arrests["marina.txt"][0]["participant_ids"]
