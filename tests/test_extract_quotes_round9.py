"""Quotes and speakers, round 9: hand-written press-conference, hearing, interview, reaction-list, statement and
headline sentences in English and Spanish (a verb before its speaker, a clause the parse hangs on the speaker,
someone of a person's, a body named again by its kind, dialogue turns of one word, quotes in headlines)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_verb_first_with_its_speaker_and_clause(nlp_es):
    """'Advirtió la funcionaria que ...', 'Reconoció la activista que ...': the parse reads the clause as a relative
    of the speaker after the verb; it is what was said, and the speaker the description points to."""
    quotes = quotes_of(nlp_es, "CIUDAD JUÁREZ.— El número de personas desaparecidas aumentó 30 por ciento, reconoció el "
                               "fiscal general de Chihuahua, César Jáuregui Moreno.\n\n\"Hay que atender las causas\", "
                               "subrayó la comisionada estatal de búsqueda, Jessica Ledezma Carrillo, quien acompañó al "
                               "fiscal.\n\nAdvirtió la funcionaria que la comisión sólo cuenta con 12 buscadores para todo "
                               "el estado.\n\n\"Las familias hacen el trabajo que le corresponde al Estado\", señaló Norma "
                               "Ledezma, fundadora de Justicia para Nuestras Hijas.\n\nReconoció la activista que ha habido "
                               "avances en la identificación de restos, pero dijo que los resultados \"siguen siendo "
                               "insuficientes\".")
    assert said(quotes, "Hay que atender") == ("Jessica Ledezma Carrillo", True)
    assert said(quotes, "la comisión sólo cuenta") == ("Jessica Ledezma Carrillo", True)
    assert said(quotes, "ha habido avances") == ("Norma Ledezma", True)


def test_extract_quotes_a_clause_after_a_sentence_adverb_and_the_body_named_again(nlp_es):
    """'La Fiscalía del Estado informó por su parte que ...' reports; 'detalló la dependencia estatal' is that body,
    not the federal one quoted before."""
    quotes = quotes_of(nlp_es, "GUADALAJARA.— Un juez vinculó a proceso al exalcalde, informó la Fiscalía General de la "
                               "República en un comunicado.\n\n\"El imputado permanecerá en prisión preventiva\", precisó "
                               "la FGR.\n\nLa Fiscalía del Estado de Jalisco informó por su parte que continúa con el "
                               "análisis de los restos hallados en el rancho.\n\n\"Se han identificado 14 perfiles "
                               "genéticos\", detalló la dependencia estatal en una tarjeta informativa.")
    assert said(quotes, "continúa con el análisis") == ("Fiscalía del Estado de Jalisco", True)
    assert said(quotes, "Se han identificado") == ("Fiscalía del Estado de Jalisco", True)


def test_extract_quotes_no_subject_borrowed_from_what_was_said(nlp_es):
    """'X advirtió que las células del Cártel de Sinaloa se han debilitado, aunque reconoció que ...': the verb
    without a subject is X's, not the cartel's (the subject of the clause X said)."""
    quotes = quotes_of(nlp_es, "Más tarde, el secretario de Seguridad, Omar García Harfuch, informó que se han detenido "
                               "2 mil personas.\n\nAdvirtió García Harfuch que las células del Cártel de Sinaloa en "
                               "Culiacán se han debilitado, aunque reconoció que la violencia no ha cedido en algunos "
                               "municipios.")
    assert said(quotes, "la violencia no ha cedido") == ("Omar García Harfuch", True)


def test_extract_quotes_answered_attributes(nlp_en):
    quotes = quotes_of(nlp_en, "Senators questioned DEA Administrator Terrance Cole on Tuesday.\n\nSen. Chuck Grassley "
                               "opened the hearing by asking whether the drop reflected less trafficking.\n\n\"It reflects "
                               "a real change in the market,\" Cole answered.")
    assert said(quotes, "It reflects") == ("Terrance Cole", True)


def test_extract_quotes_someone_of_a_persons_is_not_that_person(nlp_en):
    """'The lawyer for a former aide to X', 'His client's wife': someone unnamed, not X nor the lawyer."""
    quotes = quotes_of(nlp_en, "NEW YORK — The lawyer for a former aide to Genaro García Luna asked a federal judge on "
                               "Monday to throw out his conviction, arguing that prosecutors relied on testimony from paid "
                               "informants.\n\n\"The government built this case on lies,\" his lawyer, Cesar de Castro, "
                               "said.\n\nHis client's wife, who asked not to be named, said the family had received "
                               "threats in Mexico. \"We cannot go back,\" she said.")
    assert said(quotes, "prosecutors relied")[1] is False
    assert said(quotes, "The government built") == ("Cesar de Castro", True)
    assert said(quotes, "the family had received")[1] is False
    assert said(quotes, "We cannot go back")[1] is False


