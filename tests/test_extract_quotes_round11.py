"""Quotes and speakers, round 11: subjects that name a body by its kind and no entity of the story (a wire's
"the government says", "Police in <city> say", a local-TV "X troopers found ..., the agency said", a release's
"the department said", a Mexican portal's "la alcaldía informó", "medios locales reportaron")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_bare_government_stays_unnamed(nlp_en):
    """'a change the government says will help ...' with a city named before: no country speaks, so the government
    is unnamed, never the city the recognizer took for an organization."""
    quotes = quotes_of(nlp_en, "The city of Guayaquil declared an emergency in January.\n\n"
                               "Ecuador will register every prepaid phone line, a change the government says will "
                               "help it fight extortion.")
    assert said(quotes, "will help it fight") == ("the government", False)


def test_extract_quotes_police_named_by_their_city_stay_unnamed(nlp_en):
    """'Police in Guayaquil say ...': a nameless force, not the city."""
    quotes = quotes_of(nlp_en, "Extortion complaints rose last year in Guayaquil and Quito.\n\n"
                               "Police in Guayaquil say most calls are traced to inmates at the main prison.")
    assert said(quotes, "most calls are traced") == ("Police in Guayaquil", False)


def test_extract_quotes_agency_named_first_in_the_reported_clause(nlp_en):
    """'X troopers found ..., the agency said' after another body spoke: the agency is the one the clause opens
    with."""
    quotes = quotes_of(nlp_en, "U.S. Customs and Border Protection said the bridge was closed for hours.\n\n"
                               "Arizona Department of Public Safety troopers found 400,000 fentanyl pills hidden in a "
                               "spare tire during a traffic stop, the agency said.")
    assert said(quotes, "Arizona Department of Public Safety troopers") == ("Arizona Department of Public Safety", True)


def test_extract_quotes_department_is_no_administration(nlp_en):
    """'The Drug Enforcement Administration investigated the case, the department said': a department is no
    administration; with no department named the speaker stays unnamed."""
    quotes = quotes_of(nlp_en, "A cartel associate was sentenced to 25 years in prison for importing fentanyl.\n\n"
                               "The Drug Enforcement Administration investigated the case, the department said.")
    assert said(quotes, "The Drug Enforcement Administration investigated") == ("the department", False)


def test_extract_quotes_town_government_and_media_stay_unnamed(nlp_es):
    """'La alcaldía informó', 'Medios locales reportaron' with a state prosecutor speaking before: no one named,
    never the prosecutor."""
    quotes = quotes_of(nlp_es, "La Fiscalía General del Estado de Guanajuato informó que los restos fueron trasladados "
                               "al Servicio Médico Forense.\n\n"
                               "La alcaldía informó que reforzará la vigilancia en la zona.\n\n"
                               "Medios locales reportaron que el predio era utilizado por una célula criminal.")
    assert said(quotes, "reforzará la vigilancia") == ("La alcaldía", False)
    assert said(quotes, "el predio era utilizado") == ("Medios locales", False)


def test_extract_quotes_town_government_named_by_its_town(nlp_es):
    """'La alcaldía de Culiacán informó' after the security secretary spoke: the town's government, not him."""
    quotes = quotes_of(nlp_es, "El secretario de Seguridad, Omar García Harfuch, explicó que hubo 12 detenidos.\n\n"
                               "La alcaldía de Culiacán informó que las clases se suspendieron en tres escuelas.")
    assert said(quotes, "las clases se suspendieron") == ("La alcaldía de Culiacán", False)


def test_extract_quotes_body_name_the_parse_cut_short(nlp_es):
    """'CULIACÁN, Sin.- La Secretaría de Marina informó que ...' with the parse ending the subject at 'Secretaría':
    the navy speaks, not the security secretary a title-like 'secretaría' would point to."""
    quotes = quotes_of(nlp_es, "Detienen a 12 integrantes de célula en Sinaloa\n"
                               "El titular de la SSPC detalló que se aseguraron 30 armas largas\n\n"
                               "CULIACÁN, Sin.- La Secretaría de Marina informó que 12 personas fueron detenidas en "
                               "Culiacán.\n\n"
                               "El secretario de Seguridad Omar García Harfuch explicó que las detenciones siguieron a "
                               "labores de inteligencia.")
    assert said(quotes, "12 personas fueron detenidas") == ("Secretaría de Marina", True)
    assert said(quotes, "se aseguraron 30 armas") == ("Omar García Harfuch", True)


