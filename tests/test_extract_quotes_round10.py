"""Quotes and speakers, round 10: hand-written mañanera, hearing, wire, local-TV, release, analysis and march
sentences in English and Spanish (verb-first attributions with a name set off by commas, short quotes after a
colon, judgements "como «...»", joint ministries, someone of a person's, titles the parse reads as prepositions,
comparisons, works' titles, statements read out, clock times, chants, possessive opinion frames)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def _texts(quotes):
    return [q.text for q in quotes]


def test_extract_quotes_verb_first_with_a_name_set_off_by_commas(nlp_es):
    """'Sostuvo el general secretario ..., X, que ...', 'Apuntó el senador X, coordinador del PAN, que ...': the
    clause after the apposition is what was said, and the name before it speaks."""
    quotes = quotes_of(nlp_es, "Mazatlán, Sin. La Marina detuvo a tres presuntos integrantes de una célula delictiva.\n\n"
                               "Sostuvo el general secretario de la Defensa Nacional, Ricardo Trevilla Trejo, que el "
                               "Ejército apoyó en la vigilancia del puerto.\n\n"
                               "Apuntó el senador Marko Cortés, coordinador del PAN, que el operativo llegó demasiado "
                               "tarde.")
    assert said(quotes, "el Ejército apoyó") == ("Ricardo Trevilla Trejo", True)
    assert said(quotes, "el operativo llegó") == ("Marko Cortés", True)


def test_extract_quotes_two_words_after_said_and_a_colon(nlp_en):
    """'Asked when ..., Assistant U.S. Attorney X said: "Very soon."': a two-word quote that a speech verb and a
    colon open and that ends its sentence is speech."""
    quotes = quotes_of(nlp_en, "Asked by the judge when the defendant would arrive, Assistant U.S. Attorney Maria "
                               "Delgado said: \"Very soon.\"")
    assert said(quotes, "Very soon") == ("Maria Delgado", True)


def test_extract_quotes_two_words_in_a_headline_clause(nlp_es):
    """'Ejército asegura ...; "golpe histórico", dice la dependencia': the short quote is the body's words; the
    headline's first clause is narration."""
    quotes = quotes_of(nlp_es, "Ejército asegura arsenal en Tamaulipas; \"golpe histórico\", dice la dependencia\n\n"
                               "La Secretaría de la Defensa Nacional informó que se aseguraron 40 fusiles en Reynosa.")
    assert "golpe histórico" in _texts(quotes)
    assert not any(t.startswith("Ejército asegura") for t in _texts(quotes))


def test_extract_quotes_a_judgement_after_como_is_said(nlp_es):
    """'calificó el acuerdo como «un paso histórico»': the speaker's words, not a term the writer borrows."""
    quotes = quotes_of(nlp_es, "El canciller Juan Ramón de la Fuente calificó el acuerdo como \"un paso sin "
                               "precedentes\".")
    assert said(quotes, "un paso sin precedentes") == ("Juan Ramón de la Fuente", True)


def test_extract_quotes_both_foreign_ministries_make_a_joint_statement(nlp_es):
    """'informaron ambas cancillerías': the two governments speaking together, not an unnamed source."""
    quotes = quotes_of(nlp_es, "México y Estados Unidos crearán un grupo contra el tráfico de armas, informaron ambas "
                               "cancillerías en un comunicado.")
    quote = next(q for q in quotes if q.text.startswith("México y Estados Unidos"))
    assert quote.cue == "joint"


def test_extract_quotes_a_cousin_of_a_named_person_is_not_that_person(nlp_en):
    """"Lozano's cousin, Mario, said": the cousin speaks, never the possessor; "he said" after it stays the cousin."""
    quotes = quotes_of(nlp_en, "Héctor Lozano, 31, was killed in Tijuana on Saturday.\n\n"
                               "Lozano's cousin, Mario, said the family is raising money for the funeral.\n\n"
                               "\"We just want him home,\" he said.")
    assert said(quotes, "the family is raising") == ("Lozano's cousin, Mario", False)
    assert said(quotes, "We just want him home") == ("Lozano's cousin, Mario", False)


