"""Events, stop 43 (second round): a meeting told as news on a day, by whoever tells it."""

from test_extract_events import _events, _one


def test_a_meeting_a_ministry_tells_on_a_day_is_of_that_day():
    events = _events("Mexico's Foreign Ministry said on Tuesday that Foreign Minister Juan Ramon de la Fuente met U.S. "
                     "Ambassador Ronald Johnson to discuss security cooperation.", "2025-05-21")
    assert _one(events, "meeting")["date"] == "2025-05-20"


def test_una_reunion_que_informa_la_cancilleria_es_de_ese_dia():
    events = _events("La Cancillería informó este martes que el canciller Juan Ramón de la Fuente se reunió con el "
                     "embajador Ronald Johnson.", "2025-05-21")
    assert _one(events, "meeting")["date"] == "2025-05-20"


def test_a_meeting_told_in_the_pluperfect_or_with_its_own_day_keeps_them():
    told = ("Mexico's Foreign Ministry said on Tuesday that Juan Ramon de la Fuente had met Ronald Johnson to discuss "
            "security.")
    assert _one(_events(told, "2025-05-21"), "meeting")["date"] is None
    own = "The State Department said Tuesday that Marco Rubio met Omar García Harfuch on Monday."
    assert _one(_events(own, "2025-05-21"), "meeting")["date"] == "2025-05-19"


def test_suspects_intercepted_on_a_day_are_arrested_that_day():
    events = _events("Police have arrested three suspects over 200 slabs of cannabis at the Aflao border. The suspects, "
                     "Kwame Mensah, Yaw Boateng and Kofi Asante, were intercepted on Sunday in a bus heading to Accra.",
                     "2025-02-04")
    arrests = [e for e in events if e["type"] == "arrest"]
    assert arrests and all(e["date"] == "2025-02-02" for e in arrests)
    assert any("Kwame Mensah" in e["participants"] for e in arrests)


def test_a_lorry_intercepted_is_no_arrest():
    events = _events("A lorry was intercepted at Dover on Saturday with 300 kilograms of cocaine.", "2025-02-04")
    assert [e for e in events if e["type"] == "arrest"] == []


def test_drugs_found_concealed_are_seized():
    events = _events("Nigerian customs officials said 60kg of cocaine was found concealed in a shipment of frozen fish "
                     "at the Apapa port on Monday.", "2025-05-21")
    assert _one(events, "seizure")["date"] == "2025-05-19"
    es = _events("Los paquetes con cocaína fueron hallados ocultos en el doble fondo de un tractocamión en Nogales.",
                 "2025-05-21")
    assert _one(es, "seizure")["place"] == "Nogales"


def test_found_guilty_or_bodies_found_are_no_seizure():
    assert [e for e in _events("The bodies were found in a ditch on Monday.", "2025-05-21") if e["type"] == "seizure"] == []
    found = _events("The man was found guilty of trafficking cocaine on Monday.", "2025-05-21")
    assert [e for e in found if e["type"] == "seizure"] == []


def test_a_meeting_told_before_the_tellers_words_takes_no_telling_day():
    events = _events("After meeting Foreign Minister Juan Ramon de la Fuente, Ambassador Ronald Johnson told reporters on "
                     "Tuesday that cooperation was advancing.", "2025-05-21")
    assert _one(events, "meeting")["date"] is None


INDIA = ("NEW DELHI, August 19, 2025\nThe Narcotics Control Bureau (NCB) has arrested four persons and seized 12 kg of "
         "heroin in Amritsar, officials said on Tuesday.\nThe accused were nabbed on Monday near the Attari border "
         "following specific intelligence, an NCB official said.")


def test_suspects_nabbed_are_arrested():
    events = _events("Police nabbed two men with 3 kg of ganja at the bus stand in Pune on Friday.", "2025-08-19")
    assert _one(events, "arrest")["date"] == "2025-08-15"


def test_the_day_the_next_sentence_gives_the_arrest_dates_the_lead_over_the_date_line():
    events = _events(INDIA, "2025-08-19")
    lead = [e for e in events if e["type"] in {"arrest", "seizure"} and "Narcotics Control Bureau" in e["participants"]]
    assert lead and all(e["date"] == "2025-08-18" for e in lead)


def test_the_load_found_on_its_day_dates_the_seizure_the_release_told():
    text = ("Madrid, 14 de octubre de 2025\nLa Guardia Civil ha intervenido cerca de 2.000 kilos de cocaína ocultos en un "
            "contenedor de plátanos en el puerto de Algeciras, según ha informado este martes el instituto armado.\n"
            "La droga fue localizada el pasado jueves durante una inspección rutinaria.")
    seizures = [e for e in _events(text, "2025-10-14") if e["type"] == "seizure"]
    assert seizures and all(e["date"] == "2025-10-09" for e in seizures)
