"""Events from hand-written EN/ES news unlike the shared corpus (issue 11, round 5): arrests, attacks and clashes,
transfers, summit agreements, calls told by both governments, relative dates."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "organizer": names.get(e.organizer),
             "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


def _types(text: str, published: str | None = None) -> list[str]:
    return [e["type"] for e in _events(text, published)]


def test_extract_events_a_person_who_fell_was_arrested():
    (arrest,) = _events('Luis Fernando Medina Cortés, alias "El Tigre", presunto operador del Cártel Jalisco Nueva '
                        'Generación, cayó el pasado martes en Zapopan.', "2026-01-29")
    assert (arrest["type"], arrest["trigger"], arrest["date"]) == ("arrest", "cayó", "2026-01-27")
    assert arrest["place"] == "Zapopan" and "Luis Fernando Medina Cortés" in arrest["participants"]
    # a figure that fell is a statistic
    assert _types("La producción de amapola cayó en Sinaloa 20 por ciento, informó el gobierno estatal.") == []


@pytest.mark.parametrize("text", [
    "Cinco presuntos integrantes del Cártel del Golfo murieron este martes durante un enfrentamiento con elementos "
    "del Ejército Mexicano en Reynosa, Tamaulipas.",
    "Gunmen opened fire on a National Guard patrol near Teloloapan on Monday night, killing two officers.",
])
def test_extract_events_a_clash_or_a_shooting_is_an_attack(text):
    assert "attack" in _types(text, "2026-02-05")


def test_extract_events_a_clash_of_words_is_no_attack():
    assert _types("El enfrentamiento entre Morena y la oposición en el Senado se prolongó hasta la madrugada.") == []


@pytest.mark.parametrize("text", [
    # the crime someone is wanted or charged for is not the story's event
    "Un expolicía buscado por el secuestro de dos comerciantes fue deportado y entregado el lunes en Nogales.",
    "The former officer, wanted for the kidnapping of two journalists, was deported on Monday.",
    # a warrant is no arrest; "el detenido" is the arrested person, not a new arrest
    "Montaño Ruiz tenía una orden de aprehensión vigente desde 2022.",
    "El detenido fue trasladado a la Ciudad de México en un vuelo de la Fuerza Aérea.",
    # what is shared or decided on is no event
    "The delegations agreed to share real-time information on firearms seizures along the border.",
    "Ceballos Angulo fue puesto a disposición de un juez federal, quien deberá resolver sobre su extradición.",
])
def test_extract_events_charges_warrants_detainees_and_topics_are_no_events(text):
    assert [t for t in _types(text, "2026-02-11") if t in {"attack", "arrest", "seizure", "extradition"}] == []


def test_extract_events_where_the_arrested_operates_is_not_where_he_was_arrested():
    (arrest,) = _events('Joaquín Ceballos Angulo, alias "El Flaco", señalado como proveedor de fentanilo para células '
                        "del Cártel de Sinaloa en Arizona, fue detenido ayer en Hermosillo, Sonora, por elementos de "
                        "la Secretaría de Marina.", "2026-02-13")
    assert (arrest["place"], arrest["date"]) == ("Hermosillo", "2026-02-12")
    events = _events("Mexican authorities arrested an alleged fentanyl broker who U.S. prosecutors say supplied "
                     "Sinaloa cartel cells in Arizona, the security cabinet said.")
    assert [e["place"] for e in events if e["type"] == "arrest"] == [None]
    # a clause about an activity describes no one: the place stays
    events = _events("Como parte de la vigilancia que lleva a cabo la Secretaría de Marina en Manzanillo, Colima, "
                     "marinos detuvieron a tres personas.")
    assert [e["place"] for e in events if e["type"] == "arrest"] == ["Manzanillo"]


def test_extract_events_an_agency_that_wants_the_arrested_did_not_arrest_him():
    (arrest,) = _events('Luis Fernando Medina Cortés, alias "El Tigre", presunto operador del CJNG por el que la DEA '
                        "ofrecía una recompensa, cayó el pasado martes en Zapopan.", "2026-01-29")
    assert arrest["organizer"] is None
    assert not any("Drug Enforcement" in p for p in arrest["participants"])


def test_extract_events_a_date_since_when_something_lasts_is_no_event_date():
    events = _events("Gunmen in a pickup truck opened fire on Rogelio Castañeda Ríos, 52, who had led the municipal "
                     "police since 2024, state prosecutors said.", "2026-02-18")
    assert [e["date"] for e in events if e["type"] == "attack"] == [None]


def test_extract_events_groups_that_name_no_one_are_the_delegations_named_before():
    text = ("U.S. and Mexico expand joint investigations\n\nSecretary of State Marco Rubio and Mexican Foreign Secretary Juan Ramón de la Fuente met in Washington on "
            "Thursday for the third meeting of the Security Implementation Group.\n\n"
            "The delegations agreed to expand joint investigations into the financial networks of criminal "
            "organizations.\n\nBoth governments committed to reduce the flow of fentanyl precursors through Mexican "
            "ports.")
    events = _events(text, "2026-02-20")
    for kind in ("agreement", "commitment"):
        (found,) = [e for e in events if e["type"] == kind]
        assert found["participants"] == ["Juan Ramón de la Fuente", "Marco Rubio"]
        assert found["date"] == "2026-02-19"  # reached at the meeting


def test_extract_events_what_leaders_agreed_their_teams_will_do_is_not_where_or_when_they_agreed():
    text = ("La presidenta Claudia Sheinbaum Pardo sostuvo este martes una llamada telefónica con el presidente de "
            "Estados Unidos, Donald Trump.\n\nDurante la conversación, ambos mandatarios abordaron temas de "
            "seguridad y comercio. La presidenta reiteró que la cooperación se basa en el respeto a la soberanía."
            "\n\nLos mandatarios acordaron que sus equipos de seguridad se reunirán en Washington en las próximas "
            "semanas.")
    events = _events(text, "2026-02-10")
    (agreement,) = [e for e in events if e["type"] == "agreement"]
    assert agreement["participants"] == ["Claudia Sheinbaum Pardo", "Donald Trump"]
    assert (agreement["place"], agreement["date"]) == (None, "2026-02-10")  # at the call, not in Washington
    # the meeting of their teams is one planned, in Washington, not at the call (round 10: it had been none, where the
    # English "agreed that their teams would meet" told one)
    assert [(e["planned"], e["place"], e["date"]) for e in events if e["type"] == "meeting"] == \
        [(True, "Washington", None)]
    (agreed,) = [e for e in _events("The leaders agreed to have their security teams meet in Washington later this "
                                    "month.", "2026-02-10") if e["type"] == "agreement"]
    assert (agreed["place"], agreed["date"]) == (None, None)


def test_extract_events_victims_and_the_cartel_blamed_join_the_attack():
    text = ("Seis personas murieron en un ataque armado ocurrido la noche del pasado viernes en un bar de Irapuato, "
            "Guanajuato.\n\nLa Fiscalía General del Estado de Guanajuato informó que entre las víctimas se encuentra "
            "Ernesto Pacheco Lara, regidor del ayuntamiento.\n\nLa dependencia atribuyó el ataque a una célula del "
            "Cártel Santa Rosa de Lima.")
    (attack,) = [e for e in _events(text, "2026-02-01") if e["type"] == "attack"]
    assert attack["date"] == "2026-01-30"
    assert "Ernesto Pacheco Lara" in attack["participants"]
    assert any("Santa Rosa de Lima" in p for p in attack["participants"])


def test_extract_events_what_follows_an_attack_or_a_charge_takes_its_day_or_none():
    # the attack told again, and what was seized after a clash, took place that day
    events = _events("Gunmen kill police chief in Zacatecas town\n\nThe police chief of Jerez was shot dead on Tuesday morning as he left his home.\n\nGunmen in a "
                     "pickup truck opened fire on Rogelio Castañeda Ríos, the state attorney general's office said.",
                     "2026-02-18")
    # (the headline's "Gunmen kill" tells it too, and takes the story's one day of attacks once the attack told again
    # has it: round 17)
    assert [e["date"] for e in events if e["type"] == "attack"] == ["2026-02-17", "2026-02-17", "2026-02-17"]
    events = _events("Cinco presuntos integrantes del Cártel del Golfo murieron este martes durante un enfrentamiento "
                     "con militares en Reynosa. En el lugar fueron asegurados cinco fusiles y un vehículo.",
                     "2026-02-05")
    assert [e["date"] for e in events if e["type"] == "seizure"] == ["2026-02-03"]
    # a charge dated by its year is an indictment, no arrest, and tells no operation: the next capture keeps its date
    events = _events("Federal prosecutors in San Diego charged Rigoberto Lizárraga Ochoa in 2024 with conspiring to "
                     "import fentanyl. Earlier this month, soldiers captured another alleged lab operator, Jesús "
                     "Alfredo Zamudio, in Navolato.", "2026-01-21")
    assert [e["date"] for e in events if e["type"] == "arrest"] == ["2026-01"]


def test_extract_events_a_tally_since_a_time_is_no_event():
    assert _types("Security Secretary Omar García Harfuch said authorities had dismantled more than 40 drug labs in "
                  "Sinaloa since October.", "2026-01-21") == []
    assert _types("En lo que va del año, la Marina ha decomisado más de 20 toneladas de cocaína en puertos del "
                  "Pacífico.", "2026-01-21") == []


def test_extract_events_a_call_spoken_of_again_is_no_new_call():
    text = ("Sheinbaum y Trump conversan de nuevo\n\nLa presidenta Claudia Sheinbaum y el mandatario estadunidense "
            "Donald Trump hablaron por teléfono ayer."
            '\n\nEn su conferencia matutina de hoy, Sheinbaum dijo que la llamada fue "muy buena".')
    assert [(e["type"], e["date"]) for e in _events(text, "2026-02-11")] == [("call", "2026-02-10")]
    # a headline in the present tense
    assert _types("Sheinbaum y Trump hablan por teléfono sobre seguridad") == ["call"]


def test_extract_events_a_meeting_on_a_condition_is_none_and_one_agreed_on_is_planned():
    text = ("Noem and García Harfuch hold talks\n\nNoem met Security Secretary Omar García Harfuch in Washington on "
            "Wednesday.\n\nThe two officials would "
            "meet again in Mexico City in the coming months if progress is made, a Mexican official said.")
    meetings = [e["trigger"] for e in _events(text, "2025-04-03") if e["type"] == "meeting"]
    assert meetings == ["talks", "met Security Secretary Omar García Harfuch"]
    (meeting,) = [e for e in _events("Sheinbaum y Trump acuerdan reunión de sus equipos de seguridad")
                  if e["type"] == "meeting"]
    assert meeting["planned"] is True
    # "after phone call": the call came before what they agreed
    (call,) = [e for e in _events("Sheinbaum and Trump agree to extend tariff pause after phone call")
               if e["type"] == "call"]
    assert call["planned"] is False


def test_extract_events_a_venue_then_its_town_places_the_event():
    (attack,) = [e for e in _events("Seis personas murieron en un ataque armado ocurrido la noche del pasado viernes "
                                    "en un bar de la zona centro de Irapuato, Guanajuato.", "2026-02-01")
                 if e["type"] == "attack"]
    assert attack["place"] == "Irapuato"
    (arrest,) = [e for e in _events("Soldados detuvieron este lunes a tres hombres en un rancho del municipio de "
                                    "Badiraguato, Sinaloa.", "2026-02-03") if e["type"] == "arrest"]
    assert arrest["place"] == "Badiraguato"


def test_extract_events_the_attackers_named_after_an_ambush_join_it():
    text = ("Emboscan a guardias nacionales en Michoacán\n\nTres elementos de la Guardia Nacional murieron luego de que "
            "fueron emboscados la madrugada del sábado en Aguililla.\n\nLa Secretaría de Seguridad Pública de "
            "Michoacán informó que los agresores, presuntos integrantes de Cárteles Unidos, huyeron hacia la sierra.")
    attacks = [e for e in _events(text, "2026-02-09") if e["type"] == "attack"]
    assert any("Cárteles Unidos" in p for e in attacks for p in e["participants"])


def test_extract_events_an_agreement_to_meet_again_is_not_dated_by_that_meeting():
    events = _events("Leaders close summit\n\nThe leaders of Mexico and the United States, Claudia Sheinbaum and "
                     "Donald Trump, met in Mexico City.\n\nThe leaders also agreed to meet again next year in Ottawa.",
                     "2026-02-16")
    (planned,) = [e for e in events if e["type"] == "meeting" and e["planned"]]
    assert (planned["date"], planned["place"]) == ("2027", "Ottawa")
    assert [e for e in events if e["type"] == "agreement"] == []  # round 9: a meeting planned only


def test_extract_events_who_is_to_act_on_an_agreement_did_not_agree_it():
    text = ("Sheinbaum y Trump hablan por teléfono\n\nLa presidenta Claudia Sheinbaum y el mandatario estadunidense "
            "Donald Trump hablaron por teléfono ayer.\n\nSegún la presidenta, acordaron que el canciller Juan Ramón de "
            "la Fuente y el secretario Omar García Harfuch viajen a Washington para reunirse con funcionarios "
            "estadunidenses.")
    events = _events(text, "2026-02-11")
    (agreement,) = [e for e in events if e["type"] == "agreement"]
    assert agreement["participants"] == ["Claudia Sheinbaum", "Donald Trump"]  # the people of the call
    assert agreement["date"] == "2026-02-10"
    (meeting,) = [e for e in events if e["type"] == "meeting"]
    assert meeting["planned"] is True


def test_extract_events_a_reward_for_an_arrest_and_a_patrol_are_no_events():
    reward = ("The State Department is offering a reward of up to $15 million for information leading to the arrest "
              "of the cartel's leader, officials said.")
    assert "arrest" not in _types(reward)
    patrol = ("La Marina precisó que el aseguramiento se realizó el miércoles durante recorridos de vigilancia "
              "marítima frente a las costas de Oaxaca.")
    assert "visit" not in _types(patrol, published="2026-12-04")
    fee = "The gang charged a fee of two pesos per box to lime growers in Apatzingán, farmers said."
    assert "arrest" not in _types(fee)


def test_extract_events_a_question_states_no_event():
    text = ("La presidenta Claudia Sheinbaum habló con los periodistas.\n\n"
            "—¿Habrá llamada con el presidente Donald Trump esta semana?\n\n—No está prevista —contestó.")
    assert "call" not in _types(text, published="2026-12-01")
