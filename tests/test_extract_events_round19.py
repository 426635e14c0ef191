"""Events from hand-written EN/ES pages (issue 11, round 19): planned days told without their year, meetings and
visits postponed or cancelled, extraditions only faced or requested, hand-overs to U.S. agents, days counted from a
call when a superlative restates the seizure, dates that hang from a trigger's noun, headlines dated past background
months, clashes between factions."""

from __future__ import annotations

from _event_helpers import event_dicts


def _events(text: str, published: str | None = "2026-06-01") -> list[dict]:
    return event_dicts(text, published)


def test_extract_events_a_planned_meeting_on_a_day_without_year_is_the_next_one():
    text = ("Mexican President Claudia Sheinbaum and U.S. President Donald Trump spoke by phone Monday and agreed to "
            "meet in person when the World Cup opens in Mexico City on June 11, Sheinbaum said.")
    (meeting,) = [e for e in _events(text) if e["type"] == "meeting"]
    assert (meeting["planned"], meeting["date"]) == (True, "2026-06-11")


def test_extract_events_a_planned_meeting_on_a_day_without_year_es():
    text = ("La presidenta Claudia Sheinbaum informó que ayer sostuvo una conversación telefónica con el presidente "
            "Donald Trump, en la que ambos mandatarios acordaron reunirse el 11 de junio en la Ciudad de México, durante "
            "la inauguración de la Copa del Mundo.")
    (meeting,) = [e for e in _events(text, "2026-06-02") if e["type"] == "meeting"]
    assert meeting["date"] == "2026-06-11"


def test_extract_events_a_postponed_meeting_is_planned_on_the_day_it_was_moved_to():
    text = ("La reunión de alto nivel en materia de seguridad entre funcionarios de México y Estados Unidos, prevista "
            "para este jueves en Washington, fue pospuesta para el próximo 14 de mayo, informó la Secretaría de "
            "Relaciones Exteriores.")
    (meeting,) = [e for e in _events(text, "2026-05-06") if e["type"] == "meeting"]
    assert (meeting["planned"], meeting["date"]) == (True, "2026-05-14")


def test_extract_events_a_postponed_meeting_keeps_no_day_it_was_first_set_for():
    text = ("A high-level security meeting between Mexican and U.S. officials that had been scheduled for Thursday in "
            "Washington was postponed, Mexico's foreign ministry said on Wednesday.")
    (meeting,) = [e for e in _events(text, "2026-05-06") if e["type"] == "meeting"]
    assert (meeting["planned"], meeting["date"]) == (True, None)


def test_extract_events_a_cancelled_visit_is_no_event():
    text = ("Se esperaba que el secretario del Tesoro, Scott Bessent, viajara a México esta semana, pero la visita fue "
            "cancelada.")
    assert [e for e in _events(text, "2026-10-08") if e["type"] == "visit"] == []


def test_extract_events_a_trip_called_off_is_no_event():
    text = "Secretary of State Marco Rubio called off his visit to Mexico City, the State Department said on Tuesday."
    assert [e for e in _events(text) if e["type"] == "visit"] == []


def test_extract_events_an_extradition_faced_or_warranted_is_none():
    en = "Alleged CJNG cell leader arrested in Tijuana, faces extradition to San Diego"
    es = "Detienen en Tijuana a presunto líder de célula del CJNG con orden de extradición"
    assert [e for e in _events(en) + _events(es) if e["type"] == "extradition"] == []
    assert {e["type"] for e in _events(en)} == {"arrest"}


def test_extract_events_an_extradition_awaited_is_none():
    en = "Solis Lugo is awaiting extradition at the Altiplano maximum-security prison, officials said."
    es = "Solís Lugo enfrenta un proceso de extradición en el penal del Altiplano, informó la Fiscalía."
    assert [e for e in _events(en) + _events(es) if e["type"] == "extradition"] == []


def test_extract_events_one_handed_to_us_marshals_is_extradited():
    text = ('"El Chivo" fue entregado ayer a agentes de los US Marshals en el aeropuerto de Tijuana, informó la Fiscalía '
            "General de la República.")
    (extradition,) = [e for e in _events(text, "2026-11-20") if e["type"] == "extradition"]
    assert extradition["date"] == "2026-11-19"


def test_extract_events_days_after_count_from_the_call_not_a_superlative_seizure():
    text = ("Mexican President Claudia Sheinbaum and U.S. President Donald Trump spoke by phone Monday.\n\n"
            "The call came four days after Mexican soldiers seized more than 400 kilograms of fentanyl in Culiacán, the "
            "largest such seizure this year.")
    seizures = [e for e in _events(text) if e["type"] == "seizure"]
    assert "2026-05-28" in {e["date"] for e in seizures}


