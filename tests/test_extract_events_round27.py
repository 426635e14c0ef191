"""Events from hand-written EN/ES pages (issue 11, round 27): an arrest told by a definite description of the one an
extradition just told was done to ("The drug lord had been arrested", "El capo había sido capturado") is his; a call
its party says she held is of the day she told it; a warrant served "este miércoles" is an arrest of that day; shots
told by their verb ("le dispararon") are an attack; suspects "transferred to U.S. authorities in Florida" are no
extradition; "The crew seized", "Los elementos aseguraron" are the body named just before."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-12-04") -> list[dict]:
    return event_dicts(text, published)


def _arrest(text: str) -> dict:
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    return arrest


def test_extract_events_an_arrest_of_the_drug_lord_just_extradited_is_his():
    text = ("Colombia extradited Dairo Antonio Úsuga to the United States on Wednesday.\n\n"
            "The drug lord had been captured in October in the jungle of Antioquia by the Colombian army.")
    assert "Dairo Antonio Úsuga" in _arrest(text)["participants"]


def test_extract_events_la_captura_del_capo_recien_extraditado_es_suya():
    text = ("Honduras extraditó este martes a Estados Unidos a Juan Carlos Bonilla Valladares.\n\n"
            "El presunto narcotraficante había sido capturado el 9 de marzo en Tegucigalpa por la Policía Nacional.")
    arrest = _arrest(text)
    assert "Juan Carlos Bonilla Valladares" in arrest["participants"]
    assert arrest["date"] == "2026-03-09"


def test_extract_events_another_suspect_or_one_also_arrested_is_someone_else():
    for text in ("Police arrested Rodrigo Salas Peña on Monday. The other suspect was arrested on Tuesday.",
                 "Police arrested Rodrigo Salas Peña on Monday. The driver was also arrested on Tuesday.",
                 "La policía detuvo el lunes a Rodrigo Salas Peña. Otro sospechoso fue detenido el martes."):
        arrests = [e for e in _events(text) if e["type"] == "arrest"]
        assert [a["participants"] for a in arrests if a["date"] == "2026-12-01"] == [[]]


def _call(text: str, published: str = "2026-12-04") -> dict:
    (call,) = [e for e in _events(text, published) if e["type"] == "call"]
    return call


def test_extract_events_a_phone_conversation_the_leader_says_she_held_is_of_that_day():
    call = _call("Mexican President Claudia Sheinbaum said on Tuesday she held a phone conversation with Guatemalan "
                 "President Bernardo Arévalo about migration.")
    assert call["date"] == "2026-12-01"
    assert {"Claudia Sheinbaum", "Bernardo Arévalo"} <= set(call["participants"])


def test_extract_events_la_llamada_que_la_presidenta_informo_haber_sostenido_es_de_ese_dia():
    call = _call("La presidenta Claudia Sheinbaum informó este martes que sostuvo una llamada telefónica con el primer "
                 "ministro de Canadá, Mark Carney, en la que abordaron el tratado comercial.")
    assert call["date"] == "2026-12-01"


def test_extract_events_a_call_told_by_someone_else_or_in_the_pluperfect_keeps_no_day():
    assert _call("The White House said Tuesday that President Donald Trump held a phone call with Claudia "
                 "Sheinbaum.")["date"] is None
    assert _call("La presidenta Claudia Sheinbaum informó este martes que había sostenido una llamada telefónica con "
                 "el primer ministro de Canadá, Mark Carney.")["date"] is None


def test_extract_events_a_day_told_with_the_call_stays_its_own():
    call = _call("Claudia Sheinbaum said on Thursday she held a phone conversation with Mark Carney on Wednesday.")
    assert call["date"] == "2026-12-02"


def test_extract_events_a_warrant_served_on_a_day_told_between_is_an_arrest_of_that_day():
    text = ("La Fiscalía General del Estado informó que agentes de investigación cumplimentaron este miércoles una "
            "orden de aprehensión en contra de Rodrigo Salas Peña por el delito de homicidio.")
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest"]
    assert arrest["date"] == "2026-12-02"


def test_extract_events_an_attack_told_by_the_shots_at_its_victim_is_of_its_day():
    text = ("La Fiscalía informó que el ataque ocurrió el 12 de octubre en Mexicali, cuando el oficial fue interceptado "
            "por dos hombres que le dispararon en al menos seis ocasiones.")
    events = _events(text)
    assert [e["date"] for e in events if e["type"] == "attack"] == ["2026-10-12"]
    assert "seizure" not in [e["type"] for e in events]  # the officer stopped is no load intercepted


def test_extract_events_suspects_handed_to_us_authorities_on_us_soil_are_no_extradition():
    text = ("The crew of the Coast Guard Cutter Mohawk interdicted a go-fast vessel south of Jamaica on Nov. 18 and "
            "detained three suspects. The suspects were transferred to U.S. authorities in Florida for prosecution.")
    assert "extradition" not in [e["type"] for e in _events(text)]


def test_extract_events_prisoners_handed_to_us_authorities_abroad_are_still_sent():
    for text in ("Mexico transferred 26 cartel prisoners to the United States on Tuesday, the Security Cabinet said.",
                 "The 26 prisoners were handed over to U.S. authorities at the Mexico City airport on Tuesday."):
        assert "extradition" in [e["type"] for e in _events(text)]


def test_extract_events_the_crew_that_seized_is_the_body_named_before():
    text = ("The crew of the Coast Guard Cutter Mohawk returned to Key West on Friday. The crew interdicted a go-fast "
            "vessel south of Jamaica on Nov. 18 and seized 900 kilograms of cocaine.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["participants"] == ["U.S. Coast Guard"]


def test_extract_events_los_elementos_que_aseguraron_son_de_la_dependencia_nombrada_antes():
    text = ("La Secretaría de Marina desplegó un operativo en Puerto Chiapas. Los elementos aseguraron el martes una "
            "embarcación con 600 kilos de cocaína.")
    (seizure,) = [e for e in _events(text) if e["type"] == "seizure"]
    assert seizure["participants"] == ["Secretaría de Marina"]


def test_extract_events_a_call_told_in_the_pluperfect_with_its_day_is_a_call_of_that_day():
    call = _call("Claudia Sheinbaum said on Tuesday she had spoken by phone with Mark Carney on Sunday.")
    assert call["date"] == "2026-11-29"
