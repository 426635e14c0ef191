"""Quotes and speakers, round 13: hearing transcripts whose labels carry a lawmaker's party ("REP. X (D-Calif.):"),
"the Defense Department" of the country a story is filed from, an interview's questions put by its host, a cabinet
secretary named again as "the security chief", a complaint's claims kept from the accused, bulleted lists under "La
dependencia informó:", and headlines that name the speaker by the piece or a description ("...: A conversation with
X", "Tijuana police chief: '...'")."""

from __future__ import annotations

from _entity_helpers import entity_names
from _quote_helpers import quotes_of, said

from pesquisa.extract.entities._setting import dateline_country
from pesquisa.transcripts import transcript_turns

_HEARING = ("Hearing on fentanyl at the southwest border (excerpts)\n\n"
            "REP. ANN HOLLOWAY (R-Texas): Commissioner, how many pounds did you seize last year?\n\n"
            "CBP ACTING COMMISSIONER DALE MERCER: About 21,000 pounds, congresswoman.\n\n"
            "REP. ANN HOLLOWAY (R-Texas): And how much got through?\n\n"
            "CBP ACTING COMMISSIONER DALE MERCER: Nobody can tell you that.\n\n"
            "REP. TOMÁS ARCE (D-Calif.): Thank you. I yield back.")


def test_transcripts_hearing_labels_with_a_party_and_state_open_turns():
    """'REP. X (R-Texas):' is a label (its party no part of the name), and an agency's acronym before a title is no
    part of the witness's name ('CBP ACTING COMMISSIONER DALE MERCER' -> 'DALE MERCER')."""
    turns = transcript_turns(_HEARING)
    names = [_HEARING[t.name.start:t.name.end] for t in turns if t.name is not None]
    assert names == ["ANN HOLLOWAY", "DALE MERCER", "ANN HOLLOWAY", "DALE MERCER", "TOMÁS ARCE"]
    assert _HEARING[turns[1].body.start:turns[1].body.end].strip() == "About 21,000 pounds, congresswoman."


def test_extract_quotes_hearing_turns_are_each_lawmakers_own(nlp_en):
    quotes = quotes_of(nlp_en, _HEARING)
    assert said(quotes, "Commissioner, how many pounds") == ("Ann Holloway", True)
    assert said(quotes, "Nobody can tell you") == ("Dale Mercer", True)


def test_setting_dateline_country_reads_the_place_in_any_case():
    assert dateline_country("Title\n\nMORELIA, Michoacán — Soldiers killed nine gunmen.") == "mx"
    assert dateline_country("Title\n\nWASHINGTON, June 2, 2026 — The plans were drawn up.") == "us"
    assert dateline_country("Title\n\nSoldiers killed nine gunmen.") is None


def test_extract_entities_defense_department_is_the_country_the_story_is_filed_from(nlp_en):
    """'the Defense Department' in a story filed from Michoacán is Sedena; filed from Washington about strikes in
    Mexico, the Pentagon; "Mexico's Defense Department" is Sedena wherever the Pentagon is named."""
    mexico = ("Army kills gunmen\n\nMORELIA, Michoacán — Soldiers killed nine gunmen near Apatzingán on Sunday, "
              "the Defense Department said.")
    washington = ("Strike plans\n\nWASHINGTON, June 2, 2026 — The Defense Department has drawn up plans for strikes "
                  "on laboratories in Sinaloa, Sonora and Michoacán, in Mexico.")
    owned = "Mexico's Defense Department said soldiers killed five gunmen in Sinaloa. The Pentagon did not comment."
    assert "Secretaría de la Defensa Nacional" in entity_names(nlp_en, mexico, "organization")
    assert "U.S. Department of Defense" not in entity_names(nlp_en, mexico, "organization")
    assert "U.S. Department of Defense" in entity_names(nlp_en, washington, "organization")
    assert "Secretaría de la Defensa Nacional" not in entity_names(nlp_en, washington, "organization")
    assert "Secretaría de la Defensa Nacional" in entity_names(nlp_en, owned, "organization")


def test_extract_quotes_question_the_host_asks_is_not_the_interviewees(nlp_es):
    """'—¿...? —le preguntó el conductor.': the host asks, unnamed, never the official interviewed before."""
    quotes = quotes_of(nlp_es, "El fiscal del estado, César Morales Ibarra, reconoció en entrevista radiofónica que la "
                               "violencia se recrudeció en la sierra.\n\n"
                               "—¿Cuántos desplazados hay en la región? —le preguntó el conductor.\n\n"
                               "—Tenemos registro de 300 familias —respondió el fiscal.")
    assert said(quotes, "¿Cuántos desplazados") == ("el conductor", False)
    assert said(quotes, "Tenemos registro") == ("César Morales Ibarra", True)