def test_extract_quotes_a_handler_described_by_a_body_is_unnamed(nlp_en):
    """'His handler, a retired FBI agent ..., said': someone of the informant's, not the FBI; 'the retired agent'
    after him is still unnamed, not the informant quoted before."""
    quotes = quotes_of(nlp_en, "\"I was tired of the life,\" said Luis Félix, a former courier.\n\n"
                               "His handler, a retired FBI agent who spoke on condition of anonymity, said Félix "
                               "provided information that led to nine arrests.\n\n"
                               "\"He was one of the best sources I ever had,\" the retired agent said.")
    assert said(quotes, "Félix provided") == (
        "His handler, a retired FBI agent who spoke on condition of anonymity", False)
    assert said(quotes, "He was one of the best")[1] is False


def test_extract_quotes_a_title_the_parse_reads_as_a_preposition(nlp_en):
    """'said Under Secretary for Terrorism and Financial Intelligence John K. Hurley': the person after the title,
    not the official quoted before."""
    quotes = quotes_of(nlp_en, "\"Treasury will act,\" said Secretary of the Treasury Scott Bessent.\n\n"
                               "\"Fuel theft is not a victimless crime,\" said Under Secretary for Terrorism and "
                               "Financial Intelligence John K. Hurley.")
    assert said(quotes, "Fuel theft") == ("John K. Hurley", True)


def test_extract_quotes_a_comparison_is_no_clause_and_the_frame_speaks(nlp_es):
    """'Para la investigadora X, ..., el discurso responde más a A que a B': "que" ends a comparison, so the
    opinion frame's holder speaks, and 'explicó la especialista' after it is her."""
    quotes = quotes_of(nlp_es, "Según datos del Secretariado Ejecutivo, los homicidios bajaron 18 por ciento en 2025.\n\n"
                               "Para la investigadora Cecilia Farfán, del Instituto Igarapé, el discurso responde más a "
                               "la política interna que a la realidad de la violencia.\n\n"
                               "\"Es una narrativa pensada para el votante estadounidense\", explicó la especialista.")
    assert said(quotes, "el discurso responde más") == ("Cecilia Farfán", True)
    assert said(quotes, "Es una narrativa") == ("Cecilia Farfán", True)


def test_extract_quotes_a_book_title_is_not_speech(nlp_es):
    """'En su libro "Los señores del narco", X advertía ...': the title of a work, not words said."""
    quotes = quotes_of(nlp_es, "En su libro \"Los señores del narco\", Anabel Hernández ya advertía sobre las redes "
                               "de protección política.")
    assert "Los señores del narco" not in _texts(quotes)


def test_extract_quotes_a_statement_read_by_someone_is_its_authors(nlp_en, nlp_es):
    """'The statement, read by Sheriff X at a news conference, said: "..."': the family that released it speaks,
    not the sheriff who read it (nor the deputy it is named after)."""
    quotes = quotes_of(nlp_en, "The family of Deputy Marco Ruiz released a statement Tuesday through the sheriff's "
                               "office.\n\nThe statement, read by Sheriff Javier Salazar at a news conference, said: "
                               "\"Marco loved this community. We ask that you respect our privacy.\"")
    assert said(quotes, "Marco loved this community") == ("The family of Deputy Marco Ruiz", False)
    # a name right after its trade, no "de" between, is that person ("El abogado penalista X"), who answers the dashes
    quotes = quotes_of(nlp_es, "El abogado penalista Gerardo Salas Ortega defiende al exalcalde de Tejupilco. Habló con "
                               "este medio en su despacho de Toluca.\n\n—¿De qué se acusa a su cliente?\n\n—De secuestro "
                               "agravado. Pero la fiscalía no tiene una sola prueba directa.")
    assert said(quotes, "De secuestro agravado") == ("Gerardo Salas Ortega", True)


def test_extract_quotes_a_posting_time_is_no_quote(nlp_en):
    """'KSAT 12 | Posted: 6:14 PM CDT Jun 2, 2026': a page's time stamp after a speech word, no one's words."""
    quotes = quotes_of(nlp_en, "KSAT 12 | Posted: 6:14 PM CDT Jun 2, 2026\n\nSheriff Javier Salazar said the suspect "
                               "was arrested in Laredo after a two-day search.")
    assert not any("6:14" in t for t in _texts(quotes))


def test_extract_quotes_a_clause_subject_the_parse_reads_as_an_object(nlp_en):
    """'said the suspect, 24-year-old X, was taken into custody': the clause keeps its subject."""
    quotes = quotes_of(nlp_en, "Salazar said the suspect, 24-year-old Adrián Mejía, was taken into custody in Laredo.")
    assert "the suspect, 24-year-old Adrián Mejía, was taken into custody in Laredo." in _texts(quotes)


