"""Quotes and speakers, round 12: spokespeople named again ("the spokesman said", "el portavoz añadió", "a Treasury
spokesperson"), the body a spokesperson was introduced with ("La institución precisó"), an office's head named by the
office ("la titular del Ejecutivo federal", "el titular de la Defensa")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_spokesman_named_again_speaks_for_his_body(nlp_en):
    """'A spokesman for X said ... “...,” the spokesman said': X again, not someone unnamed; 'a Treasury
    spokesperson' with the Treasury Department named is the department."""
    quotes = quotes_of(nlp_en, "The U.S. Treasury Department on Thursday sanctioned six people in Tijuana.\n\n"
                               "\"These exchange houses moved millions of dollars every month,\" a Treasury spokesperson "
                               "said in an email.\n\n"
                               "A spokesman for the Mexican Financial Intelligence Unit said the agency had frozen the "
                               "bank accounts of all those named. \"We worked with Treasury for months on this case,\" "
                               "the spokesman said.")
    assert said(quotes, "These exchange houses") == ("U.S. Department of the Treasury", True)
    assert said(quotes, "We worked with Treasury") == ("Unidad de Inteligencia Financiera", True)


def test_extract_quotes_spokesman_alone_stays_unnamed(nlp_en):
    """'a spokesman said' with no spokesperson before: someone unnamed."""
    quotes = quotes_of(nlp_en, "Police arrested two men in Phoenix on Tuesday.\n\n"
                               "\"The packaging was designed to look harmless,\" the spokesman said.")
    assert said(quotes, "The packaging was designed") == ("the spokesman", False)


def test_extract_quotes_portavoz_and_institution_after_a_navy_spokesman(nlp_es):
    """'el vocero de la Semar, capitán X, explicó ... El portavoz añadió ... La institución precisó': X, then the
    Semar, never the office the spokesman's words named (the Ministerio Público)."""
    quotes = quotes_of(nlp_es, "La Secretaría de Marina aseguró dos toneladas de cocaína.\n\n"
                               "En conferencia de prensa, el vocero de la Semar, capitán de navío José Luis Pineda Reyes, "
                               "explicó que la droga estaba oculta bajo la cubierta.\n\n"
                               "El portavoz añadió que los cinco tripulantes fueron puestos a disposición del Ministerio "
                               "Público Federal.\n\n"
                               "La institución precisó que con este aseguramiento suman más de 40 toneladas de cocaína "
                               "decomisadas.")
    assert said(quotes, "los cinco tripulantes") == ("José Luis Pineda Reyes", True)
    assert said(quotes, "con este aseguramiento") == ("Secretaría de Marina", True)


def test_extract_quotes_titular_del_ejecutivo_is_the_president_of_either_gender(nlp_es):
    """'La titular del Ejecutivo federal recordó' after the presidenta spoke: her, as 'el titular' is the presidente."""
    quotes = quotes_of(nlp_es, "La presidenta Claudia Sheinbaum respondió este miércoles a Donald Trump.\n\n"
                               "«México no es colonia de nadie», señaló la presidenta.\n\n"
                               "La titular del Ejecutivo federal recordó que su gobierno ha enviado a 55 narcotraficantes a "
                               "Estados Unidos.")
    assert said(quotes, "su gobierno ha enviado") == ("Claudia Sheinbaum", True)


def test_extract_quotes_head_of_an_office_is_who_spoke_for_it(nlp_es):
    """'El titular de la Defensa señaló' after 'El secretario de la Defensa Nacional, general X, afirmó': X, not the
    ministry."""
    quotes = quotes_of(nlp_es, "El secretario de la Defensa Nacional, general Ricardo Trevilla Trejo, afirmó que la "
                               "violencia bajó en Sinaloa durante octubre.\n\n"
                               "De acuerdo con cifras presentadas por el funcionario, en octubre se registraron 98 "
                               "homicidios dolosos en la entidad.\n\n"
                               "El titular de la Defensa señaló además que se mantendrán los 11 mil elementos desplegados "
                               "en el estado.")
    assert said(quotes, "se mantendrán los 11 mil") == ("Ricardo Trevilla Trejo", True)