def test_extract_quotes_security_chief_is_the_security_secretary(nlp_en):
    """'The security chief said' after a scholar spoke: the Security Secretary named before, not the scholar."""
    quotes = quotes_of(nlp_en, "\"Mexico acts under its own laws,\" Security Secretary Omar García Harfuch told "
                               "reporters.\n\n"
                               "Legal scholar Ana Laura Magaloni said the transfers skip extradition hearings.\n\n"
                               "García Harfuch rejected that. The security chief said every transfer had been reviewed "
                               "by prosecutors.")
    assert said(quotes, "every transfer had been reviewed") == ("Omar García Harfuch", True)


def test_extract_quotes_complaint_is_not_the_accused_in_its_claims(nlp_en):
    """'Prosecutors allege that Toledo received payments. The complaint also alleges ...': the complaint, unnamed,
    never Toledo, who acts only in the prosecutors' claim."""
    quotes = quotes_of(nlp_en, "PHOENIX — A CBP officer took bribes, according to a federal indictment.\n\n"
                               "The indictment says the officer, Raymond Toledo, met cartel associates six times.\n\n"
                               "Prosecutors allege in the charging document that Toledo received payments in cash and "
                               "in cryptocurrency.\n\n"
                               "The complaint also alleges that a second officer knew of the scheme.")
    speaker, has_id = said(quotes, "a second officer knew")
    assert speaker != "Raymond Toledo" and not has_id


def test_extract_quotes_bulleted_list_under_a_colon_is_reported_item_by_item(nlp_es):
    """'La Secretaría de Marina informó:' then '- ...' items: each item the body's reported statement, the dash left
    out, none a direct quote."""
    quotes = quotes_of(nlp_es, "La Secretaría de Marina aseguró una tonelada de cocaína en Manzanillo.\n\n"
                               "La Secretaría de Marina informó:\n\n"
                               "- El contenedor fue inspeccionado con rayos gamma.\n\n"
                               "- La droga estaba oculta en cajas de plátano.\n\n"
                               "La Semar detalló que suma 14 toneladas aseguradas.")
    items = [q for q in quotes if q.text.startswith(("El contenedor", "La droga"))]
    assert [q.text for q in items] == ["El contenedor fue inspeccionado con rayos gamma.",
                                       "La droga estaba oculta en cajas de plátano."]
    assert all(not q.direct and q.speaker == "Secretaría de Marina" for q in items)


def test_extract_quotes_headline_naming_the_piece_after_the_colon(nlp_en):
    """'“...”: A conversation with the DEA's new Houston chief': the one interviewed, named after, not 'A
    conversation'."""
    quotes = quotes_of(nlp_en, "'We are chasing the money': A conversation with the DEA's new Houston chief\n\n"
                               "Lauren Whitcomb took over the DEA's Houston office in March. She spoke with us about "
                               "fentanyl.")
    assert said(quotes, "We are chasing the money") == ("Lauren Whitcomb", True)


def test_extract_quotes_headline_description_before_the_colon(nlp_en):
    """'Tijuana police chief: “We are outgunned”': the official the story names with that title."""
    quotes = quotes_of(nlp_en, "Tijuana police chief: 'We are outgunned'\n\n"
                               "Tijuana's police chief, José Fernando Sánchez, told reporters on Friday that "
                               "municipal police cannot match the cartels.")
    assert said(quotes, "We are outgunned") == ("José Fernando Sánchez", True)


def test_extract_quotes_secretaria_de_hacienda_is_the_ministry_not_its_secretary(nlp_es):
    """'informó la Secretaría de Hacienda que ...' where the secretario de Hacienda is named: the ministry (its word
    folds to the title 'secretaria', but the text names the institution)."""
    quotes = quotes_of(nlp_es, "El secretario de Hacienda, Edgar Amador Zamora, dijo que el sistema bancario es "
                               "sólido.\n\n"
                               "Más tarde, en un comunicado, informó la Secretaría de Hacienda que las casas de cambio "
                               "podrán seguir operando bajo supervisión.")
    assert said(quotes, "las casas de cambio") == ("Secretaría de Hacienda y Crédito Público", True)


def test_extract_quotes_el_funcionario_before_anyone_spoke_is_the_official_named(nlp_es):
    """'El titular de la UIF, Pablo Gómez Álvarez, anunció el bloqueo. «...», sostuvo el funcionario.': the official
    the story opened with, though he said nothing quoted before."""
    quotes = quotes_of(nlp_es, "El titular de la Unidad de Inteligencia Financiera, Pablo Gómez Álvarez, anunció el "
                               "bloqueo de las cuentas de tres casas de cambio.\n\n"
                               "«No vamos a permitir que el sistema financiero sea usado por los cárteles», sostuvo el "
                               "funcionario.")
    assert said(quotes, "No vamos a permitir") == ("Pablo Gómez Álvarez", True)