def test_extract_quotes_company_and_city_are_no_person(nlp_en):
    """'The company that owns the truck said', 'The city said' after a port director spoke: bodies no one names,
    never the last person speaking."""
    quotes = quotes_of(nlp_en, "LAREDO, Texas - Officers seized 1,200 pounds of methamphetamine at the World Trade "
                               "Bridge.\n\n"
                               "\"Our officers continue to stop dangerous drugs,\" said Port Director Albert Flores.\n\n"
                               "The company that owns the truck said it was cooperating with investigators. The city "
                               "said the bridge stayed open.")
    assert said(quotes, "it was cooperating") == ("The company that owns the truck", False)
    assert said(quotes, "the bridge stayed open") == ("The city", False)


def test_extract_quotes_bare_government_after_a_country_or_town_government(nlp_es):
    """'El gobierno informó' right after a town government spoke: that government; after someone else, unnamed."""
    quotes = quotes_of(nlp_es, "El Ayuntamiento de Tijuana informó que la policía resguardó la zona.\n\n"
                               "El gobierno informó que se reforzará la presencia de la Guardia Nacional.")
    assert said(quotes, "se reforzará la presencia") == ("Ayuntamiento de Tijuana", True)
    quotes = quotes_of(nlp_es, "La Fiscalía General del Estado de Baja California informó que hubo tres detenidos.\n\n"
                               "El gobierno informó que se reforzará la presencia de la Guardia Nacional.")
    assert said(quotes, "se reforzará la presencia") == ("El gobierno", False)


def test_extract_quotes_relative_says_whose_gap_is_the_subject(nlp_en):
    """'..., a measure the government says has reduced extortion in the capital.': the parse hangs 'reduced' on the
    main verb; the words after 'says' are still what the government said."""
    quotes = quotes_of(nlp_en, "Honduras on Sunday extended a partial state of emergency for another 45 days, a measure "
                               "the government says has reduced extortion in the capital.")
    assert said(quotes, "has reduced extortion") == ("the government", False)
    assert [q.text for q in quotes] == ["has reduced extortion in the capital."]


def test_extract_quotes_company_no_one_names_is_unnamed(nlp_es):
    """'..., informó la compañía en un comunicado' with no company recognized: someone unnamed, not no speaker."""
    quotes = quotes_of(nlp_es, "Culiacán, Sin. Hombres armados se llevaron a diez trabajadores de una minera en el "
                               "municipio de Concordia, informó la compañía en un comunicado.\n\n"
                               "La empresa señaló que mantiene comunicación con las autoridades federales.")
    assert said(quotes, "mantiene comunicación") == ("La empresa", False)
    assert said(quotes, "Hombres armados") == ("la compañía", False)


def test_extract_quotes_she_after_an_unnamed_sister(nlp_en):
    """'..., according to his sister, Ana Medina. “...,” she said' about a man: the sister speaks, by her name now that
    the recognizer reads a name after a comma closing a title on its own (people, round 33), never the man."""
    quotes = quotes_of(nlp_en, "Carlos Medina, 34, was killed in Caborca on Feb. 20, according to his sister, Ana Medina. "
                               "\"He went to visit our grandmother and never came back,\" she said.")
    assert said(quotes, "He went to visit") == ("Ana Medina", True)



def test_extract_quotes_federal_government_is_no_ministry(nlp_es):
    """'El gobierno federal informó', 'según medios locales', '..., informó la corporación' after the foreign ministry
    spoke: the government and the press are unnamed, the corporation is the police the clause opens with."""
    quotes = quotes_of(nlp_es, "México rechazó la propuesta de realizar ataques con drones contra cárteles, informó la "
                               "Secretaría de Relaciones Exteriores.\n\n"
                               "El gobierno federal informó que la cooperación en materia de seguridad continuará.\n\n"
                               "Según medios locales, la propuesta fue discutida en una reunión en Washington.\n\n"
                               "La Policía Municipal de Reynosa detuvo a dos personas, informó la corporación.")
    assert said(quotes, "la cooperación en materia") == ("El gobierno federal", False)
    assert said(quotes, "la propuesta fue discutida") == ("medios locales", False)
    assert said(quotes, "La Policía Municipal de Reynosa detuvo") == ("Policía Municipal de Reynosa", True)