def test_extract_quotes_the_agency_is_the_first_body_its_sentence_names(nlp_en):
    """'LAREDO, Texas (KGNS) - CBP officers at the World Trade Bridge seized ..., the agency announced': the agency
    is CBP, not the bridge nor the station in the dateline."""
    quotes = quotes_of(nlp_en, "LAREDO, Texas (KGNS) - U.S. Customs and Border Protection officers at the World Trade "
                               "Bridge seized nearly 300 pounds of methamphetamine hidden in a shipment of watermelons, "
                               "the agency announced Friday.")
    assert said(quotes, "U.S. Customs and Border Protection officers") == ("U.S. Customs and Border Protection", True)


def test_extract_quotes_a_chant_without_the_words_after_it(nlp_es):
    """'corearon "¡...!" durante todo el recorrido': the chant is said; the words after it are narration."""
    quotes = quotes_of(nlp_es, "Los manifestantes corearon \"¡Vivos se los llevaron, vivos los queremos!\" durante "
                               "todo el recorrido.")
    assert "¡Vivos se los llevaron, vivos los queremos!" in _texts(quotes)
    assert not any("recorrido" in t for t in _texts(quotes))


def test_extract_quotes_a_possessive_opinion_frame(nlp_es):
    """'A su juicio, ...': the opinion of the person the sentence before is about."""
    quotes = quotes_of(nlp_es, "La diputada Alejandra Chedraui defendió a la corporación. A su juicio, la Guardia "
                               "Nacional ha sido clave para reducir los homicidios.")
    assert said(quotes, "la Guardia Nacional ha sido clave") == ("Alejandra Chedraui", True)


def test_extract_quotes_a_headline_says_no(nlp_en):
    """'X says no deal yet on steel tariffs': headlines' "says no ..." is what was said."""
    quotes = quotes_of(nlp_en, "Ebrard says no deal yet on steel tariffs as security talks continue\n\n"
                               "Economy Minister Marcelo Ebrard spoke in Mexico City on Monday.")
    assert said(quotes, "no deal yet on steel tariffs") == ("Marcelo Ebrard", True)


def test_extract_quotes_the_head_of_an_office_is_its_secretary(nlp_es):
    """'el titular de la SSPC, X' named first, then 'De acuerdo con el secretario, ...' and a verb with no subject:
    the head of a secretaría is its secretario."""
    quotes = quotes_of(nlp_es, "Señaló el titular de la SSPC, Omar García Harfuch, que los detenidos tenían órdenes "
                               "de aprehensión.\n\nDe acuerdo con el secretario, la célula era encabezada por un "
                               "hombre que permanece prófugo.")
    assert said(quotes, "la célula era encabezada") == ("Omar García Harfuch", True)



def test_extract_quotes_the_statement_of_the_one_who_spoke_with_it(nlp_en):
    """'In a statement released by his attorney, the family said ... "...," the statement said': the family's
    statement, not the man named inside what they said."""
    quotes = quotes_of(nlp_en, "The family of Genaro García Luna spoke out on Tuesday.\n\nIn a statement released by his "
                               "attorney, the family said García Luna had lost 20 pounds since July. \"We are asking "
                               "only that he be treated like a human being,\" the statement said.")
    assert said(quotes, "We are asking only") == ("the family", False)


def test_extract_quotes_a_local_government_unnamed(nlp_es, nlp_en):
    """'..., confirmó el gobierno municipal', 'the state government said': an unnamed local government, not no one."""
    quotes = quotes_of(nlp_es, "El director de Seguridad Pública de Celaya fue asesinado la noche del miércoles cuando "
                               "salía de su domicilio, confirmó el gobierno municipal.")
    assert said(quotes, "El director de Seguridad") == ("el gobierno municipal", False)
    quotes = quotes_of(nlp_en, "Two police officers were killed in an ambush near Zamora, the state government said.")
    assert said(quotes, "Two police officers") == ("the state government", False)


def test_extract_quotes_the_one_a_question_names_answers_it(nlp_es):
    """'—¿Tienen protección? —se le preguntó a Díaz.' then '—Ninguna. ...': the short question is the reporter's, and
    the answer is Díaz's, not the body that spoke between."""
    quotes = quotes_of(nlp_es, "—Nosotras hacemos lo que las autoridades no hacen —dijo Lucía Díaz, fundadora del "
                               "colectivo.\n\nLa Fiscalía General del Estado de Colima confirmó el hallazgo y detalló que "
                               "los restos serán trasladados al Semefo.\n\n—¿Tienen protección? —se le preguntó a Díaz."
                               "\n\n—Ninguna. Nos la prometieron hace dos años.")
    question = next(q for q in quotes if q.text == "¿Tienen protección?")
    assert question.cue == "asked"
    assert said(quotes, "Ninguna. Nos la prometieron") == ("Lucía Díaz", True)