def test_extract_events_less_than_a_week_after_counts_no_day():
    text = ("Mexican marines arrested Heriberto Solis Lugo in Tijuana on Tuesday.\n\n"
            "The arrest came less than a week after the U.S. Treasury Department sanctioned four of his associates.")
    (sanction,) = [e for e in _events(text, "2026-08-12") if e["type"] == "sanction"]
    assert sanction["date"] is None


def test_extract_events_a_date_that_hangs_from_the_trigger_noun_is_its_own():
    text = ("Today's action follows OFAC's designation of LNFM leaders Johnny and Jose Alfredo Hurtado Olascoaga in June "
            "2025 and is coordinated with Mexico's Financial Intelligence Unit.")
    (sanction,) = [e for e in _events(text, "2026-10-07") if e["type"] == "sanction"]
    assert sanction["date"] == "2025-06"


def test_extract_events_a_headline_takes_the_day_past_a_background_month():
    text = ("EU sanciona a red de extorsión de La Nueva Familia Michoacana\n\n"
            "El Departamento del Tesoro de Estados Unidos sancionó ayer a seis personas y tres empresas ligadas a La Nueva "
            "Familia Michoacana.\n\n"
            "En junio de 2025, la Oficina de Control de Activos Extranjeros había sancionado a los hermanos Johnny y José "
            "Alfredo Hurtado Olascoaga, líderes del grupo.")
    dates = [e["date"] for e in _events(text, "2026-10-08") if e["type"] == "sanction"]
    assert dates == ["2026-10-07", "2026-10-07", "2025-06"]


def test_extract_events_a_clash_between_factions_is_an_attack():
    text = ("El 9 de septiembre de 2025 comenzaron los enfrentamientos entre facciones del Cártel de Sinaloa en el sur de "
            "Culiacán.")
    (attack,) = [e for e in _events(text, "2026-09-09") if e["type"] == "attack"]
    assert attack["date"] == "2025-09-09"
    backdrop = ("Soldiers arrested two men on Friday in Reynosa. The arrest comes amid weeks of clashes between rival "
                "cartel factions.")  # lasting violence told as a backdrop is still no one clash
    assert [e for e in _events(backdrop, "2026-11-21") if e["type"] == "attack"] == []


def test_extract_events_an_extradition_approved_or_fought_is_none():
    text = ("Raúl Méndez Castañeda was held at the Altiplano prison while he fought extradition. A federal judge in Mexico "
            "City approved his extradition in August.")
    assert [e for e in _events(text, "2026-12-04") if e["type"] == "extradition"] == []


def test_extract_events_an_extradition_requested_told_passively_is_none():
    text = "Su extradición fue solicitada por una corte federal del Distrito Norte de Illinois en abril."
    assert [e for e in _events(text, "2026-12-04") if e["type"] == "extradition"] == []


def test_extract_events_dozens_sent_this_year_is_a_count():
    text = "Mexico has sent dozens of cartel suspects to the United States this year."
    assert _events(text, "2026-12-04") == []


def test_extract_events_a_meeting_once_scheduled_es_is_planned():
    text = ("Noem tenía previsto reunirse el miércoles con el secretario de Seguridad y Protección Ciudadana, Omar García "
            "Harfuch, para revisar el acuerdo de seguridad fronteriza.")
    (meeting,) = [e for e in _events(text, "2025-10-20") if e["type"] == "meeting"]
    assert (meeting["planned"], meeting["date"]) == (True, "2025-10-22")


def test_extract_events_a_headline_infinitive_hung_from_its_subject_is_planned():
    text = "Carney to visit Mexico next week for talks with Sheinbaum on trade, security"
    assert {(e["type"], e["planned"]) for e in _events(text, "2026-11-12")} == {("visit", True), ("meeting", True)}


def test_extract_events_a_trip_a_clause_beside_it_cancels_is_none():
    text = "Carney had planned to visit Mexico in October, but the trip was cancelled after the Senate vote on the budget."
    assert [e for e in _events(text, "2026-11-12") if e["type"] == "visit"] == []


def test_extract_events_a_hand_over_right_after_an_extradition_takes_its_day():
    text = ('Extraditan a EU a "El Químico"\n\n'
            "La Fiscalía General de la República extraditó ayer a Estados Unidos a Raúl Méndez Castañeda, alias "
            '"El Químico".\n\nEl detenido fue entregado a agentes del FBI en el Aeropuerto Internacional de la Ciudad de '
            "México.")
    events = [e for e in _events(text, "2026-12-04") if e["type"] == "extradition"]
    assert [e["date"] for e in events if e["trigger"].startswith("entregado")] == ["2026-12-03"]
    assert {e["date"] for e in events} == {"2026-12-03"}



