"""Quotes and speakers, round 29: a Spanish sentence opened by a participle clause that runs up to its verb
("Cuestionado sobre X, evitó dar detalles: «...»") has a dropped subject, never what the clause names; "Y quoted X
as saying", "the indictment quotes X as replying": X speaks, not the one quoting."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_participle_clause_before_the_verb_is_no_subject_es(nlp_es):
    """'Cuestionado sobre la presencia del Cártel X, evitó dar detalles: «...»' is the official's, not the cartel's."""
    text = ("Emboscan a policías estatales en Linares\n\n"
            "Monterrey, NL.- El secretario de Seguridad estatal, Ramón Treviño Garza, informó que los atacantes huyeron "
            "hacia la sierra.\n\n"
            "Cuestionado sobre la presencia del Cártel del Golfo en la zona, evitó dar detalles: «Hay una carpeta "
            "abierta y no vamos a adelantar nada».\n\n"
            "Interrogado sobre el Cártel del Golfo, dijo que no hay detenidos.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Hay una carpeta") == ("Ramón Treviño Garza", True)
    assert said(quotes, "no hay detenidos") == ("Ramón Treviño Garza", True)
    # a subject after the clause still speaks
    text = ("Fiscalía de Colima responde a la CNDH\n\n"
            "Consultada sobre las quejas de la CNDH, la fiscal Angélica Ramos Ortiz respondió que no hay "
            "recomendaciones pendientes.")
    assert said(quotes_of(nlp_es, text), "no hay recomendaciones") == ("Angélica Ramos Ortiz", True)


def test_extract_quotes_quoted_as_saying_gives_the_one_quoted_en(nlp_en):
    """'The newspaper X quoted Minister Y as saying that ...' is Y's, not the newspaper's."""
    text = ("El Salvador extends emergency rule\n\n"
            "SAN SALVADOR (AP) — Lawmakers extended El Salvador's state of emergency again on Wednesday.\n\n"
            "The newspaper La Prensa Gráfica quoted Security Minister Gustavo Villatoro as saying that the gangs "
            "had been dismantled.")
    assert said(quotes_of(nlp_en, text), "the gangs had been") == ("Gustavo Villatoro", True)


def test_extract_quotes_filing_quotes_an_unnamed_contact_en(nlp_en):
    """'The indictment also quotes the contact as replying, “...”' is the unnamed contact's, not the defendant's
    whose message came before."""
    text = ("Arizona man indicted in rifle scheme\n\n"
            "PHOENIX (AP) — A federal grand jury indicted a Glendale man, Marco Antonio Ruelas, on Tuesday. In one "
            "message, Ruelas wrote: \"The rifles are ready, send the money first.\"\n\n"
            "The indictment also quotes the contact as replying, \"The boss wants fifty more.\"")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "The rifles are ready") == ("Marco Antonio Ruelas", True)
    assert said(quotes, "The boss wants") == ("the contact", False)


def test_extract_quotes_the_agencys_spokesperson_speaks_for_the_agency_en(nlp_en):
    """'A spokesperson for the Drug Enforcement Administration said ...', then 'The agency's spokesperson added
    that ...': the DEA speaks both times, not an unnamed source."""
    text = ("DEA declines to comment on extraditions\n\n"
            "A spokesperson for the Drug Enforcement Administration said the agency does not discuss pending "
            "extraditions.\n\n"
            "The agency's spokesperson added that agents would keep working with Mexican authorities.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the agency does not") == ("Drug Enforcement Administration", True)
    assert said(quotes, "agents would keep") == ("Drug Enforcement Administration", True)


def test_extract_quotes_ente_acusador_is_the_prosecutors_office_named_es(nlp_es):
    """'Según el ente acusador, ...' after 'La Fiscalía General de la Nación imputó ...' is the Fiscalía's, not a
    nameless source ("ente" describes an office as "dependencia" does)."""
    text = ("Imputan a exconcejal por extorsión\n\n"
            "Medellín.- La Fiscalía General de la Nación imputó este martes a un exconcejal de Caucasia por "
            "presunta extorsión a comerciantes.\n\n"
            "Según el ente acusador, el exconcejal cobraba cuotas semanales a nombre de una banda local.")
    assert said(quotes_of(nlp_es, text), "el exconcejal cobraba") == ("Fiscalía General de la Nación", True)


def test_extract_quotes_message_of_a_title_before_a_colon_is_its_holders_es(nlp_es):
    """'El mensaje del gobernador fue claro: «...»' after a secretary spoke is the governor's words, not the
    secretary's: the owner of the noun of speech is read without its "del"."""
    text = ("Reunión de seguridad en Morelia\n\n"
            "Morelia, Mich.- El gobernador Alfredo Ramírez Bedolla encabezó la reunión de seguridad con mandos "
            "federales. El secretario de Seguridad estatal, José Antonio Bernal, informó que hubo 12 detenidos.\n\n"
            "El mensaje del gobernador fue claro: «En Michoacán no vamos a negociar con la delincuencia».")
    assert said(quotes_of(nlp_es, text), "En Michoacán no vamos") == ("Alfredo Ramírez Bedolla", True)


