"""Quotes and speakers, round 15: an interview's answers after an introduction that sets the name beside a title
("La fiscal ..., Laura Estrada, conversó con este diario"), a press conference's questions that address an official
by title ("—¿Presidenta, ...?" / "—¿Secretario, ...?"), a radio transcript's initials ("Ciro Gómez Leyva (CGL):" then
"CGL:"), a document a fronted frame cites ("As alleged in court filings, ..."), a cartel's pilot as an unnamed
witness, and "that"/"que" that open no reported clause (a result, a relative of the object, "lo que", "which")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_dash_answers_after_a_title_set_beside_a_name(nlp_es):
    """'La fiscal especializada ..., Laura Estrada Villanueva, conversó con este diario': her answers, not the title's."""
    text = ("“La extorsión ya es el delito más rentable”: fiscal antisecuestros de Guanajuato\n\n"
            "La fiscal especializada en combate a la extorsión de Guanajuato, Laura Estrada Villanueva, conversó con "
            "este diario sobre las denuncias.\n\n"
            "—¿Cuántas denuncias reciben al mes?\n\n"
            "—Entre 180 y 200. La mayoría de los comerciantes no denuncia.\n\n"
            "—¿Quiénes están detrás?\n\n"
            "—Hay células locales que usan el nombre de los grandes cárteles.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Entre 180") == ("Laura Estrada Villanueva", True)
    assert said(quotes, "Hay células") == ("Laura Estrada Villanueva", True)