def test_extract_events_a_day_before_a_sentence_of_no_day_counts_from_no_older_day():
    text = ("Posponen reunión de seguridad\n\n"
            "El encuentro fue acordado durante la llamada telefónica del pasado 28 de abril.\n\n"
            "La SRE no precisó los motivos del aplazamiento. Un día antes, elementos del Gabinete de Seguridad detuvieron "
            "en Hermosillo, Sonora, a José Luis Ayala Mena.")
    (arrest,) = [e for e in _events(text, "2026-05-06") if e["type"] == "arrest"]
    assert arrest["date"] is None
    text = ("Aseguran cocaína en Manzanillo\n\n"
            "La Marina aseguró el pasado sábado 1.2 toneladas de cocaína en el puerto de Manzanillo.\n\n"
            "Al día siguiente, en un cateo en Tecomán, se detuvo a tres personas.")
    (arrest,) = [e for e in _events(text, "2027-02-09") if e["type"] == "arrest"]
    assert arrest["date"] == "2027-02-07"


def test_extract_events_the_last_conversation_of_two_leaders_is_an_earlier_call():
    en = ("Sheinbaum to talk to Trump\n\nMexican President Claudia Sheinbaum said Friday that she will speak with "
          "President Donald Trump by phone next week.\n\nThe two leaders last spoke on March 6, when Trump agreed to "
          "delay tariffs.")
    es = ("Sheinbaum hablará con Trump\n\nLa presidenta Claudia Sheinbaum anunció ayer que sostendrá una nueva llamada "
          "con el presidente Donald Trump la próxima semana.\n\nLa última conversación entre ambos mandatarios ocurrió el "
          "6 de marzo.")
    for text in (en, es):
        calls = [e for e in _events(text, "2026-03-21") if e["type"] == "call" and not e["planned"]]
        assert [c["date"] for c in calls] == ["2026-03-06"]
    (call,) = [e for e in _events(es, "2026-03-21") if e["type"] == "call" and not e["planned"]]
    assert set(call["participants"]) == {"Claudia Sheinbaum", "Donald Trump"}


def test_extract_events_the_last_time_two_presidents_talked_es():
    text = ("Sheinbaum y Trump acuerdan reunirse\n\nLa presidenta Claudia Sheinbaum informó que ayer sostuvo una "
            "conversación telefónica con el presidente Donald Trump.\n\nLa última vez que ambos presidentes conversaron "
            "fue el 22 de abril.")
    dates = sorted(e["date"] for e in _events(text, "2026-06-02") if e["type"] == "call")
    assert dates == ["2026-04-22", "2026-06-01"]


def test_extract_events_a_future_passive_is_planned_and_the_arrest_described_is_done():
    text = "El operador, detenido el 5 de mayo en Hermosillo, será extraditado."
    events = {e["type"]: e for e in _events(text, "2026-05-15")}
    assert (events["arrest"]["planned"], events["arrest"]["date"]) == (False, "2026-05-05")
    assert (events["extradition"]["planned"], events["extradition"]["date"]) == (True, None)
    text = "Los tres jornaleros asesinados serán trasladados a su estado natal cuando terminen los peritajes."
    assert [e["planned"] for e in _events(text, "2026-05-15") if e["type"] == "attack"] == [False]


def test_extract_events_an_order_signed_is_no_agreement():
    text = ("A federal judge approved his extradition in August, and Foreign Relations Secretary Juan Ramón de la Fuente "
            "signed the order in October.")
    assert [e for e in _events(text, "2026-12-04") if e["type"] == "agreement"] == []


def test_extract_events_arrests_expected_in_the_coming_weeks_are_none():
    assert _events("Authorities are expected to announce new arrests in the coming weeks.", "2026-11-18") == []


def test_extract_events_a_spanish_passive_with_no_subject_is_of_the_man_named_before():
    text = ('Extraditan a "El Jando"\n\nFernando Aguilar Rosas, alias "El Jando", fue extraditado ayer a Texas.\n\n'
            "El 2 de febrero fue detenido en Reynosa por elementos de la Guardia Nacional.")
    (arrest,) = [e for e in _events(text, "2026-08-14") if e["type"] == "arrest"]
    assert (arrest["date"], "Fernando Aguilar Rosas" in arrest["participants"]) == ("2026-02-02", True)