def test_extract_quotes_segun_source_with_a_relative_clause_of_access(nlp_es):
    """'Según el expediente, al que tuvo acceso este semanario, CLAIM': the claim starts after the relative clause."""
    quotes = quotes_of(nlp_es, "Según el expediente, al que tuvo acceso este semanario, los pagos se hacían en una "
                               "gasolinera de Compostela.")
    assert [q.text for q in quotes] == ["los pagos se hacían en una gasolinera de Compostela."]


def test_transcripts_last_answer_stops_at_the_interviews_note():
    """'This interview has been condensed and edited.', 'Con información de Agencias' under the last answer: no words
    of it."""
    text = ("Q&A with a former ambassador\n\nQ: Is the relationship better?\n\nA: It is more transactional.\n\n"
            "Q: What comes next?\n\nA: Listen more than you speak.\n\nThis interview has been condensed and edited.")
    turns = transcript_turns(text)
    assert text[turns[-1].body.start:turns[-1].body.end].strip() == "Listen more than you speak."
    text_es = ("Entrevista\n\nEl obispo Cristóbal Ascencio García habló con este medio.\n\n"
               "Reportero: ¿Cómo está la región?\n\nAscencio García: Peor que hace un año.\n\n"
               "Reportero: ¿Ha recibido amenazas?\n\nAscencio García: Sí, pero no voy a dejar de hablar.\n\n"
               "Con información de Agencias")
    turns = transcript_turns(text_es)
    assert text_es[turns[-1].body.start:turns[-1].body.end].strip() == "Sí, pero no voy a dejar de hablar."


def test_extract_quotes_interview_outlet_after_the_speaker_is_no_speaker(nlp_es):
    """'«...», dijo el mandatario en entrevista con Milenio Televisión': the governor, never the outlet."""
    quotes = quotes_of(nlp_es, "El gobernador de Sinaloa, Rubén Rocha Moya, negó este jueves cualquier acuerdo con el "
                               "crimen.\n\n"
                               "«No hay pacto con nadie, ni lo habrá», dijo el mandatario en entrevista con Milenio "
                               "Televisión.")
    assert said(quotes, "No hay pacto") == ("Rubén Rocha Moya", True)


def test_extract_quotes_given_name_alone_and_the_narration_turning_back(nlp_es):
    """'Doña Rosa no se rinde. «...», dice.' after the Fiscalía spoke: Rosa, whom the narration turned back to;
    'relata Karla' (a daughter named by her given name alone): Karla, never the Fiscalía that spoke before."""
    quotes = quotes_of(nlp_es, "Rosa Elena Vázquez Morales busca a su hijo desde hace tres años.\n\n"
                               "«Lo sacaron de la casa unos hombres armados», cuenta Rosa Elena.\n\n"
                               "La Fiscalía del Estado asegura que la carpeta de investigación sigue abierta.\n\n"
                               "Doña Rosa no se rinde. «Mientras yo viva lo voy a buscar», dice.\n\n"
                               "Su hija, Karla, de 22 años, la acompaña. «Mi mamá ya no duerme», relata Karla.")
    assert said(quotes, "Mientras yo viva") == ("Rosa Elena Vázquez Morales", True)
    assert said(quotes, "Mi mamá ya no duerme") == ("Karla", False)


def test_extract_quotes_general_secretario_is_the_defense_secretary(nlp_es):
    """'expresó el general secretario' after the security secretary spoke: the general who heads the Defensa."""
    quotes = quotes_of(nlp_es, "El secretario de Seguridad y Protección Ciudadana, Omar García Harfuch, informó que los "
                               "homicidios bajaron 32 por ciento.\n\n"
                               "A su vez, el titular de la Defensa, general Ricardo Trevilla Trejo, señaló que se han "
                               "destruido 1,600 laboratorios. «Es un golpe directo a los grupos delictivos», expresó el "
                               "general secretario.")
    assert said(quotes, "Es un golpe directo") == ("Ricardo Trevilla Trejo", True)


def test_extract_quotes_quote_as_the_object_of_the_subjects_verb(nlp_es):
    """'la Embajada de Estados Unidos agradeció en un comunicado “...”' after the fiscal spoke: the embassy's words,
    the sentence's subject, not the last speaker's."""
    quotes = quotes_of(nlp_es, "El fiscal de Chiapas, Jorge Luis Llaven Abarca, detalló que el detenido usaba casas de "
                               "seguridad. «Tenía 40 migrantes en una bodega», puntualizó el fiscal.\n\n"
                               "Por su parte, la Embajada de Estados Unidos en México agradeció en un comunicado "
                               "«la colaboración de las autoridades mexicanas».")
    speaker, has_id = said(quotes, "la colaboración de las autoridades")
    assert speaker != "Jorge Luis Llaven Abarca" and has_id