def test_extract_quotes_speech_infinitive_after_a_verb_takes_the_inverted_subject(nlp_es):
    """'“...”, se limitó a señalar la dependencia', 'alcanzó a decir la madre': the phrase after the infinitive
    speaks, not the unnamed sources of the paragraph before."""
    quotes = quotes_of(nlp_es, "De acuerdo con fuentes de seguridad, el detenido coordinaba los ataques con drones.\n\n"
                               "La Secretaría de Seguridad Pública de Zacatecas confirmó la detención, pero no dio más "
                               "detalles. “Se trata de un objetivo prioritario”, se limitó a señalar la dependencia en "
                               "un mensaje a medios.\n\n"
                               "“Seguimos buscando a mi hijo todos los días”, alcanzó a decir la madre de la víctima.")
    assert said(quotes, "Se trata de un objetivo") == ("Secretaría de Seguridad Pública de Zacatecas", True)
    assert said(quotes, "Seguimos buscando") == ("la madre de la víctima", False)


def test_extract_quotes_according_to_a_body_no_entity_holds_after_an_unnamed_source(nlp_es):
    """'Según el Observatorio Ciudadano de Zacatecas, ...' after an unnamed farmer spoke: the observatory in its own
    words, not the farmer."""
    quotes = quotes_of(nlp_es, "“Ya no se puede vivir aquí, caen bombas de noche”, dijo un campesino que pidió el "
                               "anonimato.\n\n"
                               "Según el Observatorio Ciudadano de Zacatecas, en 2026 se han documentado al menos 70 "
                               "ataques con drones en el estado.")
    assert said(quotes, "en 2026 se han documentado") == ("el Observatorio Ciudadano de Zacatecas", False)


def test_extract_quotes_translation_frame_after_a_sentence_broken_inside_the_quote(nlp_en):
    """'“... intervention. Cooperation, yes,” X said in Spanish, according to a Reuters translation': the quote is X's;
    the frame adds no reported clause of the outlet's over the quote's end and its attribution."""
    quotes = quotes_of(nlp_en, "\"We will never accept an intervention. Cooperation, yes; subordination, no,\" Sheinbaum "
                               "said in Spanish during her regular morning news conference, according to a Reuters "
                               "translation.")
    assert [q.speaker for q in quotes] == ["Sheinbaum"]


def test_extract_quotes_cartel_hitman_or_sicario_is_no_cartel(nlp_en, nlp_es):
    """'A former Sinaloa Cartel hitman testified that ...', 'Un exsicario del Cártel de Sinaloa declaró': someone
    unnamed, never the cartel."""
    quotes = quotes_of(nlp_en, "A former Sinaloa Cartel hitman testified Tuesday in Brooklyn federal court that the "
                               "defendant personally ordered the massacre of a rival family in 2016.")
    assert said(quotes, "the defendant personally") == ("A former Sinaloa Cartel hitman", False)
    quotes = quotes_of(nlp_es, "Un exsicario del Cártel de Sinaloa declaró ante el jurado que el acusado ordenó la "
                               "masacre de una familia rival.")
    assert said(quotes, "el acusado ordenó") == ("Un exsicario del Cártel de Sinaloa", False)


def test_extract_quotes_short_reported_clause_with_a_verb_is_kept(nlp_en, nlp_es):
    """'He said it was false.', 'Pérez aseguró que mintieron.': a clause of fewer than four words with a finite verb is a
    statement; 'Dijo que no.' and 'said so' hold no verb and report nothing."""
    quotes = quotes_of(nlp_en, "Sheriff Eddie Guerra was asked about the video on Tuesday. He said it was false. "
                               "Guerra said so twice.")
    assert said(quotes, "it was false") == ("Eddie Guerra", True)
    assert len(quotes) == 1
    quotes = quotes_of(nlp_es, "El fiscal Juan Pérez habló sobre el video. Pérez aseguró que mintieron. Dijo que no.")
    assert said(quotes, "mintieron") == ("Juan Pérez", True)
    assert len(quotes) == 1