def test_extract_quotes_titular_of_an_office_named_by_a_short_title_es(nlp_es):
    """'El secretario de Seguridad federal, X, ...' then 'El titular de la SSPC detalló que ...': X, the one person
    whose title holds "secretario" and "seguridad", not the SSPC as a body."""
    text = ("Villanueva encabeza reunión de seguridad en Hidalgo\n\n"
            "Pachuca, Hgo.- El secretario de Seguridad federal, Marcos Villanueva Ortega, encabezó este lunes la reunión "
            "de seguridad en Pachuca junto al gobernador Julio Menchaca Salazar.\n\n"
            "El titular de la SSPC detalló que se han clausurado 230 tomas clandestinas en el estado desde enero.")
    assert said(quotes_of(nlp_es, text), "se han clausurado") == ("Marcos Villanueva Ortega", True)


def test_extract_quotes_testimony_relayed_before_a_colon_is_the_witness_es_en(nlp_es, nlp_en):
    """'En la sentencia, el juez retoma el testimonio de un testigo protegido: «...»' is the unnamed witness's words,
    not the judge's nor the defendant's; 'Prosecutors read aloud the testimony of a protected witness: “...”' too;
    'X rechazó la declaración de Y: «...»' stays X's."""
    text = ("Sentencian a exjefe de plaza en Coahuila\n\n"
            "Un juez federal sentenció a 40 años de prisión a Ramiro Salas Ortega, exjefe de plaza en Acuña, informó "
            "la FGR en un comunicado.\n\n"
            "En la sentencia, el juez retoma el testimonio de un testigo protegido: «Él decidía quién pagaba y quién "
            "no».\n\n"
            "El alcalde Emilio de Hoyos rechazó las declaraciones del exjefe de plaza: «Acuña no le pertenece a nadie».")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Él decidía") == ("un testigo protegido", False)
    assert said(quotes, "Acuña no le") == ("Emilio de Hoyos", True)
    text = ("Accountant sentenced in Brooklyn\n\n"
            "NEW YORK (AP) — A federal judge sentenced Daniel Ortiz Reyes, a former cartel accountant, to 20 years on "
            "Friday. Prosecutors read aloud the testimony of a protected witness: \"He kept every payment in a "
            "notebook.\"")
    assert said(quotes_of(nlp_en, text), "He kept every") == ("a protected witness", False)


