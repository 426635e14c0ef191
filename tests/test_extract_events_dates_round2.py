"""Event dates from hand-written EN/ES pages (dates round 2): a Spanish month that is also a given name ("de Julio César
«N»", "de Abril Pérez") names a person, no month; "aseguró este martes un inmueble ... y detuvo a tres" seized on
Tuesday (the day is the deed's, not a day of telling, so the arrest of its clause keeps it)."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates


def _dates(text: str, kind: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, None) if e["type"] == kind]


def test_extract_dates_a_capitalized_spanish_month_before_a_name_is_a_given_name():
    for text in ("La Fiscalía confirmó la detención de Julio César «N», alias el Contador.",
                 "Los agentes llegaron a la casa de Abril Pérez, en Culiacán.",
                 "El juez dictó prisión preventiva en contra de Mayo N., de 34 años."):
        assert [d.value for d in extract_dates(text, published="2026-11-18")] == [], text


def test_extract_dates_months_in_lower_case_or_in_english_stay_months():
    assert [d.value for d in extract_dates("La reunión se celebró en julio pasado.", published="2026-11-18")] == ["2026-07"]
    assert [d.value for d in extract_dates("Fue detenido desde Julio, según su defensa.", published="2026-11-18")] == \
        ["2026-07"]
    assert [d.value for d in extract_dates("In May Mexican officials met in Washington.", published="2026-11-18")] == \
        ["2026-05"]


def test_extract_events_an_arrest_of_julio_cesar_is_not_dated_to_july():
    text = ("Cae presunto operador de Los Chapitos en Culiacán\n\n"
            "Publicado el 18 de noviembre de 2026\n\n"
            "CULIACÁN, Sin.- La FGR informó de la detención de Julio César «N», señalado "
            "como presunto operador financiero de una facción del Cártel de Sinaloa, en la colonia Las Quintas.\n\n"
            "El detenido fue puesto a disposición de un juez federal.")
    assert not any(d and d.startswith("2026-07") for d in _dates(text, "arrest"))


def test_extract_events_a_seizing_aseguro_with_a_day_dates_the_arrest_of_its_clause():
    text = ("Catean vivienda en Tepic; detienen a tres\n\n"
            "Tepic, Nayarit, 9 de diciembre de 2026.- La Fiscalía General del Estado informó este miércoles que aseguró "
            "este martes un inmueble en la colonia Lázaro Cárdenas y detuvo a tres presuntos integrantes de un grupo "
            "delictivo que el domingo emboscó a una patrulla de la Policía Estatal.\n\n"
            "Los detenidos fueron puestos a disposición del Ministerio Público.")
    assert "2026-12-08" in _dates(text, "arrest")
    assert "2026-12-06" not in _dates(text, "arrest")


def test_extract_events_an_aseguro_that_tells_keeps_its_day_as_the_telling_day():
    text = ("Detienen a dos en Tepic\n\n"
            "Tepic, Nayarit, 9 de diciembre de 2026.- El fiscal aseguró este miércoles que agentes estatales detuvieron "
            "a dos hombres armados en la colonia Centro.\n\n"
            "Los detenidos fueron puestos a disposición del Ministerio Público.")
    assert "2026-12-09" not in _dates(text, "arrest")


def test_extract_events_the_day_an_arrest_was_made_known_is_not_its_day():
    spanish = ("Capturan en Mexicali a presunto jefe de plaza\n\n"
               "Mexicali, Baja California, 16 de noviembre de 2026.- La detención de Ramón «N», alias el Güero, "
               "presunto jefe de plaza de un grupo criminal, se dio a conocer hasta este lunes.\n\n"
               "El hombre tenía tres órdenes de aprehensión por homicidio.")
    assert "2026-11-16" not in _dates(spanish, "arrest")
    english = ("Suspect in border shooting arrested\n\n"
               "Published December 9, 2026\n\n"
               "SAN DIEGO (AP) — The arrest of a man suspected of shooting at Border Patrol agents near Otay Mesa was "
               "not made public until Wednesday.\n\n"
               "He was being held without bail.")
    assert "2026-12-09" not in _dates(english, "arrest")


def test_extract_events_a_day_an_announcement_makes_is_kept_without_until():
    text = ("Tesoro sanciona a red de lavado\n\n"
            "Publicado el 9 de diciembre de 2026\n\n"
            "WASHINGTON.- El Departamento del Tesoro dio a conocer este martes sanciones contra cinco personas "
            "ligadas al Cártel de Sinaloa por el lavado de dinero.\n\n"
            "Las personas sancionadas no podrán hacer negocios en Estados Unidos.")
    assert "2026-12-08" in _dates(text, "sanction")


def test_extract_events_a_killing_dated_by_its_year_takes_the_day_told_with_its_scene():
    english = ("Man arrested in 2025 killing of Las Cruces store clerk\n\n"
               "Published December 9, 2026\n\n"
               "LAS CRUCES, N.M. — Las Cruces police on Tuesday arrested a 22-year-old man in the 2025 killing of a "
               "convenience store clerk, the department said in a news release.\n\n"
               "The suspect was booked into the Doña Ana County Detention Center on a charge of first-degree murder.\n\n"
               "Officers responded on June 12, 2025, to a store on Valley Drive, where they found the clerk with a "
               "gunshot wound. He died at a hospital.")
    assert "2025-06-12" in _dates(english, "attack")
    assert "2025" not in _dates(english, "attack")
    spanish = ("Detienen a presunto homicida de comerciante en Delicias\n\n"
               "Publicado el 9 de diciembre de 2026\n\n"
               "Delicias, Chih.- Agentes de la Fiscalía estatal detuvieron este martes a un hombre de 25 años señalado "
               "como probable responsable del asesinato de un tendero en 2025.\n\n"
               "El detenido fue puesto a disposición de un juez de control.\n\n"
               "Según la investigación, el 14 de marzo de 2025 el tendero fue hallado sin vida y con impactos de bala "
               "dentro de su negocio.")
    assert "2025-03-14" in _dates(spanish, "attack")


def test_extract_events_a_killing_dated_by_its_year_keeps_it_without_a_scene():
    english = ("Man arrested in 2025 killing of Las Cruces store clerk\n\n"
               "Published December 9, 2026\n\n"
               "LAS CRUCES, N.M. — Las Cruces police on Tuesday arrested a 22-year-old man in the 2025 killing of a "
               "convenience store clerk, the department said in a news release.\n\n"
               "A grand jury indicted him on June 12, 2025, according to court records.")
    assert "2025-06-12" not in _dates(english, "attack")


def test_extract_events_days_counted_over_a_sentence_of_background_count_from_the_attack():
    english = ("Soldiers arrest four after ambush in Celaya\n\nPublished December 9, 2026\n\n"
               "CELAYA, Mexico (AP) — Gunmen ambushed a state police patrol on the outskirts of Celaya on Saturday, "
               "killing three officers, authorities said.\n\n"
               "Celaya has for years been one of the most violent cities in Mexico, with rival cartels fighting over "
               "fuel theft.\n\n"
               "Two days later, soldiers arrested four suspects at a safe house in the nearby town of Apaseo el Grande.")
    assert set(_dates(english, "arrest")) == {"2026-12-07"}
    spanish = ("Detienen a cuatro tras emboscada en Celaya\n\nPublicado el 9 de diciembre de 2026\n\n"
               "Celaya, Gto.- Un grupo armado emboscó el sábado a una patrulla de la policía estatal en las afueras de "
               "Celaya y mató a tres agentes.\n\n"
               "Celaya es desde hace años una de las ciudades más violentas del país por la disputa entre cárteles.\n\n"
               "Dos días después, elementos del Ejército detuvieron a cuatro sospechosos en una casa de seguridad de "
               "Apaseo el Grande.")
    assert set(_dates(spanish, "arrest")) == {"2026-12-07"}


def test_extract_events_days_counted_over_news_told_in_the_past_still_stop():
    text = ("Soldiers arrest four after ambush in Celaya\n\nPublished December 9, 2026\n\n"
            "CELAYA, Mexico (AP) — Gunmen ambushed a state police patrol on the outskirts of Celaya on Saturday, "
            "killing three officers, authorities said.\n\n"
            "The mayor called for calm and asked residents to stay home.\n\n"
            "Two days later, soldiers arrested four suspects at a safe house in the nearby town of Apaseo el Grande.")
    assert "2026-12-07" not in _dates(text, "arrest")


def test_extract_events_the_day_a_statement_was_released_is_not_the_raids_day():
    english = ("Marines raid drug lab in Durango\n\nUpdated 9:15 AM MST, December 12, 2026\n\n"
               "DURANGO, Mexico (AP) — Mexico's navy said Friday that marines raided a clandestine lab in the mountains "
               "of Durango state and arrested three men who were guarding it.\n\n"
               "The raid took place Wednesday near the town of Tamazula, the navy said in a statement released Friday. "
               "Marines seized about 900 liters of chemical precursors.")
    assert set(_dates(english, "arrest")) == {"2026-12-09"}
    spanish = ("Aseguran laboratorio en Durango\n\nPublicado el 12 de diciembre de 2026\n\n"
               "DURANGO, Dgo.- La Secretaría de Marina informó este sábado que sus elementos aseguraron 900 litros de "
               "precursores químicos en un laboratorio clandestino de la sierra y detuvieron a tres hombres que lo "
               "custodiaban.\n\n"
               "La incautación se realizó el miércoles en Tamazula, según un comunicado emitido este viernes por la "
               "dependencia.")
    assert set(_dates(spanish, "arrest")) == {"2026-12-09"}