def test_extract_quotes_a_post_that_tags_others_above_its_byline(nlp_es):
    """A post above its byline that tags other accounts ("En coordinación con @SEMAR_mx ...") is the signer's words,
    though it ends with no link or tag."""
    quotes = quotes_of(nlp_es, "El secretario informó en redes sociales sobre la detención.\n\nEn coordinación con "
                               "@SEMAR_mx y @Defensamx1 se detuvo en Hermosillo a Julio César \"N\". Se aseguraron armas "
                               "y dinero en efectivo.\n\n— Omar García Harfuch (@OHarfuch) October 22, 2026")
    quote = next(q for q in quotes if q.text.startswith("En coordinación con @SEMAR_mx"))
    assert (quote.speaker, quote.direct) == ("Omar García Harfuch", True)


def test_extract_quotes_an_aside_between_dashes_inside_a_quote(nlp_es):
    """'«Nadie va a ceder —agregó el mandatario—. El estado tiene la fuerza ...»': two stretches of the governor's
    words, without the writer's aside; "el mandatario" is the governor when no president speaks."""
    quotes = quotes_of(nlp_es, "El gobernador Rubén Rocha Moya habló de las amenazas a los alcaldes.\n\n«Nadie va a "
                               "ceder aquí —agregó el mandatario—. El estado tiene la fuerza para proteger a sus "
                               "autoridades».")
    assert said(quotes, "Nadie va a ceder aquí") == ("Rubén Rocha Moya", True)
    assert said(quotes, "El estado tiene la fuerza") == ("Rubén Rocha Moya", True)
    assert not any("agregó" in q.text for q in quotes)


def test_extract_quotes_what_the_speaker_did_next_is_narration(nlp_en, nlp_es):
    """'said classes would resume when conditions allowed, but offered no date': the clause said ends before the
    verb joined to "said" ("dijo que ..., pero no ofreció una fecha")."""
    quotes = quotes_of(nlp_en, "Sinaloa Gov. Rubén Rocha Moya said classes would resume when conditions allowed, but "
                               "offered no date.")
    assert [q.text for q in quotes] == ["classes would resume when conditions allowed"]
    quotes = quotes_of(nlp_es, "El gobernador Rubén Rocha Moya dijo que las clases se reanudarán cuando haya "
                               "condiciones, pero no ofreció una fecha.")
    assert [q.text for q in quotes] == ["las clases se reanudarán cuando haya condiciones"]


def test_extract_quotes_a_message_read_on_behalf_of_someone(nlp_en):
    """'X read a message on behalf of Foreign Minister Y ... "...," the message said': Y's words (a message carries
    someone's words like a statement)."""
    quotes = quotes_of(nlp_en, "The Mexican consul general in San Antonio, Rubén Minutti, read a message on behalf of "
                               "Foreign Minister Juan Ramón de la Fuente at a vigil Tuesday.\n\n\"Mexico will not rest "
                               "until those responsible face justice,\" the message said.")
    assert said(quotes, "Mexico will not rest") == ("Juan Ramón de la Fuente", True)


def test_extract_quotes_la_litigante_is_the_lawyer_not_her_client(nlp_es):
    """'El abogado de X ...' gives X no title of lawyer (a phrase ending on "de"), so 'declaró la litigante' is the
    lawyer named as "Su abogada, Y" (the synonym gives abogado or abogada, whichever the story holds)."""
    quotes = quotes_of(nlp_es, "El abogado de Rubén Oseguera González solicitó a un tribunal anular la condena de su "
                               "cliente.\n\nSu abogada, Anthony Colombo, argumentó que el jurado fue influido.\n\n\"El "
                               "juicio estuvo contaminado desde el principio\", declaró la litigante.")
    assert said(quotes, "El juicio estuvo contaminado") == ("Anthony Colombo", True)


def test_extract_quotes_a_charge_is_no_statement(nlp_es):
    """'fue acusado de recibir sobornos', 'un tribunal acusó a X de conspirar ...': a charge, not words said."""
    quotes = quotes_of(nlp_es, "El exfuncionario fue acusado de recibir millones de dólares en sobornos del Cártel de "
                               "Sinaloa.")
    assert quotes == []
