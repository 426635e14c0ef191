"""Quotes and speakers, round 25: a hearing transcript's label with the title after the name ("JANE ROE, ACTING
CBP COMMISSIONER:"), an office's head told by the office ("La titular de la Secretaría de ...", "El titular de la
SSPC") when a woman holds it or the headline alone names her, "la secretaria" (no accent) as the person, and a
charging document after the defence lawyer spoke ("The criminal complaint alleges ...")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_transcript_label_with_the_title_after_the_name_en(nlp_en):
    """'MARIA SOTO, ACTING DEA ADMINISTRATOR:': Maria Soto speaks, and 'SOTO:' after is her too."""
    text = ("Excerpt: House hearing on cartel money laundering\n\n"
            "REP. MARK GREEN (R-Tenn.): Administrator, how are the cartels moving their cash today?\n\n"
            "MARIA SOTO, ACTING DEA ADMINISTRATOR: Mostly through Chinese brokers who settle the debts in pesos.\n\n"
            "GREEN: Are those brokers inside the United States?\n\n"
            "SOTO: Many of them are, in Chicago, Los Angeles and New York.\n\n"
            "GREEN: Do you have the agents to follow them?\n\n"
            "SOTO: Not enough of them, Congressman.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "Mostly through Chinese") == ("Maria Soto", True)
    assert said(quotes, "Many of them are") == ("Maria Soto", True)


def test_extract_quotes_transcript_label_with_the_title_after_the_name_es(nlp_es):
    """'LUISA PÉREZ, FISCAL DE SONORA:': the name before the comma, not the title after it."""
    text = ("Versión estenográfica de la conferencia de prensa en Hermosillo\n\n"
            "LUISA PÉREZ, FISCAL DE SONORA: Buenas tardes. Hoy detuvimos a cinco personas por el ataque en Cajeme.\n\n"
            "INTERLOCUTOR: ¿Pertenecen a algún grupo criminal?\n\n"
            "PÉREZ: Eso lo está investigando la fiscalía todavía.\n\n"
            "INTERLOCUTOR: ¿Hay más órdenes de aprehensión?\n\n"
            "PÉREZ: Sí, tres más, que se cumplirán esta semana.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Buenas tardes") == ("Luisa Pérez", True)
    assert said(quotes, "Eso lo está") == ("Luisa Pérez", True)


def test_extract_quotes_office_head_held_by_a_woman_es(nlp_es):
    """'La titular de la Secretaría de Economía afirmó' after 'la secretaria de Economía, X': X, not the office."""
    text = ("La secretaria de Economía, Laura Méndez, se reunió con empresarios de Tijuana.\n\n"
            "La titular de la Secretaría de Economía afirmó que los aranceles no afectarán a las maquiladoras.")
    assert said(quotes_of(nlp_es, text), "los aranceles no") == ("Laura Méndez", True)


def test_extract_quotes_office_head_named_only_in_the_headline_es(nlp_es):
    """'...: García Harfuch' over 'El titular de la SSPC informó que ...': the person the headline credits."""
    text = ("Caen 12 extorsionadores en Puebla: García Harfuch\n\n"
            "El titular de la SSPC informó que los detenidos cobraban cuotas a transportistas de la autopista.")
    assert said(quotes_of(nlp_es, text), "los detenidos cobraban") == ("García Harfuch", True)


def test_extract_quotes_secretaria_without_accent_is_the_person_es(nlp_es):
    """'La secretaria agregó' (lower case, no accent) is the woman heading the Secretaría, not the Secretaría."""
    text = ("Faltan recursos para buscar a desaparecidos: Laura Méndez\n\n"
            "La titular de la Secretaría de Bienestar dijo que el presupuesto de las comisiones de búsqueda es bajo.\n\n"
            "La secretaria agregó que pedirá más fondos a la Cámara de Diputados.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "el presupuesto de las") == ("Laura Méndez", True)
    assert said(quotes, "pedirá más fondos") == ("Laura Méndez", True)


def test_extract_quotes_charging_document_after_the_defence_lawyer_spoke_en(nlp_en):
    """'His lawyer, X, said ... The criminal complaint alleges that ...': the prosecution's words, no one named, not X's."""
    text = ("A Laredo trucker was arrested on Tuesday on charges of smuggling methamphetamine in produce loads.\n\n"
            "Jorge Salinas, 39, pleaded not guilty. His lawyer, Ann Becker, said her client never knew what he hauled.\n\n"
            "The criminal complaint alleges that Salinas made 14 trips with hidden loads between March and August.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "her client never knew") == ("Ann Becker", True)
    assert said(quotes, "Salinas made 14 trips")[1] is False


def test_extract_quotes_transcript_of_long_labels_then_short_ones_es(nlp_es):
    """Each label written once, long ('DIPUTADA ANA LUZ MORA, PRESIDENTA DE LA MESA:') then short ('LUZ MORA:'): a
    transcript still, and the name before the comma speaks, not 'la Mesa'."""
    text = ("Versión estenográfica de la sesión de la Comisión de Seguridad de la Cámara de Diputados\n\n"
            "DIPUTADA ANA LUZ MORA, PRESIDENTA DE LA MESA: Se abre la sesión. Tiene la palabra el comisionado.\n\n"
            "RAÚL PINEDA ORTIZ, COMISIONADO DE LA GUARDIA NACIONAL: Gracias. Hemos desplegado 8 mil elementos en Sinaloa.\n\n"
            "PINEDA ORTIZ: Y vamos a sumar otros 2 mil en enero.\n\n"
            "LUZ MORA: Gracias, comisionado. Pasamos a las preguntas.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Se abre la sesión") == ("Ana Luz Mora", True)
    assert said(quotes, "Gracias. Hemos desplegado") == ("Raúl Pineda Ortiz", True)
    assert said(quotes, "Gracias, comisionado") == ("Ana Luz Mora", True)


def test_extract_quotes_charging_document_after_a_defense_attorney_en(nlp_en):
    """'His defense attorney, X, told reporters ... The complaint alleges': not X's words."""
    text = ("A Laredo customs officer was arrested Friday on bribery charges.\n\n"
            "Luis Garza, 41, appeared in federal court. His defense attorney, Tom Hale, told reporters that Garza "
            "would plead not guilty.\n\n"
            "The complaint alleges that Garza waved through 30 loaded trucks in exchange for cash.")
    assert said(quotes_of(nlp_en, text), "Garza waved through")[1] is False