def test_extract_quotes_given_name_after_an_honorific_is_that_person(nlp_es, nlp_en):
    """'doña Eusebia dijo que ...' after 'Eusebia Morales' and a state government spoke: her, never the government;
    'Jim said' after 'Jim Chilton': him."""
    quotes = quotes_of(nlp_es, "Eusebia Morales, de 67 años, dejó su casa en la comunidad de Linda Vista hace tres "
                               "semanas.\n\nEl gobierno estatal afirmó en un comunicado que brinda atención a las familias. "
                               "Sin embargo, doña Eusebia dijo que la comida que reciben no alcanza. «Nos dan arroz y "
                               "frijol, pero somos muchos», lamentó.")
    assert said(quotes, "la comida que reciben") == ("Eusebia Morales", True)
    assert said(quotes, "Nos dan arroz") == ("Eusebia Morales", True)
    quotes = quotes_of(nlp_en, "Jim Chilton has ranched along the border for five decades.\n\n"
                               "The Border Patrol said it had added agents. Jim said he had not seen them.")
    assert said(quotes, "he had not seen them") == ("Jim Chilton", True)


def test_extract_quotes_subjectless_verb_after_a_pronoun_speaker_stays_theirs(nlp_es):
    """'Ella insistió en que ... “...”, subrayó' after a secretary spoke: the pronoun's person spoke last, so the
    subject-less verb is hers, not the secretary's named before her pronoun."""
    quotes = quotes_of(nlp_es, "La alcaldesa Norma Otilia Hernández denunció que ha recibido amenazas de muerte.\n\n"
                               "Más tarde, el secretario de Seguridad estatal, Rolando Solano Rivera, informó que se "
                               "reforzó la vigilancia. “Tenemos presencia las 24 horas”, sostuvo.\n\n"
                               "Ella insistió en que su gobierno no ha pactado con nadie. “Yo no negocio con "
                               "delincuentes”, subrayó.")
    assert said(quotes, "Yo no negocio") == ("Norma Otilia Hernández", True)


def test_extract_quotes_headline_label_then_single_straight_marks(nlp_en):
    """'Bondi: 'Cartel leaders will face American justice'' (a wire headline's single marks after a colon): her quote;
    'calls U.S. plan 'unacceptable'' stays a scare quote."""
    quotes = quotes_of(nlp_en, "Bondi: 'Cartel leaders will face American justice'\n\n"
                               "Mexico's president calls U.S. plan 'unacceptable'\n\n"
                               "Attorney General Pam Bondi said Friday that the Justice Department will seek the death "
                               "penalty.")
    assert said(quotes, "Cartel leaders will face") == ("Pam Bondi", True)
    assert not any("unacceptable" in q.text for q in quotes)


def test_extract_quotes_quote_carried_over_a_paragraph_break_takes_the_last_parts_verb(nlp_es):
    """'«Llegaron de noche ...\\n\\n»Caminamos dos días ...», relató la mujer': both parts are hers; 'la mujer' with only
    a city and a body named before is someone unnamed, never the city."""
    quotes = quotes_of(nlp_es, "Chilpancingo, Guerrero.- La Comisión Estatal de Derechos Humanos contabiliza 1,200 "
                               "personas desplazadas en la región.\n\n"
                               "«Llegaron de noche, gritando que éramos de la contra. Sacaron a los hombres de sus casas.\n\n"
                               "»Caminamos dos días por el monte hasta llegar a la carretera», relató la mujer, quien "
                               "ahora vive en un albergue.")
    assert said(quotes, "Llegaron de noche")[1] is False
    assert said(quotes, "Llegaron de noche") == said(quotes, "Caminamos dos días")
    assert said(quotes, "Caminamos dos días")[0].startswith("la mujer")


