"""Events from hand-written EN/ES pages (issue 11, round 17): mass transfers told with when or who between the verb
and the prisoners, arrests of suspects "in the ambush", who condemns an attack, clashes told by their verb."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _extracted(text: str, published: str | None = "2026-03-16"):
    return extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))


def _events(text: str, published: str | None = "2026-03-16") -> list[dict]:
    ex = _extracted(text, published)
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date,
             "participants": [names.get(p) for p in e.participants]} for e in ex.events]


@pytest.mark.parametrize("text", [
    "El Gobierno de México envió este martes a 26 personas privadas de la libertad a los Estados Unidos de América.",
    "Envía México a 26 reos a Estados Unidos",
    "Mexico sends 26 more cartel prisoners to the US",
])
def test_extract_events_a_mass_transfer_with_words_between_is_one(text):
    assert [e["type"] for e in _events(text)] == ["extradition"]


def test_extract_events_sent_to_us_in_lower_case_is_no_transfer():
    assert [e for e in _events("The cartel sent threats to us and to our families, the mayor said.")
            if e["type"] == "extradition"] == []


@pytest.mark.parametrize("text", [
    "Detienen a dos presuntos implicados en la emboscada contra policías en Michoacán\n\n"
    "Morelia, Mich., 16 de marzo de 2026.- La Fiscalía del estado detuvo este lunes a dos hombres relacionados con la "
    "emboscada del sábado en la que murieron seis policías.\n\n"
    "Los detenidos, identificados como Julián «N» y Rogelio Mendoza Ávila, fueron capturados en un domicilio de "
    "Apatzingán durante un cateo.\n\n"
    "El fiscal explicó que ambos formarían parte de la célula que atacó a los agentes el 14 de marzo en la carretera.",
    "Police arrest two suspects in deadly ambush on Michoacan officers\n\n"
    "MORELIA, Mexico, March 16, 2026 - State police arrested two men on Monday in connection with the ambush.\n\n"
    "The two men were captured at a house in Apatzingan during a search.\n\n"
    "Prosecutors said the men belonged to the cell that attacked the officers on March 14 on a rural highway.",
])
def test_extract_events_an_arrest_of_suspects_in_an_attack_is_not_made_in_it(text):
    head = text.split("\n")[0]
    (arrest,) = [e for e in _events(text) if e["type"] == "arrest" and e["trigger"] in head]
    assert arrest["date"] == "2026-03-16"


def test_extract_events_an_arrest_after_a_shootout_is_made_in_it():
    (arrest,) = [e for e in _events("Troops arrested two men after a shootout on Saturday in Culiacán.")
                 if e["type"] == "arrest"]
    assert arrest["date"] == "2026-03-14"


@pytest.mark.parametrize("text", [
    "Gunmen killed six state police officers and wounded four others in an ambush on Saturday in the western state of "
    "Michoacan, the state attorney general's office said.\n\nThe state governor, Alfredo Ramirez Bedolla, condemned "
    "the ambush.",
    "Seis policías estatales murieron este sábado en una emboscada en la carretera de Tepalcatepec, informó la "
    "fiscalía.\n\nEl gobernador Alfredo Ramirez Bedolla condenó la emboscada contra los policías.",
])
def test_extract_events_who_condemns_an_attack_takes_no_part_in_it(text):
    events = _events(text)
    assert "attack" in [e["type"] for e in events]
    for event in events:
        assert "Alfredo Ramirez Bedolla" not in event["participants"]


def test_extract_events_a_clash_told_by_its_verb_with_troops_is_an_attack():
    events = _events("The army said troops later clashed with suspected cartel members in the community of El Bejuco, "
                     "killing three.")
    assert [e["type"] for e in events] == ["attack"]


def test_extract_events_a_clash_over_tariffs_is_no_attack():
    assert _events("Mexico and the United States clashed over tariffs on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "El Gabinete de Seguridad informa que este día fueron enviadas a Estados Unidos 37 personas privadas de la libertad.",
    "El día de hoy, 37 reos fueron trasladados a EU desde el Aeropuerto Internacional de la Ciudad de México.",
])
def test_extract_events_a_transfer_told_in_the_passive_on_a_release_s_today(text):
    (transfer,) = [e for e in _events(text, "2026-10-14") if e["type"] == "extradition"]
    assert transfer["date"] == "2026-10-14"


def test_extract_events_this_day_of_a_holiday_is_no_date():
    ex = _extracted("Este día de fiesta nacional no hubo actividades en Palacio Nacional.", "2026-10-14")
    assert [d.value for d in ex.dates] == []


def test_extract_events_recent_transfers_told_with_the_spanish_adjective_after_are_no_event():
    text = ("La presidenta informó que ayer sostuvo una llamada con Donald Trump.\n\nDe acuerdo con la Casa Blanca, "
            "Trump agradeció a Sheinbaum los traslados recientes de líderes criminales a Estados Unidos.")
    assert [e["type"] for e in _events(text, "2026-11-23")] == ["call"]


def test_extract_events_a_group_that_shot_at_people_in_the_singular_attacked():
    text = ("Un grupo de hombres armados irrumpió la noche del sábado en un palenque de Salvatierra y disparó contra los "
            "asistentes, lo que dejó 11 personas muertas, informó la Fiscalía.")
    (attack,) = [e for e in _events(text, "2026-11-09") if e["type"] == "attack"]
    assert attack["date"] == "2026-11-07"


def test_extract_events_criticism_that_shoots_at_a_reform_is_no_attack():
    assert _events("El senador disparó contra la reforma judicial durante la sesión del martes.") == []


def test_extract_events_a_chain_story_s_pronoun_is_the_one_arrested_before():
    text = ("Joel Enrique Félix Guzmán, alias «El Chavo Félix», yerno de Ismael «El Mayo» Zambada, fue detenido por la "
            "Secretaría de Marina el 3 de septiembre en Culiacán.\n\nUn día después fue trasladado a la Ciudad de México "
            "y presentado ante un juez federal.\n\nEl gobierno de Estados Unidos había solicitado su extradición desde "
            "2023.\n\nEl 20 de noviembre, la Fiscalía General de la República lo entregó en extradición a agentes "
            "estadounidenses en el aeropuerto de Toluca.")
    (extradition,) = [e for e in _events(text, "2026-12-06") if e["type"] == "extradition"]
    assert extradition["date"] == "2026-11-20"
    assert "Joel Enrique Félix Guzmán" in extradition["participants"]
    assert "Ismael Zambada García" not in extradition["participants"]


def test_extract_events_the_body_that_blames_an_attack_is_not_its_target():
    text = ("Tres hombres armados dispararon contra los asistentes de un palenque en Salvatierra la noche del sábado y "
            "dejaron 11 muertos.\n\nLa Secretaría de Seguridad Ciudadana de Guanajuato atribuyó la masacre a una disputa entre el "
            "Cártel Santa Rosa de Lima y el Cártel Jalisco Nueva Generación.")
    ex = _extracted(text, "2026-11-09")
    names = {e.local_id: e.name for e in ex.entities}
    assert len(ex.events) == 2
    for event in ex.events:
        assert all("Seguridad Ciudadana" not in names[t] for t in event.targets + event.participants)


def test_extract_events_the_operation_launched_after_an_attack_is_none_of_it():
    text = ("Seis policías estatales murieron este sábado en una emboscada en la carretera de Tepalcatepec.\n\n"
            "El fiscal estatal, Carlos Torres Piña, atribuyó la agresión a una célula del Cártel Jalisco Nueva "
            "Generación.\n\n\"Ya hay un operativo conjunto con la Defensa y la Guardia Nacional\", dijo Torres Piña.")
    (attack,) = [e for e in _events(text, "2026-03-14") if e["type"] == "attack"]
    assert "Guardia Nacional" not in attack["participants"]
    assert "Carlos Torres Piña" not in attack["participants"]


def test_extract_events_a_country_named_for_its_border_is_not_where_it_happened():
    ex = _extracted("Mexican troops kill 5 suspected cartel gunmen in clash near Guatemala border\n\nTAPACHULA, Mexico "
                    "(AP) — Mexican soldiers killed five suspected cartel gunmen in a clash early Monday in the town of "
                    "Frontera Comalapa, the Defense Department said.", "2026-04-20")
    names = {e.local_id: e.name for e in ex.entities}
    assert [names.get(e.place) for e in ex.events if e.type == "attack"][:1] == [None]


def test_extract_events_a_town_of_a_border_state_stays_its_place():
    ex = _extracted("Gunmen killed three police officers on Monday in the border city of Reynosa, Tamaulipas.", "2026-04-20")
    names = {e.local_id: e.name for e in ex.entities}
    assert [names.get(e.place) for e in ex.events if e.type == "attack"] == ["Reynosa"]


@pytest.mark.parametrize("text", [
    "WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning "
    "four Mexican nationals involved in a timeshare fraud scheme run by the Cartel de Jalisco Nueva Generacion.\n\n"
    "Among those designated is Abigael Gonzalez Valencia, a leader of Los Cuinis.",
    "El Departamento del Tesoro sancionó este jueves a cuatro ciudadanos mexicanos por un fraude de tiempo compartido."
    "\n\nEntre los designados está Abigael González Valencia, uno de los líderes de Los Cuinis.",
])
def test_extract_events_who_was_among_those_designated_joins_the_sanction(text):
    (sanction,) = [e for e in _events(text, "2026-08-20") if e["type"] == "sanction"]
    assert any(p and p.startswith("Abigael Gonz") for p in sanction["participants"])