def test_extract_quotes_head_of_a_body_is_the_one_its_title_names_en(nlp_en):
    """'The chief of CBP told lawmakers' in a lede, a senator named first after it and
    'CBP Commissioner X' later: X, whose title names the body, not the senator."""
    text = ("WASHINGTON — The chief of CBP told lawmakers on Thursday that fentanyl "
            "seizures at the border fell by half this year.\n\n"
            "Responding to Sen. Gary Peters, D-Mich., CBP Commissioner Rodney Scott said the agency needed more "
            "scanners at the ports of entry.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "fentanyl seizures") == ("Rodney Scott", True)
    assert said(quotes, "the agency needed") == ("Rodney Scott", True)


def test_extract_quotes_an_outlet_in_a_names_case_asking_in_a_q_and_a_es(nlp_es):
    """'Milenio: ¿...?' after 'conversó con Milenio': the outlet asks (no one named), the one interviewed answers."""
    text = ("Entrevista con un exfiscal de Chihuahua sobre las fosas de Ciudad Juárez\n\n"
            "El exfiscal Jorge Nava López conversó con Milenio sobre la búsqueda de personas en el desierto.\n\n"
            "Milenio: ¿Por qué tardan tanto las identificaciones?\n\n"
            "Nava: Porque no hay peritos suficientes y los laboratorios están saturados.\n\n"
            "Milenio: ¿Qué haría usted?\n\n"
            "Nava: Contratar genetistas y abrir un banco nacional de datos.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "¿Por qué tardan") == (None, False)
    assert said(quotes, "Porque no hay peritos") == ("Jorge Nava López", True)