def test_extract_quotes_the_embassy_and_the_prosecutor_named_again(nlp_en):
    """'the embassy said' is the U.S. Embassy named before; 'the prosecutor added' is the attorney general."""
    quotes = quotes_of(nlp_en, "MATAMOROS — The U.S. Embassy in Mexico City warned American citizens on Sunday to avoid "
                               "travel to parts of Tamaulipas.\n\n\"U.S. citizens should shelter in place and avoid the "
                               "area,\" the embassy said in a statement.")
    assert said(quotes, "U.S. citizens should")[1] is True
    assert "Embassy" in said(quotes, "U.S. citizens should")[0]
    quotes = quotes_of(nlp_en, "Attorney General Pam Bondi announced charges against 14 members of the cartel on Tuesday. "
                               "\"These defendants poisoned our communities,\" the prosecutor added.")
    assert said(quotes, "These defendants") == ("Pam Bondi", True)


def test_extract_quotes_one_word_turns_of_an_interview_with_dashes(nlp_es):
    """'—¿Renunciaría?' '—No.': turns of a dialogue however short; the answers are the interviewee's."""
    quotes = quotes_of(nlp_es, "En entrevista con el noticiero nocturno de N+, el gobernador de Sinaloa, Rubén Rocha Moya, "
                               "habló sobre la crisis de violencia en Culiacán.\n\nA continuación, un extracto de la "
                               "conversación:\n\n—¿Ha hablado con los líderes de las facciones?\n\n—Jamás. Yo no hablo con "
                               "criminales.\n\n—¿Renunciaría?\n\n—No.")
    assert said(quotes, "¿Renunciaría?") == (None, False)
    assert said(quotes, "No.") == ("Rubén Rocha Moya", True)
    assert said(quotes, "Jamás") == ("Rubén Rocha Moya", True)


def test_extract_quotes_quotes_in_headlines(nlp_en, nlp_es):
    """A headline's quote in straight single marks ("'We will not allow it,' says X"); a headline's quote with who
    said it after a colon and the occasion ("“...”: gobernador de Sinaloa en entrevista televisiva")."""
    quotes = quotes_of(nlp_en, "'We will not allow it,' says Sheinbaum after Trump renews strike threat\n\nMEXICO CITY "
                               "(Reuters) - Mexican President Claudia Sheinbaum on Monday rejected any U.S. military "
                               "action on Mexican soil.")
    assert said(quotes, "We will not allow it") == ("Claudia Sheinbaum", True)
    quotes = quotes_of(nlp_es, "\"No vamos a negociar con criminales\": gobernador de Sinaloa en entrevista televisiva\n\n"
                               "En entrevista con N+, el gobernador de Sinaloa, Rubén Rocha Moya, habló sobre la crisis de "
                               "violencia en Culiacán.")
    assert said(quotes, "No vamos a negociar") == ("Rubén Rocha Moya", True)


def test_extract_quotes_a_verb_first_read_as_a_given_name(nlp_es):
    """'Insistió Navarro en que ...', 'Respondió Trevilla que ...': the model takes the verb into the name; the
    speaker is the person the rest of it names."""
    quotes = quotes_of(nlp_es, "CIUDAD DE MÉXICO (apro).— Indira Navarro Saldaña, titular de la Comisión de Búsqueda de "
                               "Personas de la Ciudad de México, dijo que los restos hallados corresponden al menos a cinco "
                               "personas.\n\nLa jefa de Gobierno, Clara Brugada, lamentó el hallazgo y sostuvo que \"no "
                               "habrá impunidad\".\n\nInsistió Navarro en que las madres buscadoras contarán con "
                               "protección policial durante las jornadas de búsqueda.")
    assert said(quotes, "las madres buscadoras") == ("Indira Navarro Saldaña", True)