def test_extract_quotes_a_question_addressed_by_title_is_answered_by_its_holder(nlp_es):
    """'—¿Presidenta, ...?' then '—No. Mire, ...': the president answers, not the outlet named before."""
    text = ("Sheinbaum niega operativos de EU\n\n"
            "La presidenta Claudia Sheinbaum negó que agentes extranjeros participen en operativos, luego de que un "
            "medio de Estados Unidos publicó que elementos de la CIA acompañaron a fuerzas mexicanas.\n\n"
            "—¿Presidenta, hay agentes de la CIA en los operativos?\n\n"
            "—No. Mire, hay colaboración, pero los operativos los hacen las fuerzas mexicanas.\n\n"
            "El secretario de Seguridad, Omar García Harfuch, informó que fueron detenidas 212 personas en Sinaloa.\n\n"
            "—¿Secretario, cuántos pertenecen a Los Chapitos?\n\n"
            "—La mayoría. Tenemos identificados a 60 como integrantes de esa facción.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "No. Mire") == ("Claudia Sheinbaum", True)
    assert said(quotes, "La mayoría") == ("Omar García Harfuch", True)


def test_extract_quotes_radio_transcript_initials_label_the_interviewee(nlp_es):
    """'Rubén Rocha Moya (RRM): ...' then 'RRM: ...': his turns; the host's 'CGL:' turns only ask."""
    text = ("Rocha Moya rechaza pacto con grupos criminales\n\n"
            "En entrevista radiofónica, el gobernador de Sinaloa rechazó las acusaciones.\n\n"
            "Ciro Gómez Leyva (CGL): Gobernador, en Estados Unidos se dice que usted tiene vínculos con la gente de "
            "El Mayo. ¿Qué responde?\n\n"
            "Rubén Rocha Moya (RRM): Que es falso. No hay pacto con ningún grupo criminal.\n\n"
            "CGL: ¿Por qué no ha pedido licencia?\n\n"
            "RRM: Porque no tengo nada que ocultar.\n\n"
            "CGL: ¿Cuántos homicidios van desde septiembre?\n\n"
            "RRM: Más de mil 800, lamentablemente.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Que es falso") == ("Rubén Rocha Moya", True)
    assert said(quotes, "Porque no tengo") == ("Rubén Rocha Moya", True)
    assert said(quotes, "Gobernador, en Estados Unidos") == (None, False)
    assert not any(q.text.startswith("usted tiene") for q in quotes)


def test_extract_quotes_a_fronted_frame_citing_a_document_is_no_ones(nlp_en):
    """'As alleged in court filings, ...' after an official's quote: the filings, unnamed, not the official."""
    text = ("Cartel leaders charged in New York\n\n"
            "\"Today's charges reflect years of work,\" said DEA Administrator Terrance Cole.\n\n"
            "As alleged in court filings, the faction laundered its profits through money brokers in Mexico City.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the faction laundered") == ("court filings", False)


def test_extract_quotes_como_se_detalla_en_la_acusacion_is_the_documents(nlp_es):
    """'Como se detalla en la acusación, ...': the indictment's claim, no one named."""
    text = ("Acusan a exfuncionario de Tamaulipas en Texas\n\n"
            "El fiscal federal Nicholas Ganjei afirmó que el caso muestra la corrupción en ambos lados de la frontera.\n\n"
            "Como se detalla en la acusación, la red lavó sus ganancias por medio de casas de cambio en Sinaloa.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "la red lavó") == ("la acusación", False)


def test_extract_quotes_a_cartel_pilot_testifying_is_unnamed_not_the_cartel(nlp_en):
    """'A former Sinaloa Cartel pilot testified that ...': someone unnamed, never the cartel."""
    text = ("Pilot testifies in Brooklyn\n\n"
            "NEW YORK — A former Sinaloa Cartel pilot testified on Tuesday that the group's leaders bribed generals "
            "for years.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the group's leaders") == ("A former Sinaloa Cartel pilot", False)


def test_extract_quotes_that_opening_no_reported_clause_reports_nothing(nlp_en):
    """'repeated so often that ...', 'described the pressure that ...', '..., which suggests ...': no quotes."""
    text = ("Mayors under pressure\n\n"
            "Sheinbaum told reporters in February that Mexico would never subordinate itself.\n\n"
            "That line has been repeated so often that it has become a slogan.\n\n"
            "In a video posted in May, the mayor had described the pressure that criminal groups put on local officials.\n\n"
            "Seizures fell by half, but overdose deaths fell faster, which suggests the supply itself changed.")
    quotes = quotes_of(nlp_en, text)
    assert [q.text for q in quotes] == ["Mexico would never subordinate itself."]


def test_extract_quotes_lo_que_after_a_verb_of_telling_is_no_statement(nlp_es):
    """'relató lo que ocurrió el sábado': what she told about, not what she said."""
    text = ("Buscadoras denuncian amenazas\n\n"
            "Ceci Flores, fundadora del colectivo, relató en conferencia de prensa lo que ocurrió el sábado por la noche.")
    assert quotes_of(nlp_es, text) == []


def test_extract_quotes_a_headline_second_story_after_a_semicolon_is_cut(nlp_es):
    """'Sheinbaum rechaza que ...; García Harfuch detalla detenciones': her clause ends at the semicolon."""
    text = ("Sheinbaum rechaza que haya agentes de EU operando en México; García Harfuch detalla detenciones\n\n"
            "La presidenta habló en Palacio Nacional.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "haya agentes") == ("Sheinbaum", True)
    assert next(q.text for q in quotes if q.text.startswith("haya agentes")) == "haya agentes de EU operando en México"


def test_extract_quotes_a_quote_carried_with_a_guillemet_closes_at_its_curly_mark(nlp_es):
    """'“Fui a la fiscalía ... / »Nunca lo buscaron”, dijo Robles': the carried quote ends at ”, narration stays out."""
    text = ("Madre busca a su hijo\n\n"
            "GUADALAJARA (AP) — María del Carmen Robles busca a su hijo Daniel desde hace tres años.\n\n"
            "“Fui a la fiscalía el mismo día. Me dijeron que esperara 72 horas.\n\n"
            "»Nunca lo buscaron. Todo lo que sabemos lo encontramos nosotras”, dijo Robles a The Associated Press.")
    quotes = quotes_of(nlp_es, text)
    carried = next(q for q in quotes if q.text.startswith("Nunca lo buscaron"))
    assert carried.text == "Nunca lo buscaron. Todo lo que sabemos lo encontramos nosotras"
    assert (carried.speaker, carried.speaker_local_id is not None) == ("María del Carmen Robles", True)


def test_extract_quotes_a_headline_relative_before_the_colon_speaks_unnamed(nlp_es):
    """'Madre de joven desaparecido en Jalisco: “...”': the mother, unnamed, not no one."""
    text = ("Madre de joven desaparecido en Jalisco: “Solo quiero saber dónde está”\n\n"
            "Durante tres años, una mujer ha recorrido hospitales y fiscalías en busca de su hijo.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Solo quiero") == ("Madre de joven desaparecido en Jalisco", False)


def test_extract_quotes_a_memo_seen_by_an_outlet_is_not_the_outlets(nlp_en):
    """'A U.S. intelligence memo seen by Reuters says ...', 'the memo states': the memo's, never Reuters'."""
    text = ("Exclusive: U.S. memo says army unit leaked raid plans\n\n"
            "A U.S. intelligence memo seen by Reuters says a Mexican army unit leaked details of planned raids to the "
            "cartel.\n\n"
            "The memo, dated February, says the leaks allowed a cartel commander to escape a raid in October. "
            "\"The unit's leadership is assessed to be compromised,\" the memo states.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "a Mexican army unit") == ("A U.S. intelligence memo seen by Reuters", False)
    assert said(quotes, "The unit's leadership")[1] is False
    assert not any(q.speaker == "Reuters" for q in quotes)


def test_extract_quotes_a_sentence_rooted_on_its_subject_keeps_it(nlp_es):
    """'Un exfuncionario de la DEA con quien conversé lo resumió así: “...”': the former official, unnamed."""
    text = ("La soberanía y el fentanilo\n\n"
            "La presidenta Sheinbaum afirmó que la cooperación sólo es posible con respeto mutuo entre ambos países.\n\n"
            "Un exfuncionario de la DEA con quien conversé hace poco lo resumió así: “Washington quiere resultados que "
            "se puedan contar, y México quiere que se reconozcan los que ya dio”. Tiene razón.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Washington quiere") == ("Un exfuncionario de la DEA", False)


def test_extract_quotes_a_headline_quote_keeps_its_colon_speaker_before_a_semicolon(nlp_es):
    """'“...”: Sheinbaum sobre amenazas de aranceles; Ebrard detalla negociación': Sheinbaum's words."""
    text = ("“No vamos a caer en provocaciones”: Sheinbaum sobre amenazas de aranceles; Ebrard detalla negociación\n\n"
            "La presidenta Claudia Sheinbaum respondió a la amenaza de aranceles. El secretario de Economía, Marcelo "
            "Ebrard, viajará a Washington.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "No vamos") == ("Claudia Sheinbaum", True)


def test_extract_quotes_broadcast_labels_alone_on_their_lines_are_turns(nlp_en):
    """'Amna Nawaz:' / 'Terrance Cole:' each alone on its line: each turn its speaker's, the last one too."""
    text = ("DEA chief on the fentanyl crisis\n\n"
            "Amna Nawaz:\n\n"
            "For more, I'm joined by Terrance Cole, administrator of the Drug Enforcement Administration.\n\n"
            "Terrance Cole:\n\n"
            "Thank you for having me.\n\n"
            "Amna Nawaz:\n\n"
            "What has the designation changed for the DEA?\n\n"
            "Terrance Cole:\n\n"
            "It's given us more tools and more partners in the intelligence community.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "What has the designation") == ("Amna Nawaz", True)
    assert said(quotes, "Thank you for having me") == ("Terrance Cole", True)
    assert said(quotes, "It's given us") == ("Terrance Cole", True)
    assert all(q.text for q in quotes)


def test_extract_quotes_he_after_a_nominee_is_the_nominee_named_next(nlp_en):
    """'The nominee, a former Army officer, did not answer directly. “...,” he said. The nominee, Robert Landry,
    later told reporters': the nominee, not the senator who asked."""
    text = ("Senators press nominee on cartels\n\n"
            "\"Are you prepared to tell this committee that we will not send troops into Mexico?\" Sen. Tim Kaine asked.\n\n"
            "The nominee, a former Army officer, did not answer directly. \"I will follow the president's direction "
            "and the law,\" he said. The nominee, Robert Landry, later told reporters that Mexico wants to be a partner.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "I will follow") == ("Robert Landry", True)


def test_extract_quotes_de_acuerdo_con_la_investigacion_in_a_release_is_the_issuers(nlp_es):
    """'La FGR obtuvo ... De acuerdo con la investigación, ...': the FGR's investigation speaks for it."""
    text = ("FGR obtiene vinculación a proceso contra exdirector de policía\n\n"
            "La Fiscalía General de la República (FGR) obtuvo de un juez de control la vinculación a proceso contra "
            "Héctor \"N\", exdirector de la policía municipal de Fresnillo.\n\n"
            "De acuerdo con la investigación, elementos bajo su mando detuvieron a tres jóvenes en la cabecera municipal.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "elementos bajo su mando") == ("Fiscalía General de la República", True)


def test_extract_quotes_one_of_the_forces_who_asks_not_to_be_named_speaks_unnamed(nlp_es):
    """'«...», contó el marino, quien pidió no ser identificado. «...», agregó': the marine, unnamed, not the Navy."""
    text = ("Emboscada en Aguililla deja cuatro muertos\n\n"
            "Un elemento de la Secretaría de Marina relató a este diario cómo ocurrió el ataque.\n\n"
            "«Veníamos en convoy por la brecha. Empezaron los disparos desde los cerros», contó el marino, quien pidió "
            "no ser identificado.\n\n"
            "«Eran muchos, traían drones con explosivos», agregó.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Veníamos") == ("el marino", False)
    assert said(quotes, "Eran muchos") == ("el marino", False)

