"""Events of wire stories, releases and portals on calls, visits, extraditions, raids and ambushes (issue 11, round
10): attacks told actively and in headlines, meetings agreed or held at once, what follows a signing."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "date": e.date, "planned": e.planned, "organizer": names.get(e.organizer),
             "place": names.get(e.place), "targets": sorted(names[p] for p in e.targets),
             "participants": sorted(names[p] for p in e.participants)} for e in ex.events]


def test_extract_events_an_attack_told_in_the_active_past_or_a_headline_present():
    # "asesinó", "mataron", "Matan" told no attack
    es = _events("Asesinan a Raúl Ortega Medina, alcalde de Cuitzeo\n\nMorelia, Mich.- Un grupo armado asesinó este "
                 "martes a Raúl Ortega Medina en la cabecera municipal de Cuitzeo.", "2026-12-09")
    assert [e["type"] for e in es] == ["attack", "attack"]
    assert all(e["targets"] == ["Raúl Ortega Medina"] for e in es)
    assert es[1]["date"] == "2026-12-08"
    en = _events("Gunmen kill five police officers in Guerrero\n\nGunmen killed five municipal police officers on "
                 "Tuesday in Tlacotepec, state officials said.", "2026-12-09")
    assert [e["type"] for e in en] == ["attack", "attack"]
    # a threat or a habit told in the present is no attack
    assert _events("\"If you won't take their bribes, they'll kill your daughter,\" he said.", "2026-12-09") == []
    assert _events("Los cárteles matan a quien se opone a ellos, dijo el obispo.", "2026-12-09") == []


def test_extract_events_a_headline_victim_of_a_state_body_is_no_organizer():
    # "Matan a comandante de la Guardia Nacional": the Guard, hung by the parser from the verb, organized the attack
    (headline, body) = _events("Matan a comandante de la Guardia Nacional en Celaya\n\nCelaya, Gto.- Sicarios mataron "
                               "la noche del lunes al comandante de la Guardia Nacional en Celaya.", "2026-12-09")
    assert headline["organizer"] is None and headline["targets"] == ["Guardia Nacional"]
    assert body["organizer"] is None and body["targets"] == ["Guardia Nacional"]
    # a headline verb the parser reads as a name ("Emboscan" as the root noun of "a Guardia Nacional")
    (headline, *_rest) = _events("Emboscan a Guardia Nacional en Uruapan; mueren tres elementos\n\nTres elementos de "
                                 "la Guardia Nacional murieron este lunes durante una emboscada en Uruapan.", "2026-12-09")
    assert headline["organizer"] is None and headline["targets"] == ["Guardia Nacional"]


def test_extract_events_who_is_blamed_for_an_attack_or_does_it_by_por_attacked():
    # the cartel after "blaming the attack on" and after "por" hung under the weapon had been the attack's target
    en = _events("Gunmen killed four soldiers on patrol near Aguililla on Monday, the Defense Ministry said, blaming "
                 "the attack on the Jalisco New Generation Cartel.", "2026-12-15")
    assert [(e["targets"], e["organizer"]) for e in en] == [([], "Cártel de Jalisco Nueva Generación")]
    es = _events("Según la Secretaría de la Defensa Nacional, los militares realizaban un patrullaje cuando fueron "
                 "atacados con explosivos por integrantes del Cártel de Sinaloa.", "2026-12-15")
    assert [(e["targets"], e["organizer"]) for e in es] == [([], "Cártel de Sinaloa")]


def test_extract_events_a_meeting_agreed_in_the_subjunctive_is_planned_of_the_teams():
    # "acordaron que sus equipos se reúnan" had been an agreement only
    text = ("La presidenta Claudia Sheinbaum sostuvo este jueves una llamada telefónica con el presidente Donald Trump."
            "\n\nEn conferencia de prensa, la mandataria informó que ambos acordaron que sus equipos de seguridad se "
            "reúnan la próxima semana en Washington.")
    found = _events(text, "2026-12-04")
    (meeting,) = [e for e in found if e["type"] == "meeting"]
    assert (meeting["planned"], meeting["place"]) == (True, "Washington")
    # stop 41: the teams meet, not the leaders who agreed on it (``_sent_teams``)
    assert meeting["participants"] == []
    assert [e["type"] for e in found].count("agreement") == 1
    # a meeting named by no one and agreed by no one stays none
    assert [e["type"] for e in _events("La reunión ayudará a reducir la violencia, dijo.", "2026-12-04")] == []


def test_extract_events_what_a_sentence_opening_on_the_event_just_told_tells_takes_its_day():
    # "Tras la firma, ..." / "Following the signing, ..." had left the agreement or meeting undated
    es = _events("El canciller Juan Ramón de la Fuente y el subsecretario de Estado Christopher Landau firmaron este "
                 "viernes en la Cancillería un comunicado conjunto contra el tráfico de armas.\n\nTras la firma, ambos "
                 "funcionarios acordaron intercambiar información sobre rastreo de armas.", "2026-12-18")
    assert [(e["type"], e["date"]) for e in es] == [("agreement", "2026-12-18"), ("agreement", "2026-12-18")]
    en = _events("Christopher Landau and Juan Ramón de la Fuente signed a joint communiqué in Mexico City on Friday. "
                 "Following the signing, Landau met with Security Secretary Omar García Harfuch.", "2026-12-19")
    assert [(e["type"], e["date"]) for e in en] == [("agreement", "2026-12-18"), ("meeting", "2026-12-18")]


def test_extract_events_a_meeting_told_while_another_is_its_own_placed_by_its_clause():
    # the meeting of the "mientras" clause was none, and the sentence's took its city
    es = _events("Este martes, mientras Omar García Harfuch se reunía en Washington con el director del FBI, Kash "
                 "Patel, en la Ciudad de México el embajador Ronald Johnson sostuvo un encuentro con la secretaria de "
                 "Gobernación, Rosa Icela Rodríguez.", "2026-12-16")
    meetings = sorted((e["place"], e["date"], "Kash Patel" in e["participants"], "Ronald Johnson" in e["participants"])
                      for e in es if e["type"] == "meeting")
    assert meetings == [("Mexico City", "2026-12-15", False, True), ("Washington", "2026-12-15", True, False)]
    en = _events("On Tuesday, while Security Secretary Omar García Harfuch met with FBI Director Kash Patel in "
                 "Washington, U.S. Ambassador Ronald Johnson held talks with Interior Secretary Rosa Icela Rodríguez "
                 "in Mexico City.", "2026-12-16")
    meetings = sorted((e["place"], e["date"], "Kash Patel" in e["participants"], "Ronald Johnson" in e["participants"])
                      for e in en if e["type"] == "meeting")
    assert meetings == [("Mexico City", "2026-12-15", False, True), ("Washington", "2026-12-15", True, False)]


def test_extract_events_the_arrival_of_one_extradited_is_no_visit():
    # "arrived in San Diego on a U.S. Marshals Service flight" had been a visit of the defendant and the Marshals
    found = _events("Jorge Luis Ortega Beltrán was extradited from Mexico on Saturday to face drug charges. Prosecutors "
                    "said Ortega Beltrán ran a fentanyl cell in Mexicali. Ortega Beltrán arrived in San Diego on a U.S. "
                    "Marshals Service flight and appeared in federal court on Monday.", "2026-12-08")
    assert [e["type"] for e in found] == ["extradition"]
    # a visit of the officials who took him is one
    visit = _events("Attorney General Pam Bondi arrived in Mexico City on Monday for talks with Security Secretary Omar "
                    "García Harfuch.", "2026-12-08")
    assert "visit" in [e["type"] for e in visit]


def test_extract_events_the_pronoun_of_a_charging_document_is_no_official_who_announced_it():
    # "he" after "According to the complaint" had been the DEA administrator of the sentence before
    found = _events("Acting Administrator Terrance Cole said the DEA arrested Jorge Ruiz Fierro on Tuesday. According to "
                    "the complaint, he was arrested after he met with an undercover agent in San Ysidro.", "2026-12-03")
    assert all("Terrance Cole" not in e["participants"] for e in found)
    assert ["Jorge Ruiz Fierro" in e["targets"] for e in found if e["type"] == "arrest"] == [True, True]
    es = _events("La fiscal Ernestina Godoy presentó el caso el miércoles. La denuncia señala que él se reunió con "
                 "Raúl Medina Soto en Culiacán en 2024.", "2026-12-03")
    assert all("Ernestina Godoy" not in e["participants"] for e in es)


def test_extract_events_a_meeting_of_a_clause_opening_the_sentence_is_not_where_or_when_its_subject_went():
    # the meeting "Tras reunirse con ..." had taken the day and city of the trip or remarks that followed it
    es = _events("Tras reunirse con la presidenta Claudia Sheinbaum, el subsecretario Christopher Landau viajó el "
                 "martes a Monterrey.", "2026-12-16")
    (meeting,) = [e for e in es if e["type"] == "meeting"]
    assert (meeting["date"], meeting["place"]) == (None, None)
    assert meeting["participants"] == ["Christopher Landau", "Claudia Sheinbaum"]
    en = _events("After meeting with President Claudia Sheinbaum, Deputy Secretary Christopher Landau told reporters "
                 "in Monterrey on Tuesday that cooperation was advancing.", "2026-12-16")
    assert [(e["date"], e["place"]) for e in en if e["type"] == "meeting"] == [(None, None)]
    # what the clause itself says stays its own
    own = _events("Tras reunirse con la presidenta Claudia Sheinbaum en Palacio Nacional el lunes, el subsecretario "
                  "Christopher Landau dijo el martes en Monterrey que la cooperación avanza.", "2026-12-16")
    assert [e["date"] for e in own if e["type"] == "meeting"] == ["2026-12-14"]


def test_extract_events_talks_after_which_someone_spoke_are_a_meeting_no_call():
    # "After talks with Foreign Secretary ..." had been a call besides the meeting
    found = _events("After talks with Foreign Secretary Juan Ramón de la Fuente in Mexico City, Marco Rubio told "
                    "reporters in Washington on Tuesday that progress was made.", "2026-12-16")
    assert [(e["type"], e["place"]) for e in found] == [("meeting", "Mexico City")]


def test_extract_events_placed_in_the_mountains_or_on_the_outskirts_of_a_place():
    # "en la sierra de Sinaloa", "on the outskirts of Culiacán" had placed nothing
    es = _events("Militares aseguraron un laboratorio clandestino en la sierra de Sinaloa el martes.", "2026-12-09")
    assert [(e["type"], e["place"]) for e in es] == [("seizure", "Sinaloa")]
    en = _events("Soldiers arrested two men on the outskirts of Culiacán on Tuesday.", "2026-12-09")
    assert [(e["type"], e["place"]) for e in en] == [("arrest", "Culiacán")]


def test_extract_events_what_was_seized_in_the_operation_takes_its_month():
    # an arrest dated by "el fin de semana" (a month) left the seizure "en el operativo" undated
    es = _events("Cae operador en Culiacán\n\nElementos del Ejército Mexicano detuvieron el fin de semana en Culiacán "
                 "a Ramón Félix Salazar, señalado como operador de Los Chapitos.\n\nSegún la Fiscalía General de la "
                 "República, en el operativo fueron asegurados dos fusiles y 40 kilos de metanfetamina.", "2026-12-07")
    assert [(e["type"], e["date"]) for e in es if e["type"] == "seizure"] == [("seizure", "2026-12")]
    # a month names no operation the next sentence does not name
    en = _events("Prosecutors charged Ramón Félix Salazar in November. Soldiers seized two rifles in Culiacán.",
                 "2026-12-07")
    assert [e["date"] for e in en if e["type"] == "seizure"] == [None]


def test_extract_events_a_duty_an_office_is_charged_with_is_no_charge():
    # (an agency's closing description of itself, "CBP is the unified border agency ... charged with ...", is chrome the
    # cleaner drops; the same duty told inside a story's sentence)
    text = ("The report said U.S. Customs and Border Protection, the agency charged with the comprehensive management, "
            "control, and protection of our nation's borders, needs more officers at the ports of entry.")
    assert _events(text, "2026-12-09") == []
    charged = _events("Two men were jailed and charged with assaulting officers in Laredo on Monday.", "2026-12-09")
    assert [e["type"] for e in charged] == ["arrest"]


def test_extract_events_the_body_in_a_tellers_title_takes_no_part_in_the_arrest_told():
    es = _events("Francisco Gómez, Director del Instituto Nacional de Migración, INM, informó esta mañana que fue detenido "
                 "el conductor del tráiler en el que viajaban decenas de migrantes.", "2026-12-09")
    assert [e["type"] for e in es] == ["arrest"] and es[0]["participants"] == [] and es[0]["organizer"] is None
    en = _events("Juan Pérez, a spokesman for U.S. Customs and Border Protection, CBP, said the driver was arrested on "
                 "Monday.", "2026-12-09")
    assert [e["type"] for e in en] == ["arrest"] and en[0]["participants"] == []
