"""Quotes and speakers, round 16: dialogue told with en dashes ("–Son vuelos ... –respondió."), a frame that opens a
relative ("una publicación de X, según la cual ..."), "que"/"that" after the medium of a statement ("sostuvo en una
tarjeta informativa que ... y que ...", "said in a statement that wait times ..."), "Así lo dio a conocer X, quien
...", a dialogue dash the parse takes for a subject, a description after the narration turned to someone new, "el
funcionario" after a senator spoke, and a quote inside a relative clause before another speaker's "decir: “...”"."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_en_dash_dialogue_is_a_turn(nlp_es):
    """'–Son vuelos ... –respondió.' (La Jornada's en dash): a direct quote of the one asked, like an em-dash turn."""
    text = ("La presidenta Claudia Sheinbaum rechazó que exista un acuerdo para operaciones conjuntas.\n\n"
            "Durante la conferencia matutina, la mandataria fue cuestionada sobre los vuelos de vigilancia.\n\n"
            "–Son vuelos que se hacen a petición nuestra y con información compartida –respondió.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Son vuelos que se hacen") == ("Claudia Sheinbaum", True)


def test_extract_quotes_en_dash_bullets_are_no_dialogue(nlp_es):
    """'– Lee también: ...' lines with en dashes and no speech verb after a dash are no quotes."""
    text = ("La Marina aseguró un laboratorio en Sinaloa.\n\n"
            "– Lee también: Detienen a operador del Cártel de Sinaloa en Culiacán\n\n"
            "– Lee también: Aseguran arsenal en Tamaulipas")
    assert not any(q.text.startswith(("Lee también", "Detienen")) for q in quotes_of(nlp_es, text))


def test_extract_quotes_according_to_which_is_the_antecedents(nlp_es):
    """'una publicación de The New York Times, según la cual la CIA amplió ...': the paper's claim, not the CIA's nor
    the sentence before the frame; a verb with no subject after it is still the president's."""
    text = ("La presidenta Claudia Sheinbaum rechazó que exista un acuerdo con Washington.\n\n"
            "La mandataria fue cuestionada sobre una publicación de The New York Times, según la cual la CIA amplió "
            "sus vuelos de vigilancia sobre México.\n\n"
            "Explicó que los vuelos se hacen a petición del gobierno mexicano y con información compartida.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "la CIA amplió") == ("The New York Times", True)
    assert said(quotes, "los vuelos se hacen") == ("Claudia Sheinbaum", True)
    assert not any(q.text.startswith("La mandataria fue") for q in quotes)


def test_extract_quotes_que_after_a_medium_with_a_second_clause(nlp_es):
    """'sostuvo en una tarjeta informativa que ha entregado ... y que los folios “no existen”': both clauses said."""
    text = ("Por su parte, la Secretaría de la Defensa Nacional sostuvo en una tarjeta informativa que ha entregado "
            "“toda la información disponible” a la comisión y que los folios mencionados “no existen”.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "ha entregado") == ("Secretaría de la Defensa Nacional", True)


def test_extract_quotes_that_after_a_statement_the_parse_made_a_relative(nlp_en):
    """'said in a statement that wait times at the port reached four hours': the whole clause, not 'reached ...'."""
    text = "Customs and Border Protection said in a statement that wait times at the San Ysidro port of entry reached four hours."
    quotes = quotes_of(nlp_en, text)
    assert [q.text for q in quotes] == ["wait times at the San Ysidro port of entry reached four hours."]


def test_extract_quotes_asi_lo_dio_a_conocer_quotes_no_subject(nlp_es):
    """'Así lo dio a conocer el secretario ..., X, quien detalló que ...': the title after the phrase is no quote."""
    text = ("Elementos federales detuvieron en Culiacán a un presunto operador financiero.\n\n"
            "Así lo dio a conocer el secretario de Seguridad y Protección Ciudadana, Omar García Harfuch, quien detalló "
            "que la captura se realizó sin disparos en un domicilio de la colonia Las Quintas.")
    quotes = quotes_of(nlp_es, text)
    assert [q.text for q in quotes] == ["la captura se realizó sin disparos en un domicilio de la colonia Las Quintas."]
    assert said(quotes, "la captura") == ("Omar García Harfuch", True)


def test_extract_quotes_dash_before_a_subjectless_verb_is_no_subject(nlp_es):
    """'—Yo no me voy a cansar ... —dice mientras revisa el mapa.': the one the paragraph before is about."""
    text = ("A las seis de la mañana, Guadalupe Aguilar ya está en la brecha con la foto de su hijo.\n\n"
            "—Yo no me voy a cansar. Me cansaré cuando lo encuentre —dice mientras revisa el mapa.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Yo no me voy") == ("Guadalupe Aguilar", True)


def test_extract_quotes_description_after_the_story_turned_to_someone(nlp_es):
    """'A su lado camina el padre Alejandro Solalinde ... —afirmó el sacerdote—': the priest, not the mother who
    spoke before; 'Aguilar no le cree. —... —respondió la madre.': the mother, not the prosecutor."""
    text = ("Guadalupe Aguilar encabeza el colectivo Luz de Esperanza. Afirmó que las autoridades estatales solo "
            "aparecen para la foto.\n\n"
            "A su lado camina el padre Alejandro Solalinde, quien llegó desde Oaxaca para acompañar la jornada.\n\n"
            "—Las madres son las verdaderas defensoras de derechos humanos —afirmó el sacerdote—. Nosotros sólo "
            "caminamos detrás de ellas.\n\n"
            "En entrevista, el fiscal Salvador González sostuvo que la dependencia no ha dejado sola a ninguna familia.\n\n"
            "Aguilar no le cree.\n\n"
            "—¿Ciento veinte peritos? Aquí nomás vienen dos —respondió la madre.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Las madres son") == ("Alejandro Solalinde", True)
    assert said(quotes, "Nosotros sólo") == ("Alejandro Solalinde", True)
    assert said(quotes, "¿Ciento veinte") == ("Guadalupe Aguilar", True)


def test_extract_quotes_el_funcionario_is_no_senator(nlp_es):
    """'El secretario ..., X, respondió al senador Y, quien acusó ... “...”, escribió el funcionario': the secretary."""
    text = ("El secretario de Seguridad y Protección Ciudadana, Omar García Harfuch, respondió este martes al senador "
            "republicano Tom Cotton, quien acusó al gobierno mexicano de estar \"capturado por los cárteles\".\n\n"
            "\"Las detenciones y los aseguramientos están a la vista de todos. Trabajamos con respeto\", escribió el "
            "funcionario en su cuenta de X.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Las detenciones") == ("Omar García Harfuch", True)


def test_extract_quotes_a_quote_in_a_relative_before_another_speakers_colon(nlp_es):
    """'... del senador X, quien escribió que EU “debe actuar ...”, la Presidenta se limitó a decir: “...”': the first
    quote is the senator's; 'decir:' opens only the second."""
    text = ("La presidenta Claudia Sheinbaum encabezó la conferencia matutina en Palacio Nacional.\n\n"
            "Cuestionada sobre las declaraciones del senador Lindsey Graham, quien escribió en redes sociales que EU "
            "“debe actuar solo si México no lo hace”, la Presidenta se limitó a decir: “No vamos a responder a cada tuit”.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "debe actuar") == ("Lindsey Graham", True)
    assert said(quotes, "No vamos a responder") == ("Claudia Sheinbaum", True)


def test_extract_quotes_en_dash_turn_closed_by_a_demand(nlp_es):
    """'–Ya pasó una semana ... –reclamó Alejandra Sifuentes, esposa de uno de los mineros.': her words."""
    text = ("Familiares de siete mineros bloquearon la carretera federal 45.\n\n"
            "–Ya pasó una semana y nadie nos dice nada. Ni la empresa ni el gobierno –reclamó Alejandra Sifuentes, "
            "esposa de uno de los mineros.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Ya pasó una semana") == ("Alejandra Sifuentes", True)


def test_extract_quotes_la_fuente_is_no_surname(nlp_es):
    """'“...”, dijo la fuente' after an unnamed official: the source, not the canciller Juan Ramón de la Fuente."""
    text = ("El canciller Juan Ramón de la Fuente dijo que ambos países respetarán la soberanía del otro.\n\n"
            "Un funcionario estadounidense, que pidió el anonimato, dijo a Reuters que Washington presionó para incluir "
            "metas de extradición. \"Queríamos números, no promesas\", dijo la fuente.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Queríamos números")[1] is False


def test_extract_quotes_a_title_written_short_is_found_by_its_seat(nlp_en):
    """'Rep. Joaquin Castro posted ... The congressman said', 'Gov. Katie Hobbs ... The governor said': the person."""
    text = ("Rep. Joaquin Castro posted on X that the comments undermine the cooperation that is working.\n\n"
            "Gov. Katie Hobbs wrote on X that the state would deploy more troopers to the border.\n\n"
            "The congressman said unilateral strikes would hand the cartels a recruiting poster.\n\n"
            "The governor said the state would not wait for Washington.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "unilateral strikes") == ("Joaquin Castro", True)
    assert said(quotes, "the state would not wait") == ("Katie Hobbs", True)


def test_extract_quotes_pronoun_after_a_possessor_is_the_apposed_name(nlp_en):
    """"Lopez's lawyer, Alfonso Gutierrez, said ... He said ...": the lawyer, not Lopez."""
    text = ("Rigoberto Lopez told The Associated Press that soldiers broke down his door.\n\n"
            "Lopez's lawyer, Alfonso Gutierrez, said his client had filed a complaint with the rights commission. He "
            "said an army officer told him in a meeting that the unit made a mistake with the address.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "an army officer told him") == ("Alfonso Gutierrez", True)


def test_extract_quotes_dar_a_conocer_an_object_reports_nothing(nlp_es):
    """'El colectivo X, que dio a conocer el hallazgo del rancho, publicó en sus redes: “...”': the post is the
    collective's; 'el hallazgo del rancho' is the object of "dio a conocer", no words said."""
    text = ("El colectivo Guerreros Buscadores de Jalisco, que dio a conocer el hallazgo del rancho en 2025, publicó en "
            "sus redes: “Nadie nos escuchó cuando lo denunciamos”.")
    quotes = quotes_of(nlp_es, text)
    assert [q.text for q in quotes] == ["Nadie nos escuchó cuando lo denunciamos"]
    assert said(quotes, "Nadie nos escuchó") == ("Guerreros Buscadores de Jalisco", True)


def test_extract_quotes_what_a_speaker_was_told_is_the_speakers(nlp_es):
    """'El obispo ... Dijo que un comandante de la zona le aseguró que las familias podrían volver': the bishop tells
    what he was told; the commander, unnamed, is no speaker of the clause."""
    text = ("El obispo José de Jesús González Hernández visitó el albergue. El obispo agregó que ha intentado dialogar "
            "con los grupos armados. Dijo que un comandante de la zona le aseguró que las familias podrían volver en "
            "unas semanas.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "un comandante de la zona le aseguró") == ("José de Jesús González Hernández", True)
    assert not any(q.text.startswith("las familias podrían") for q in quotes)


def test_extract_quotes_no_one_is_no_pronouns_antecedent(nlp_en):
    """'Since then, she said, no one has called. “...,” she said': the sister, not "no one"."""
    text = ("Lisa Moreno told CBS News that her brother was shot in January. Since then, she said, no one has called.\n\n"
            "\"It's like he never existed to them,\" she said.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "It's like he never") == ("Lisa Moreno", True)


def test_extract_quotes_a_seizure_inside_a_clause_said_cuts_nothing(nlp_es):
    """'precisó que, tras repeler la agresión, el personal aseguró dos fusiles ..., y que un elemento resultó herido':
    one statement of the ministry; "aseguró" with an object is a seizure, and "y que" continues the first clause."""
    text = ("La Defensa precisó que, tras repeler la agresión, el personal aseguró dos fusiles, un lanzagranadas y 14 "
            "artefactos explosivos, y que un elemento resultó herido, quien recibe atención médica.")
    quotes = quotes_of(nlp_es, text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("tras repeler la agresión, el personal aseguró dos fusiles")
    assert "un elemento resultó herido" in quotes[0].text


def test_extract_quotes_words_relayed_are_the_relayers(nlp_en):
    """'He said one of his sources inside the cartel told him, “...”': the analyst relays the words and speaks them."""
    text = ("Falko Ernst, a senior analyst at the International Crisis Group, said the war had no clear end in sight. He "
            "said one of his sources inside the cartel told him, \"This ends when one side is gone.\"")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "This ends when") == ("Falko Ernst", True)


def test_extract_quotes_the_office_a_body_speaks_through_is_not_the_speaker(nlp_es):
    """'La FGR, a través de la Fiscalía Federal en el Estado de Sonora, informó que ...': the FGR."""
    text = ("La Fiscalía General de la República (FGR), a través de la Fiscalía Federal en el Estado de Sonora, informó "
            "que obtuvo de un juez auto de vinculación a proceso contra tres personas.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "obtuvo de un juez") == ("Fiscalía General de la República", True)


def test_extract_quotes_a_unit_of_a_ministry_speaks_as_the_unit(nlp_en):
    """'The Financial Intelligence Unit (UIF) of Mexico's Ministry of Finance said': the unit, the subject's head."""
    text = ("The Financial Intelligence Unit (UIF) of Mexico's Ministry of Finance said in a separate statement that it "
            "had frozen the accounts of the designated individuals.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "it had frozen")[0] == "Unidad de Inteligencia Financiera"


def test_extract_quotes_este_stands_for_the_person_named_last(nlp_es):
    """'el canciller X se comunicó con el secretario de Estado, Marco Rubio, y éste le aseguró que ...': Rubio."""
    text = ("El canciller Juan Ramón de la Fuente se comunicó con el secretario de Estado, Marco Rubio, y éste le aseguró "
            "que Estados Unidos respeta la soberanía de México.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Estados Unidos respeta") == ("Marco Rubio", True)


def test_extract_quotes_an_unnamed_source_named_later_by_apposition(nlp_en):
    """'a cooperating witness testified that ... The witness, Hector Garza Mendez, said ...': both his."""
    text = ("At trial, a cooperating witness testified that Salinas told him the cartel's leadership trusted no one else "
            "with the money. The witness, Hector Garza Mendez, said he personally delivered more than $3 million.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "Salinas told him") == ("Hector Garza Mendez", True)
    assert said(quotes, "he personally delivered") == ("Hector Garza Mendez", True)


def test_extract_quotes_another_of_the_kind_names_someone_else(nlp_en):
    """'A witness said ... Another witness, John Ramos, said ...': the first stays unnamed."""
    text = ("A witness said the shooters arrived in two pickup trucks. Another witness, John Ramos, said he heard at "
            "least twenty shots.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the shooters arrived") == ("A witness", False)


def test_extract_quotes_a_description_set_before_a_labelled_speakers_name(nlp_en):
    """'The subcommittee chair, Senator Pete Ricketts, opened ...' then labelled turns: 'The subcommittee chair
    said' is Ricketts, not the last labelled speaker."""
    text = ("The subcommittee chair, Senator Pete Ricketts of Nebraska, opened the hearing by saying the committee "
            "wanted answers on extraditions.\n\n"
            "SEN. RICKETTS: Mr. Secretary, how many cartel leaders has Mexico sent to the United States?\n\n"
            "MR. LANDAU: Senator, 29 in February and another 26 in August.\n\n"
            "SEN. KAINE: Mr. Landau, has Mexico agreed to allow U.S. drones over its territory?\n\n"
            "After the hearing, Kaine told reporters the answers were not satisfactory. The subcommittee chair said he "
            "would call the secretary back in April.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "he would call the secretary") == ("Pete Ricketts", True)