def test_extract_quotes_frame_source_with_a_ranked_name_in_apposition_es(nlp_es):
    """'En palabras del comandante de la división, general X, «...»' and 'Según el vocero de la Policía, coronel Y,
    CLAIM' are X's and Y's: a rank in lower case before the apposed name still makes it the source's name."""
    text = ("Atacan a soldados en Antioquia\n\n"
            "Medellín.- Dos soldados murieron en un ataque con explosivos en zona rural de Anorí.\n\n"
            "En palabras del comandante de la división, general Federico Mejía, «se trató de un ataque cobarde contra "
            "jóvenes que protegían a la población».\n\n"
            "Según el vocero de la Policía, coronel Juan Pérez Ortiz, los responsables ya están identificados.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "se trató") == ("Federico Mejía", True)
    assert said(quotes, "los responsables ya") == ("Juan Pérez Ortiz", True)


def test_extract_quotes_cita_a_person_before_a_colon_es(nlp_es):
    """'En el comunicado, el Tesoro cita al subsecretario ..., X: «...»' is X's words, not the Treasury's."""
    text = ("EE.UU. sanciona a red de lavado del CJNG\n\n"
            "Washington.- El Departamento del Tesoro sancionó este miércoles a 15 personas vinculadas con el Cártel "
            "Jalisco Nueva Generación.\n\n"
            "En el comunicado, el Tesoro cita al subsecretario para Terrorismo e Inteligencia Financiera, John Hurley: "
            "«Estas redes engañan a jubilados para financiar el tráfico de fentanilo».")
    assert said(quotes_of(nlp_es, text), "Estas redes engañan") == ("John Hurley", True)


def test_extract_quotes_next_sentence_opening_its_own_quote_names_no_earlier_speaker_es(nlp_es):
    """'Cuestionado sobre X, señaló: «...»' followed by 'La advertencia de la gobernadora Y fue directa: «...»': the
    first is the official's (the next sentence's noun of speech introduces Y's own words, not the ones before)."""
    text = ("Rescatan a 30 migrantes en Acayucan\n\n"
            "Xalapa, Ver.- El titular de la SSP estatal, Alfonso Reyes Garcés, detalló que entre los rescatados había "
            "nueve menores de edad.\n\n"
            "Cuestionado sobre la presunta participación de policías municipales, señaló: «Si hay algún elemento "
            "involucrado, será presentado ante la Fiscalía».\n\n"
            "La advertencia de la gobernadora Rocío Nahle fue directa: «No habrá protección para nadie».")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Si hay algún") == ("Alfonso Reyes Garcés", True)
    assert said(quotes, "No habrá protección") == ("Rocío Nahle", True)


def test_extract_quotes_words_of_one_of_a_group_relayed_es(nlp_es):
    """'El fiscal X recordó las palabras de uno de los choferes asesinados: «...»' is the unnamed driver's."""
    text = ("Detienen a presunto extorsionador de transportistas\n\n"
            "Chilpancingo, Gro.- El fiscal estatal, Zipacná Jiménez Canseco, informó que el detenido cobraba cuotas a "
            "transportistas.\n\n"
            "El fiscal recordó las palabras de uno de los choferes asesinados: «Nos cobran por cada vuelta».")
    assert said(quotes_of(nlp_es, text), "Nos cobran") == ("uno de los choferes asesinados", False)


def test_extract_quotes_ministrys_spokesman_with_no_body_speaking_before_en(nlp_en):
    """'... ordered by Los Lobos gang leaders.' then 'The ministry's spokesman said ...' with no body speaking before:
    an unnamed source, never the gang only named."""
    text = ("Ecuador declares emergency after prison riot\n\n"
            "QUITO, Jan 9 (Reuters) - Interior Minister John Reimberg said the riot was ordered by Los Lobos gang "
            "leaders.\n\n"
            "The ministry's spokesman said 200 soldiers had been sent to the Guayaquil prison complex.")
    quote = next(q for q in quotes_of(nlp_en, text) if q.text.startswith("200 soldiers"))
    assert quote.speaker_local_id is None


def test_extract_quotes_name_inside_the_participle_clause_is_no_speaker_es(nlp_es):
    """'Interrogada sobre las declaraciones del embajador X, respondió que ...' is the president's, who spoke before,
    not the ambassador's the clause names."""
    text = ("Sheinbaum descarta intervención\n\n"
            "Ciudad de México.- La presidenta Claudia Sheinbaum descartó este martes que Estados Unidos vaya a "
            "intervenir en Michoacán.\n\n"
            "Interrogada sobre las declaraciones del embajador Ronald Johnson, respondió que la relación es de respeto.")
    assert said(quotes_of(nlp_es, text), "la relación es") == ("Claudia Sheinbaum", True)


def test_extract_quotes_document_relayed_before_a_colon_is_its_authors_es(nlp_es):
    """'El titular de la Defensa citó el reporte de un mando en la zona: «...»' is the unnamed commander's words, not
    the ministry's."""
    text = ("Drones atacan comunidades en Tierra Caliente\n\n"
            "Ciudad de México.- El general secretario Ricardo Trevilla Trejo, titular de la Sedena, informó que se han "
            "inhabilitado 40 drones desde enero.\n\n"
            "El titular de la Defensa citó el reporte de un mando en la zona: «Los drones llegan de noche y buscan a la "
            "población civil».")
    quote = next(q for q in quotes_of(nlp_es, text) if q.text.startswith("Los drones"))
    assert quote.speaker_local_id is None


def test_extract_quotes_quoted_as_saying_when_the_parse_loses_the_object_en(nlp_en):
    """'Broadcaster Caracol quoted Defense Minister X as saying ...' (no "that"; the parse roots the sentence on the
    name) is X's, not the broadcaster's."""
    text = ("Soldiers held by residents are released\n\n"
            "BOGOTA, Colombia (AP) — Dozens of soldiers held for two days by residents of a rural area were released "
            "Tuesday.\n\n"
            "Broadcaster Caracol quoted Defense Minister Pedro Sánchez as saying the residents had been pressured by "
            "the Central General Staff, a dissident group.")
    assert said(quotes_of(nlp_en, text), "the residents had been") == ("Pedro Sánchez", True)


def test_extract_quotes_dateline_city_that_is_a_given_name_is_no_speaker_es(nlp_es):
    """'León, Gto.- La alcaldesa ... anunció ...' then 'Consultada sobre ..., aseguró que ...': the mayor, not "León"
    (the dateline's city read as a person called by a given name)."""
    text = ("Refuerzan seguridad en León\n\n"
            "León, Gto.- La alcaldesa de León, Alejandra Gutiérrez Campos, anunció que 300 policías municipales "
            "reforzarán la vigilancia en la zona centro.\n\n"
            "Consultada sobre las críticas de los empresarios, aseguró que la seguridad es responsabilidad compartida.")
    assert said(quotes_of(nlp_es, text), "la seguridad es") == ("Alejandra Gutiérrez Campos", True)