_BOLD_QA = ("Interview with a former prosecutor\n\n"
            "Assistant U.S. Attorney Rachel Kessler led the team that prosecuted cartel money launderers.\n\n"
            "**SJJ:** Why did you focus on money launderers?\n\n"
            "**Kessler:** Because the traffickers are replaceable.\n\n"
            "**SJJ:** Were Chinese brokers a surprise?\n\n"
            "**Kessler:** Not by the end.")


def test_transcripts_bold_labels_and_an_outlets_initials_that_only_ask():
    """'**Kessler:** ...' set in bold is a label, its turn its own paragraph; 'SJJ:' (an outlet's initials) only asks:
    questions, no one named."""
    turns = transcript_turns(_BOLD_QA)
    assert [(t.role, _BOLD_QA[t.body.start:t.body.end].strip()) for t in turns] == [
        ("question", "Why did you focus on money launderers?"), ("named", "Because the traffickers are replaceable."),
        ("question", "Were Chinese brokers a surprise?"), ("named", "Not by the end.")]


def test_extract_quotes_bold_qa_answers_are_the_interviewees(nlp_en):
    quotes = quotes_of(nlp_en, _BOLD_QA)
    assert said(quotes, "Because the traffickers") == ("Rachel Kessler", True)
    assert said(quotes, "Why did you focus") == (None, False)


def test_extract_quotes_interview_with_bold_questions_and_plain_answers(nlp_es):
    """'**¿Por qué no denuncian?**' / 'Porque no confían ...': each bold question the interviewer's, no one named;
    the plain paragraphs under it the interviewee's answer; a dialogue dash or 'Respuesta:' left out."""
    quotes = quotes_of(nlp_es, "Laura Cárdenas Villegas, investigadora del Colegio de México, estudia la extorsión "
                               "desde hace una década. Conversamos con ella.\n\n"
                               "**¿Qué cambia con la nueva ley?**\n\n"
                               "Por primera vez la extorsión se persigue de oficio en todo el país.\n\n"
                               "**—¿Por qué no denuncian?**\n\n"
                               "—Porque no confían en las fiscalías.\n\n"
                               "**Pregunta: ¿Qué debería hacer el gobierno?**\n\n"
                               "Respuesta: Limpiar las policías locales.")
    assert said(quotes, "¿Qué cambia") == (None, False)
    assert said(quotes, "Por primera vez") == ("Laura Cárdenas Villegas", True)
    assert said(quotes, "Porque no confían") == ("Laura Cárdenas Villegas", True)
    assert said(quotes, "Limpiar las policías") == ("Laura Cárdenas Villegas", True)
    assert [q.text for q in quotes if q.text.endswith("?")] == [
        "¿Qué cambia con la nueva ley?", "¿Por qué no denuncian?", "¿Qué debería hacer el gobierno?"]


def test_extract_quotes_five_questions_with_bold_questions(nlp_en):
    quotes = quotes_of(nlp_en, "Mexico's new financial intelligence chief, Felipe Nájera Lozano, spoke to Reuters.\n\n"
                               "**How has the terror designation changed your work?**\n\n"
                               "It has made banks much more careful.\n\n"
                               "**What is your priority for this year?**\n\n"
                               "Fuel smuggling. It moves more money than drugs in some states.")
    assert said(quotes, "It has made banks") == ("Felipe Nájera Lozano", True)
    assert said(quotes, "Fuel smuggling") == ("Felipe Nájera Lozano", True)
    assert said(quotes, "What is your priority") == (None, False)


def test_extract_quotes_list_of_names_under_a_colon_states_nothing(nlp_es):
    """'La dependencia detalló:' then '- Juan Pérez López, alias «El Güero».' items with no verb: names, no
    statement of anyone's."""
    quotes = quotes_of(nlp_es, "La Fiscalía General de la República detuvo a tres personas en Zapopan. La dependencia "
                               "detalló:\n\n- Juan Pérez López, alias «El Güero».\n\n- Marco Antonio Ruiz, de 34 años."
                               "\n\nLos tres fueron trasladados al penal de Puente Grande.")
    assert quotes == []


def test_extract_quotes_explainer_bold_headings_are_no_interview(nlp_en):
    """An explainer's bold questions ('**Who is El Mencho?**') over the writer's paragraphs, in a text that says
    nothing of an interview: no turns, the writer's words no one's quote."""
    quotes = quotes_of(nlp_en, "Nemesio Oseguera leads the Jalisco cartel, officials say.\n\n"
                               "**Who is El Mencho?**\n\n"
                               "Nemesio Oseguera Cervantes was born in Michoacán in 1966.\n\n"
                               "**Why is he so hard to catch?**\n\n"
                               "He moves between ranches in the mountains of Jalisco and Michoacán.")
    assert not any(q.text.startswith(("Nemesio Oseguera Cervantes was", "He moves", "Who is")) for q in quotes)
