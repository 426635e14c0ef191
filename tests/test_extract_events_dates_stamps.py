"""Event dates from hand-written EN/ES pages dated by a site's stamp (dates round 1): the stamp over the story
("Published 5:42 PM CST, December 3, 2026") dates the page, not the lead's events; a lead told with only the day it was
told ("said Thursday it seized ... and arrested") takes the day the next sentence tells of it ("The vessel was
intercepted on Tuesday"); "the next day" counts over a sentence that tells the dated clash again, "Two days later" over the toll of the attack told before."""

from __future__ import annotations

from _event_helpers import event_dicts


def _dates(text: str, kind: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, None) if e["type"] == kind]


def test_extract_events_a_sites_stamp_dates_no_event_of_the_lead():
    english = ("Coast Guard offloads cocaine seized in the eastern Pacific\n\n"
               "By JOHN HANNA\nPublished 5:42 PM CST, December 3, 2026\n\n"
               "MIAMI (AP) — The Coast Guard said Thursday that its crews arrested six smugglers aboard two go-fast "
               "boats in the eastern Pacific Ocean and offloaded the drugs at Port Everglades.\n\n"
               "The agency did not say when the boats were stopped.")
    assert "2026-12-03" not in _dates(english, "arrest")
    spanish = ("Detienen a seis traficantes en costas de Guerrero\n\n"
               "Por Redacción\nActualizado 12:40, 3 de diciembre de 2026\n\n"
               "ACAPULCO, Gro.- La Secretaría de Marina informó este jueves que sus elementos detuvieron a seis "
               "presuntos traficantes a bordo de dos lanchas rápidas frente a las costas de Guerrero.\n\n"
               "La dependencia no precisó la fecha de la intervención.")
    assert "2026-12-03" not in _dates(spanish, "arrest")


def test_extract_events_a_lead_told_by_its_telling_day_takes_the_day_told_next():
    english = ("Navy seizes semi-submersible off Oaxaca\n\n"
               "Published 5:42 PM CST, December 3, 2026\n\n"
               "MEXICO CITY (AP) — Mexico's navy said Thursday it seized a semi-submersible carrying nearly 3 tons of "
               "cocaine and arrested four men aboard.\n\n"
               "The vessel was intercepted on Tuesday about 200 nautical miles southwest of Puerto Ángel, the navy said.")
    assert _dates(english, "arrest") == ["2026-12-01"]
    assert set(_dates(english, "seizure")) == {"2026-12-01"}
    spanish = ("Marina asegura semisumergible frente a Oaxaca\n\n"
               "Publicado el 3 de diciembre de 2026\n\n"
               "CIUDAD DE MÉXICO.- La Secretaría de Marina informó este jueves que aseguró un semisumergible con casi "
               "tres toneladas de cocaína y detuvo a cuatro tripulantes.\n\n"
               "La embarcación fue interceptada el martes a unas 200 millas náuticas de Puerto Ángel, precisó la "
               "dependencia.")
    assert _dates(spanish, "arrest") == ["2026-12-01"]


def test_extract_events_a_lead_with_its_own_day_keeps_it():
    text = ("Agents arrest two in Nogales\n\nPublished December 3, 2026\n\n"
            "NOGALES, Ariz. (AP) — Border Patrol agents arrested two men on Monday after a chase near the border fence, "
            "the agency said Thursday.\n\n"
            "Agents seized 30 pounds of fentanyl pills from the car on Wednesday during a second stop.")
    assert set(_dates(text, "arrest")) == {"2026-11-30"}


def test_extract_events_the_next_day_counts_over_a_sentence_telling_the_same_clash():
    english = ("Soldiers kill eight gunmen in Zacatecas clash\n\nUpdated: Dec 10, 2026 / 11:02 AM CST\n\n"
               "ZACATECAS, Mexico (AP) — Mexican soldiers killed eight suspected cartel gunmen in a clash late Tuesday "
               "near the town of Valparaíso, the Defense Department said.\n\n"
               "A patrol was ambushed by men in armored trucks and returned fire, according to the statement.\n\n"
               "The next day, troops arrested three people at a ranch outside the town.")
    assert _dates(english, "arrest") == ["2026-12-09"]
    spanish = ("Enfrentamiento en Zacatecas deja ocho muertos\n\nPublicado el 10 de diciembre de 2026\n\n"
               "ZACATECAS, Zac.- Un grupo armado atacó a una patrulla del Ejército la noche del martes en el municipio "
               "de Valparaíso, informó la Defensa.\n\n"
               "Los agresores dispararon contra los militares desde dos camionetas blindadas, según el reporte.\n\n"
               "Al día siguiente, los militares detuvieron a tres personas en un rancho cercano.")
    assert _dates(spanish, "arrest") == ["2026-12-09"]


def test_extract_events_the_next_day_does_not_count_over_news_of_another_kind():
    text = ("Security officials meet in Mexico City\n\nUpdated: Dec 10, 2026 / 11:02 AM CST\n\n"
            "MEXICO CITY (AP) — Security officials of both countries met Tuesday in Mexico City to review extradition "
            "requests, the foreign ministry said.\n\n"
            "In Sinaloa, federal agents arrested two men carrying rifles and grenades.\n\n"
            "The next day, marines seized 200 kilograms of cocaine in Topolobampo.")
    assert "2026-12-09" not in _dates(text, "seizure")


def test_extract_events_days_later_count_over_the_toll_of_the_attack():
    english = ("Suspect arrested in Juárez bar shooting\n\nPublished 11:20 AM CST, December 17, 2026\n\n"
               "EL PASO, Texas (AP) — Gunmen killed two men on Dec. 12 outside a bar in Ciudad Juárez, Chihuahua state "
               "prosecutors said.\n\n"
               "A third man was wounded and taken to a hospital.\n\n"
               "Two days later, state police arrested a 23-year-old suspect in the southeast of the city.")
    assert set(_dates(english, "arrest")) == {"2026-12-14"}
    spanish = ("Caen cuatro por ataque a policías en Apatzingán\n\n"
               "Morelia, Michoacán, 16 de diciembre de 2026.- El pasado 10 de diciembre, un comando armado atacó a "
               "balazos a policías estatales en la carretera a Cuatro Caminos, informó la Secretaría de Seguridad.\n\n"
               "Dos agentes murieron en el lugar y un tercero fue trasladado a un hospital de Uruapan.\n\n"
               "Dos días después, elementos de la Guardia Civil detuvieron a cuatro presuntos responsables en Buenavista.")
    assert _dates(spanish, "arrest") == ["2026-12-12"]


def test_extract_events_a_headline_takes_no_day_of_a_lead_of_another_kind():
    spanish = ("Detienen a dos por ataque a bar en Irapuato\n\nPublicado: 09.12.2026 | 08:00\n\n"
               "Irapuato, Guanajuato.- La noche del 5 de diciembre, un grupo armado atacó a balazos a los clientes de un "
               "bar en la zona centro de Irapuato, donde murieron seis personas.\n\n"
               "Tres días después, dos hombres fueron detenidos por agentes de la Fiscalía en la comunidad de Aldama.")
    assert set(_dates(spanish, "arrest")) == {"2026-12-08"}
    english = ("Two men arrested in deadly Phoenix bar shooting\n\nPublished 9:10 AM MST, December 9, 2026\n\n"
               "PHOENIX (AP) — On the night of Dec. 5, gunmen opened fire on customers outside a bar in west Phoenix, "
               "killing six people, police said.\n\n"
               "Three days later, officers arrested two men at a home in Glendale.")
    assert set(_dates(english, "arrest")) == {"2026-12-08"}
