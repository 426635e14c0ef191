"""Events from hand-written EN/ES pages (issue 11, round 31): goods someone was caught holding ("detenida en posesión
de 48 dosis de cristal", "arrested in possession of two kilograms of cocaine") are a seizure, and a security body's
communiqué that goes on, after its lead, with what its unnamed personnel did ("El personal militar repelió la
agresión, lo que dio como resultado la detención de ...") gives those arrests and seizures to that body."""

from __future__ import annotations

from _event_helpers import event_dicts


def _of(text: str, kind: str) -> list[dict]:
    return [e for e in event_dicts(text, "2026-12-07") if e["type"] == kind]


def test_extract_events_goods_held_at_an_arrest_are_a_seizure_from_who_held_them():
    text = ("El miércoles 2 de diciembre, agentes estatales arrestaron a Dulce María Arreola Peña en posesión de 36 dosis "
            "de cristal y una pistola, durante un patrullaje en la colonia Centro.")
    seizures = _of(text, "seizure")
    assert [s["date"] for s in seizures] == ["2026-12-02"]
    assert "Dulce María Arreola Peña" in seizures[0]["participants"]
    english = "PHOENIX — Deputies arrested Mario Ruelas Soto on Tuesday in possession of two kilograms of fentanyl powder."
    assert [(s["date"], s["participants"]) for s in _of(english, "seizure")] == [("2026-12-01", ["Mario Ruelas Soto"])]


def test_extract_events_possession_of_no_counted_goods_is_no_seizure():
    assert _of("Police arrested Tomás Elizondo Cruz on Monday. He was in possession of his passport.", "seizure") == []
    assert _of("La fiscal Irma Solís Vega dijo el lunes que la defensa estaba en posesión de la carpeta.", "seizure") == []


def test_extract_events_a_communique_gives_its_personnel_s_arrest_and_seizure_to_its_body():
    text = ("La Secretaría de Marina informó que el pasado martes personal naval fue atacado con armas de fuego en "
            "Tecpan de Galeana, Guerrero.\n\n"
            "El personal naval repelió la agresión, lo que dio como resultado la detención de tres civiles y el "
            "aseguramiento de dos fusiles y una camioneta.")
    for kind in ("arrest", "seizure"):
        events = _of(text, kind)
        assert [(e["date"], e["participants"]) for e in events] == [("2026-12-01", ["Secretaría de Marina"])], kind


def test_extract_events_personnel_told_in_another_s_words_take_no_body():
    text = ("La Secretaría de Marina informó el lunes que reforzó la vigilancia en Tecpan de Galeana.\n\n"
            "El alcalde Ramiro Ocampo Díaz dijo que policías municipales detuvieron a dos jóvenes el martes.")
    assert all("Secretaría de Marina" not in e["participants"] for e in _of(text, "arrest"))


def test_extract_events_the_operation_named_again_with_its_day_dates_its_arrests_and_seizures():
    text = ("La Secretaría de Marina aseguró 800 kilos de cocaína y detuvo a tres personas a bordo de una embarcación "
            "frente a las costas de Guerrero.\n\n"
            "De acuerdo con la dependencia, la acción se realizó el pasado domingo, luego de un patrullaje.")
    assert {(e["type"], e["date"]) for e in event_dicts(text, "2026-12-08")} == {("seizure", "2026-12-06"),
                                                                                 ("arrest", "2026-12-06")}
    english = ("Agents seize rifles near Nogales\n\n"
               "Federal agents seized 40 rifles and arrested Jorge Salas Mena near Nogales, Arizona.\n\n"
               "The operation took place Tuesday, the agency said.")
    assert {(e["type"], e["date"]) for e in event_dicts(english, "2026-12-04")} == {("seizure", "2026-12-01"),
                                                                                    ("arrest", "2026-12-01")}
    assert {(e["type"], e["date"]) for e in event_dicts(english.replace("The operation", "The storm"), "2026-12-04")} \
        == {("seizure", None), ("arrest", None)}


def test_extract_events_an_operation_named_with_a_later_day_keeps_its_events_undated():
    text = ("Army arrests two\n\nSoldiers arrested Ramiro Vega Soto near Culiacán, the army said.\n\n"
            "The operation will continue on Friday, officials said.")
    assert {(e["type"], e["date"]) for e in event_dicts(text, "2026-12-01")} == {("arrest", None)}


def test_extract_events_a_year_before_the_event_noun_dates_it_by_its_year():
    text = ("Sinaloa gunman charged\n\n"
            "Prosecutors said Ramiro Leyva Campos led a 2023 ambush that killed four soldiers near Culiacán.")
    assert [e["date"] for e in event_dicts(text, "2026-12-09") if e["type"] == "attack"] == ["2023"]
    assert [e["date"] for e in event_dicts(text.replace("a 2023 ambush", "an ambush"), "2026-12-09")
            if e["type"] == "attack"] == [None]