def test_extract_quotes_a_hearing_with_several_lawmakers(nlp_es):
    """'preguntó la legisladora' is the deputy titled "La diputada del PAN" before, not the one named after;
    'Respondió Trevilla que ...' is the general's."""
    quotes = quotes_of(nlp_es, "CIUDAD DE MÉXICO.— El secretario de la Defensa Nacional, general Ricardo Trevilla Trejo, "
                               "defendió este miércoles ante la Comisión de Defensa de la Cámara de Diputados la "
                               "participación de las Fuerzas Armadas en tareas de seguridad pública.\n\nLa diputada del "
                               "PAN Laura Contreras le reclamó la falta de resultados en Sinaloa. \"¿Cuántos elementos más "
                               "necesitan para pacificar Culiacán?\", preguntó la legisladora.\n\nRespondió Trevilla que "
                               "actualmente hay más de 11 mil elementos desplegados en el estado.\n\nPor el PRI, la "
                               "diputada Ariana Rejón advirtió que la militarización \"no ha reducido los homicidios\".")
    assert said(quotes, "¿Cuántos elementos") == ("Laura Contreras", True)
    assert said(quotes, "actualmente hay") == ("Ricardo Trevilla Trejo", True)


def test_extract_quotes_kin_and_a_former_governor(nlp_es):
    """'La madre del exgobernador, que pidió ...' is someone unnamed, not the brother quoted before; 'escribió el
    exmandatario' is the former governor the story is about."""
    quotes = quotes_of(nlp_es, "REYNOSA, Tamps.— El exgobernador de Tamaulipas Francisco García Cabeza de Vaca negó este "
                               "martes las acusaciones de lavado de dinero.\n\n\"Es una persecución política\", escribió el "
                               "exmandatario en su cuenta de X.\n\nSu hermano, Ismael García Cabeza de Vaca, sostuvo en "
                               "entrevista radiofónica que la familia \"no tiene nada que esconder\".\n\nLa madre del "
                               "exgobernador, que pidió no ser citada por su nombre, dijo a este medio que confía en la "
                               "justicia mexicana.")
    assert said(quotes, "Es una persecución") == ("Francisco García Cabeza de Vaca", True)
    assert said(quotes, "confía en la justicia")[1] is False


def test_extract_quotes_an_embassy_and_a_security_office_in_statements(nlp_es):
    """'señaló la embajada' is the embassy named before; 'informó en una tarjeta informativa que ...' reports (the
    parse hangs the clause on the card as a relative)."""
    quotes = quotes_of(nlp_es, "CIUDAD DE MÉXICO.— La Embajada de Estados Unidos en México emitió este miércoles una "
                               "alerta de seguridad para sus ciudadanos en Sinaloa.\n\n\"Se recomienda a los ciudadanos "
                               "estadounidenses evitar viajar a Culiacán\", señaló la embajada en un comunicado.\n\nPor su "
                               "parte, la Secretaría de Seguridad Pública de Sinaloa informó en una tarjeta informativa que "
                               "fueron detenidas seis personas en Culiacán.")
    assert said(quotes, "Se recomienda")[1] is True
    assert said(quotes, "fueron detenidas") == ("Secretaría de Seguridad Pública de Sinaloa", True)


def test_extract_quotes_a_clause_without_that_before_but_that(nlp_en):
    """'said her government was doing "everything possible" but that ...' reports both parts; a headline's 'rejects
    Trump tariff threat' (a verb of two senses with its object) reports nothing."""
    quotes = quotes_of(nlp_en, "Sheinbaum says no deal yet on water treaty, rejects Trump tariff threat\n\nAsked whether "
                               "Mexico would meet the deadline, Sheinbaum said her government was doing \"everything "
                               "possible\" but that a drought in northern states limited deliveries.")
    assert said(quotes, "her government was doing")[1] is True
    assert not any(q.text.startswith("Sheinbaum says") for q in quotes)