def test_extract_quotes_english_quote_carried_over_a_paragraph_break(nlp_en):
    """'“He called me ...\\n\\n“That was the last time ...,” Salinas said' after an agency spoke: both parts hers."""
    quotes = quotes_of(nlp_en, "Maria Elena Salinas has not heard from her son in 43 days. The state prosecutor's office "
                               "said in a statement that the case remains open.\n\n"
                               "“He called me from a gas station outside San Fernando and told me the road was empty.\n\n"
                               "“That was the last time anyone saw him,” Salinas said.")
    assert said(quotes, "He called me") == ("Maria Elena Salinas", True)


def test_extract_quotes_she_after_a_mans_wife_acts_is_the_wife(nlp_en):
    """'Chilton's wife, Sue, has photographed the camps. “...,” she said' with only Jim Chilton named: his wife, unnamed,
    never him."""
    quotes = quotes_of(nlp_en, "Jim Chilton has ranched along the border for five decades. \"They watch every Border "
                               "Patrol truck that comes through,\" Chilton said.\n\n"
                               "Chilton's wife, Sue, has photographed several of the camps.\n\n"
                               "\"We find food, water jugs, sometimes even solar panels,\" she said.")
    assert said(quotes, "We find food") == ("Chilton's wife", False)


def test_extract_quotes_possessive_after_a_name_cut_short_is_no_speaker(nlp_en):
    """'said Latavia Washington McGee's cousin, Eric James' where the recognizer reads 'Latavia Washington' only: the
    cousin named after the comma speaks, not the one whose cousin he is."""
    quotes = quotes_of(nlp_en, "BROWNSVILLE, Texas (AP) — Relatives of two Americans killed after being kidnapped in "
                               "Matamoros filed a lawsuit Friday against five U.S. gun manufacturers.\n\n"
                               "\"Those rifles were made in the United States and smuggled to Mexico to kill my brother,\" "
                               "said Latavia Washington McGee's cousin, Eric James, who spoke outside the federal "
                               "courthouse.")
    assert said(quotes, "Those rifles were made") == ("Eric James", True)


def test_extract_quotes_agreeing_reports_a_clause_or_a_quote(nlp_es):
    """'Otro funcionario coincidió: “...”', 'X coincidió en que ...' report what they said; 'coincidió con el
    aniversario' is a date, no speech."""
    quotes = quotes_of(nlp_es, "Un mando militar me dijo que la violencia se ha vuelto autosostenible. Otro funcionario "
                               "federal, que pidió no ser identificado, coincidió: “Ya no se trata de quién controla la "
                               "plaza, sino de quién sobrevive”.\n\n"
                               "El fiscal Juan Pérez coincidió en que la violencia no ha bajado en la capital. La detención "
                               "coincidió con el aniversario de la masacre de Culiacán.")
    assert said(quotes, "Ya no se trata")[0].startswith("Otro funcionario federal")
    assert said(quotes, "la violencia no ha bajado") == ("Juan Pérez", True)
    assert not any("aniversario" in q.text for q in quotes)


def test_extract_quotes_a_document_speaks_for_who_filed_it(nlp_en):
    """'The families of three victims filed a lawsuit ... The lawsuit says' after their lawyer is named: the families,
    unnamed, not the lawyer; a country that filed it stays the country."""
    quotes = quotes_of(nlp_en, "The families of three victims filed a lawsuit against Smith & Wesson on Friday. Their "
                               "attorney, Jonathan Lowy, spoke to reporters.\n\n"
                               "The lawsuit says the companies market military-style rifles in ways that appeal to "
                               "cartels.")
    assert said(quotes, "the companies market") == ("The families of three victims", False)
    quotes = quotes_of(nlp_en, "Mexico filed a lawsuit against U.S. gun makers in Boston in 2021.\n\n"
                               "The lawsuit says the companies market military-style rifles in ways that appeal to "
                               "cartels.")
    assert said(quotes, "the companies market") == ("Mexico", True)
