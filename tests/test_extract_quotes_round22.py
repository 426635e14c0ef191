"""Quotes and speakers, round 22: a claim a reporter's question reports of a third party ("—Presidenta, el senador X
dijo ayer que ...", "QUESTION: Senator X said that ...") is that party's, and the answer stays the one asked."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_claim_inside_a_question_is_the_named_ones_es(nlp_es):
    """'—Presidenta, el gobernador X dijo ayer que CLAIM. ¿Qué opina?': CLAIM is X's; the answer after it is still
    the president's, the question no one's."""
    text = ("La presidenta Claudia Sheinbaum habló este lunes sobre la seguridad en la frontera.\n\n"
            "—Presidenta, el gobernador de Texas, Greg Abbott, dijo ayer que los migrantes cruzan sin control por "
            "Ciudad Juárez. ¿Qué opina?\n\n"
            "—No es así, la frontera está atendida por la Guardia Nacional —contestó la mandataria.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "los migrantes cruzan") == ("Greg Abbott", True)
    assert said(quotes, "No es así") == ("Claudia Sheinbaum", True)
    assert said(quotes, "Presidenta, el gobernador")[1] is False
    # the question keeps its words around the claim, not the claim (read whole, its opening words are the question's)
    assert [q.speaker for q in quotes if "los migrantes cruzan" in q.text] == ["Greg Abbott"]


def test_extract_quotes_claim_inside_a_transcript_question_en(nlp_en):
    """'QUESTION: Senator X said on Sunday that CLAIM. Is that ...?': CLAIM is the senator's; 'you said' is not
    read as anyone else's."""
    text = ("Department Press Briefing\n\nTammy Bruce, Department Spokesperson\n\n"
            "MS BRUCE: Good afternoon. We have a few announcements today about our work with Mexico.\n\n"
            "QUESTION: Senator Chris Murphy said on Sunday that the strikes on drug boats have no legal basis. Is "
            "that the view of the department?\n\n"
            "MS BRUCE: The Secretary has been very clear about the legal basis for these operations.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "the strikes on drug boats") == ("Chris Murphy", True)
    assert said(quotes, "The Secretary has been") == ("Tammy Bruce", True)
    text = text.replace("Senator Chris Murphy said on Sunday", "You said on Sunday")
    assert not [q for q in quotes_of(nlp_en, text) if q.text.startswith("the strikes") and q.speaker_local_id]


def test_extract_quotes_she_is_not_the_son_named_before_en(nlp_en):
    """'X drives ... Her son, Jonathan, disappeared ... "...," she said': the son is no "she"; the woman named before
    speaks."""
    text = ("Every Sunday, Rosa Isela Fuentes drives to the desert with a shovel. Her son, Kevin, disappeared in 2021 "
            "on his way to work.\n\n\"I stopped waiting for the prosecutors,\" she said.")
    assert said(quotes_of(nlp_en, text), "I stopped waiting") == ("Rosa Isela Fuentes", True)


def test_extract_quotes_ella_after_a_sentence_about_a_new_woman_es(nlp_es):
    """'Su nuera, X, la acompaña ... «...», asegura ella': the parse reads "la acompaña" as a noun and leaves the
    sentence without a verb; it is still about X, the "ella" who speaks."""
    text = ("Doña Graciela Martínez busca a su hijo desde hace cinco años. «Nadie me ha llamado», dice.\n\n"
            "Su nuera, Karla Hernández, la acompaña en cada jornada. «Omar era chofer, no tenía problemas con nadie», "
            "asegura ella.")
    assert said(quotes_of(nlp_es, text), "Omar era chofer") == ("Karla Hernández", True)


def test_extract_quotes_the_document_after_a_joint_declaration_es(nlp_es):
    """'... señalaron en una declaración conjunta la SRE y el Departamento de Estado ... De acuerdo con el documento,
    ...': the document is the joint declaration, not the ambassador quoted in between."""
    text = ("“Ambos países reconocen que el tráfico de armas alimenta la violencia”, señalaron en una declaración "
            "conjunta la Secretaría de Relaciones Exteriores y el Departamento de Estado.\n\n"
            "El embajador Ronald Johnson publicó en redes sociales que el acuerdo es un paso histórico para la región.\n\n"
            "De acuerdo con el documento, ambos gobiernos intercambiarán información sobre armas cada tres meses.")
    quote = next(q for q in quotes_of(nlp_es, text) if q.text.startswith("ambos gobiernos"))
    assert quote.speaker_local_id is None and (quote.speaker or "").startswith("joint statement")


def test_extract_quotes_a_shouted_post_standing_alone_en(nlp_en):
    """'... Trump wrote on Truth Social. "Stop the drugs NOW!"': a sentence of its own in marks that ends in "!" is
    said, its capitals no title's; a title in marks inside the writer's sentence stays none."""
    text = ("\"Mexico has been very nice, but not nice enough,\" Trump wrote on Truth Social. \"Stop the fentanyl "
            "NOW!\"\n\nThe post came hours after a call between the two leaders.")
    assert said(quotes_of(nlp_en, text), "Stop the fentanyl NOW") == ("Trump", True)
    text = "The singer performed \"Viva Mexico Now!\" at the border concert on Saturday."
    assert not [q for q in quotes_of(nlp_en, text) if q.text.startswith("Viva")]


def test_extract_quotes_alego_que_in_court_es(nlp_es):
    """'El defensor del acusado, X, alegó que ...': a party's claim in court is X's words."""
    text = ("El defensor del acusado, Arturo Núñez, alegó que su cliente fue detenido sin orden de aprehensión y "
            "que sufrió tortura.")
    assert said(quotes_of(nlp_es, text), "su cliente fue detenido") == ("Arturo Núñez", True)


def test_extract_quotes_the_report_of_a_body_named_before_the_noun_en(nlp_en):
    """'A Treasury Department report released Thursday ... "...," X said ... The report said that ...': the report
    is the department's, not the last person quoted."""
    text = ("A Treasury Department report released Thursday tracked cartel money through U.S. banks.\n\n"
            "\"Cartels are exploiting gaps in our financial system,\" Treasury Secretary Scott Bessent said.\n\n"
            "The report said that Chinese money laundering networks handled a growing share of the cash.")
    assert said(quotes_of(nlp_en, text), "Chinese money laundering") == ("U.S. Department of the Treasury", True)


def test_extract_quotes_gerund_after_an_object_keeps_the_speaker_es(nlp_es):
    """'X ... justificó los envíos alegando que ...': the object before the gerund is no subject; X speaks."""
    text = ("El secretario Omar García Harfuch justificó los traslados alegando que los detenidos representaban un "
            "riesgo para el país.")
    assert said(quotes_of(nlp_es, text), "los detenidos representaban") == ("Omar García Harfuch", True)


def test_extract_quotes_ella_is_not_the_collective_es(nlp_es):
    """'X busca a sus hijos. El colectivo que fundó, ..., ha localizado ... «...», dijo ella': "ella" is a woman,
    not the collective that is the sentence's subject."""
    text = ("Cecilia Flores lleva nueve años buscando a sus hijos. El colectivo que fundó, Madres Buscadoras de "
            "Sonora, ha localizado más de 2 mil restos.\n\n«Yo no voy a parar hasta encontrarlos», dijo ella.")
    assert said(quotes_of(nlp_es, text), "Yo no voy a parar") == ("Cecilia Flores", True)


def test_extract_quotes_said_in_a_statement_after_a_hearing_that_en(nlp_en):
    """'X said in a statement after Monday's hearing that ...': the "that" after the time of the statement opens what was
    said, not a relative of "hearing"; 'in an interview that aired Sunday' stays a relative."""
    text = "His attorney, Sandra Whitley, said in a statement after Monday's hearing that her client would not appeal."
    assert said(quotes_of(nlp_en, text), "her client would not appeal") == ("Sandra Whitley", True)
    text = "The mayor said in an interview after the attack that aired Sunday on local television he would resign."
    assert not [q for q in quotes_of(nlp_en, text) if q.text.startswith("aired")]


def test_extract_quotes_que_after_a_named_office_holder_far_from_the_verb_es(nlp_es):
    """'declaró este miércoles en el juicio contra el exsecretario de Seguridad Pública X que ...': the "que" after the
    name opens what was declared, many words after the verb."""
    text = ("Un exintegrante del Cártel de Sinaloa declaró este miércoles en el juicio contra el exsecretario de "
            "Seguridad Pública Genaro García Luna que entregó sobornos millonarios a funcionarios federales.")
    assert [q for q in quotes_of(nlp_es, text) if q.text.startswith("entregó sobornos")]


def test_extract_quotes_who_testified_is_the_witness_named_later(nlp_en, nlp_es):
    """'A former cartel accountant testified that ... The witness, X, told jurors ...', 'Un exintegrante del cártel
    declaró ... que ... El testigo, identificado como X, dijo ...': the one who testified is the witness named."""
    en = ("A former Sinaloa cartel accountant testified Tuesday that he delivered cash to a police commander every "
          "month.\n\nThe witness, Jesús Alberto Ochoa, told jurors that the payments kept officers away.")
    assert said(quotes_of(nlp_en, en), "he delivered cash") == ("Jesús Alberto Ochoa", True)
    es = ("Un exintegrante del Cártel del Golfo declaró ante el jurado que entregó sobornos a mandos policiales.\n\n"
          "El testigo, identificado como Rafael Cárdenas Vela, dijo que los pagos se hacían cada mes.")
    assert said(quotes_of(nlp_es, es), "entregó sobornos") == ("Rafael Cárdenas Vela", True)


def test_extract_quotes_section_label_with_a_speech_verb_en(nlp_en):
    """Axios: 'What they're saying: "...," Attorney General X said.': the attribution closing the quote says who
    spoke, not the label's "they"."""
    text = ("Driving the news: The Justice Department said Tuesday the group includes leaders of two cartels.\n\n"
            "What they're saying: \"These defendants will face justice in American courtrooms,\" Attorney General Pam "
            "Bondi said.")
    assert said(quotes_of(nlp_en, text), "These defendants will face") == ("Pam Bondi", True)


def test_extract_quotes_claim_of_a_question_names_no_one_by_description_en(nlp_en):
    """'QUESTION: ... Mexico's president said yesterday that CLAIM': the president is not named in the transcript;
    the claim is no one's the page names, never the spokesperson's who spoke before."""
    text = ("Department Press Briefing\n\nTammy Bruce\n\n"
            "MS BRUCE: Good afternoon. We have a few announcements today about our work with Mexico.\n\n"
            "QUESTION: Thank you. Mexico's president said yesterday that U.S. drones fly over Mexican territory with "
            "permission. Can you confirm?\n\n"
            "MS BRUCE: I'm not going to discuss intelligence matters from this podium.")
    quotes = quotes_of(nlp_en, text)
    assert not [q for q in quotes if "drones fly" in q.text and q.speaker_local_id is not None]
    assert said(quotes, "I'm not going to discuss") == ("Tammy Bruce", True)


def test_extract_quotes_the_letter_by_another_name_is_its_writers(nlp_en, nlp_es):
    """'En una carta enviada al Senado, los padres ... pidieron ... La misiva señala que ...', 'In a letter to the
    governor, the families ... asked ... The letter says ...': the writers', unnamed, not the official quoted before."""
    es = ("La gobernadora Maru Campos dijo que el estado no permitirá el paso de armas.\n\n"
          "En una carta enviada al Senado, los padres de los normalistas pidieron una nueva investigación.\n\n"
          "La misiva señala que la Fiscalía ocultó pruebas durante diez años.")
    assert said(quotes_of(nlp_es, es), "la Fiscalía ocultó")[1] is False
    en = ("Sheriff Bill Waybourn said the county will ask for federal help.\n\n"
          "In a letter to the governor, the families of the victims asked for a special prosecutor.\n\n"
          "The letter says the investigation was mishandled from the start.")
    assert said(quotes_of(nlp_en, en), "the investigation was mishandled")[1] is False


def test_extract_quotes_el_texto_after_a_joint_communique_es(nlp_es):
    """'Los gobiernos de México y Guatemala emitieron un comunicado conjunto ... “...”, señala el texto': the text is
    the joint communiqué, a joint statement."""
    text = ("Los gobiernos de México y Guatemala emitieron un comunicado conjunto tras la reunión de sus cancilleres en "
            "Tapachula.\n\n“Ambos gobiernos coinciden en reforzar la vigilancia en la frontera común”, señala el texto.")
    quote = next(q for q in quotes_of(nlp_es, text) if q.text.startswith("Ambos gobiernos"))
    assert quote.speaker_local_id is None and (quote.speaker or "").startswith("joint statement")