def test_extract_quotes_the_verb_before_a_colon_lends_its_subject(nlp_es):
    """'X entregó detalles del operativo: “...”, explicó': the parse hangs the first verb on "explicó" as its clause;
    its subject still speaks (only a clause hung on an earlier verb is words someone said before)."""
    quotes = quotes_of(nlp_es, "La Secretaría de Marina informó que la Armada aseguró tres embarcaciones.\n\nEl comandante "
                               "del sector naval, capitán de navío Joaquín Reyes Olmos, entregó detalles del operativo: "
                               "“Se logró asegurar una lancha con 900 kilos de cocaína que tenía como destino Sinaloa”, "
                               "explicó.")
    assert said(quotes, "Se logró asegurar") == ("Joaquín Reyes Olmos", True)


def test_extract_quotes_an_apposition_and_a_participle_clause_after_the_speaker(nlp_en):
    """'The ambassador, a former Army Special Forces officer, added that ...' is the ambassador, not the body in the
    apposition; 'X, asked about the remarks, said ...' makes no aside of the whole sentence (no narration quoted)."""
    quotes = quotes_of(nlp_en, "MEXICO CITY (AP) — U.S. Ambassador Ronald Johnson on Thursday praised Mexico for a string "
                               "of arrests.\n\nThe ambassador, a former Army Special Forces officer, added that Washington "
                               "was ready to share more intelligence.\n\nMexico's Security Secretary Omar García Harfuch, "
                               "asked about the remarks, said his agency had dismantled more than 1,000 labs this year.")
    assert said(quotes, "Washington was ready") == ("Ronald Johnson", True)
    assert not any(q.text.startswith("Mexico's Security Secretary") for q in quotes)
    assert said(quotes, "his agency had dismantled") == ("Omar García Harfuch", True)


def test_extract_quotes_a_womans_surname_the_model_calls_an_organization(nlp_en):
    """'Indira Navarro has spent ...' where the model makes an organization of "Navarro": she is a person to the
    resolver (a given name stands before the mention), so "she said" after "Navarro rejected that." is hers, not the
    prosecutor's (a man) quoted before."""
    quotes = quotes_of(nlp_en, "GUADALAJARA, Mexico (AP) — Indira Navarro has spent six years searching the hills outside "
                               "Guadalajara for her brother.\n\n\"Every bone we find could be someone's son,\" Navarro said "
                               "on Sunday at a grave site in Tlajomulco.\n\nJalisco's state prosecutor, Salvador González "
                               "de los Santos, said his office had hired more forensic experts. \"We are moving as fast as "
                               "we can,\" he said.\n\nNavarro rejected that. \"They only come when the cameras do,\" she "
                               "said.")
    assert said(quotes, "They only come")[0] == said(quotes, "Every bone")[0]
    assert said(quotes, "They only come")[1] is True


def test_extract_quotes_the_prosecutor_after_a_us_attorney(nlp_en):
    """'U.S. Attorney X' keeps "U.S." in the title read before the name (a period after an initial ends no sentence),
    so "the prosecutor said" is X, not the secretary named between."""
    quotes = quotes_of(nlp_en, "U.S. Attorney Nicholas Ganjei announced the indictment in Houston on Tuesday. Homeland "
                               "Security Secretary Kristi Noem praised the arrests. \"This case shows what cooperation can "
                               "do,\" the prosecutor said.")
    assert said(quotes, "This case shows") == ("Nicholas Ganjei", True)


def test_quotes_a_complaint_speaks_for_no_defendant_named_as_the_one_charged(nlp_en):
    quotes = quotes_of(nlp_en, "Jorge Armando Lugo, 27, was charged with importation of fentanyl, according to a complaint "
                               "filed in federal court in San Diego. According to the complaint, a CBP canine alerted to "
                               "the truck's bed during primary inspection.")
    assert not said(quotes, "a CBP canine")[1]  # unnamed: the complaint itself, no one of the story


def test_quotes_government_records_speak_for_no_one_named(nlp_en):
    quotes = quotes_of(nlp_en, "The Mexican National Guard on Tuesday captured Nestor Perez. He was flown to Mexico City, according "
                               "to government detention records.")
    assert not said(quotes, "He was flown")[1]
