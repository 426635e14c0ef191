"""Transcripts (a "versión estenográfica", a briefing, a hearing, a Q&A interview) on hand-written pages: each
labelled turn is a quote of the person the label names; a reporter's question is nobody's; the label is no
organization."""

from __future__ import annotations

from _quote_helpers import entities_and_quotes, said

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument
from pesquisa.transcripts import transcript_turns

_run = entities_and_quotes
_speaker = said


ESTENOGRAFICA = (
    "Versión estenográfica de la conferencia de prensa matutina del 3 de julio de 2025\n\n"
    "PRESIDENTA DE MÉXICO, ISABEL ORTEGA VILLAR: Buenos días. Hoy el gabinete presenta el informe sobre "
    "el tráfico de armas.\n\n"
    "SECRETARIO DE SEGURIDAD, MARTÍN LÓPEZ ARANDA: Gracias, presidenta. Este mes se aseguraron 900 armas en "
    "la frontera norte.\n\n"
    "La mayoría fueron compradas en armerías de Texas.\n\n"
    "(Aplausos)\n\n"
    "INTERLOCUTORA: Buenos días. ¿Qué ha respondido Washington sobre los rifles?\n\n"
    "PRESIDENTA DE MÉXICO, ISABEL ORTEGA VILLAR: Hemos pedido que revisen a quién le venden armas. Es una "
    "responsabilidad compartida.\n\n"
    "—o0o—"
)


def test_transcript_turns_run_over_unlabelled_paragraphs_to_a_stage_direction():
    turns = transcript_turns(ESTENOGRAFICA)
    assert [t.role for t in turns] == ["named", "named", "question", "named"]
    second = ESTENOGRAFICA[turns[1].body.start:turns[1].body.end]
    assert second.strip().endswith("armerías de Texas.")  # the paragraph after the label, not "(Aplausos)"
    assert ESTENOGRAFICA[turns[1].name.start:turns[1].name.end] == "MARTÍN LÓPEZ ARANDA"


def test_transcript_turns_need_a_label_that_comes_back():
    text = "NOTA: Este texto fue actualizado.\n\nACTUALIZACIÓN: Se añadió la postura de la Fiscalía."
    assert transcript_turns(text) == []
    captions = ("FOTO: CUARTOSCURO\n\nEl Ejército desplegó 10 mil elementos en la frontera.\n\nFOTO: CUARTOSCURO\n\n"
                "LEA TAMBIÉN: Capturan a operador del cártel\n\nLEA TAMBIÉN: Extraditan a 26 presuntos narcos")
    assert transcript_turns(captions) == []  # page labels printed again and again open no turns


def test_extract_quotes_a_stenographic_version_quotes_each_labelled_turn(nlp_es):
    ents, quotes = _run(nlp_es, ESTENOGRAFICA)
    assert _speaker(quotes, "Buenos días. Hoy el gabinete") == ("Isabel Ortega Villar", True)
    assert _speaker(quotes, "Gracias, presidenta. Este mes") == ("Martín López Aranda", True)
    assert _speaker(quotes, "Hemos pedido que revisen") == ("Isabel Ortega Villar", True)
    assert _speaker(quotes, "Buenos días. ¿Qué ha respondido") == (None, False)
    assert not [e.name for e in ents if e.type == "organization" and e.name.isupper()]  # no "INTERLOCUTORA"


def test_extract_quotes_a_briefing_transcript_names_speakers_by_surname(nlp_en):
    text = ("Press Briefing by Press Secretary Dana Whitfield\n\n"
            "MS. WHITFIELD: Good afternoon. The President spoke with the president of Mexico this morning about "
            "fentanyl.\n\n"
            "Q Thank you, Dana. Is the President considering strikes on cartel labs?\n\n"
            "MS. WHITFIELD: I won't get ahead of the President on that, but every option is on the table.\n\n"
            "SECRETARY HOLLOWAY: Let me add that the cartels are now treated as terrorist organizations.\n\n"
            "Q: And on the border?\n\n"
            "SECRETARY HOLLOWAY: Crossings are at their lowest level in decades.")
    _, quotes = _run(nlp_en, text)
    assert _speaker(quotes, "Good afternoon. The President") == ("Dana Whitfield", True)
    assert _speaker(quotes, "I won't get ahead") == ("Dana Whitfield", True)
    assert _speaker(quotes, "Thank you, Dana. Is the President") == (None, False)
    assert _speaker(quotes, "Crossings are at their lowest")[0] == "Holloway"


def test_extract_quotes_a_q_and_a_answer_is_the_interviewee(nlp_en):
    text = ("Q&A: A former border official on the guns that cross south\n\n"
            "By Laura Jennings\n\n"
            "Former ATF agent Michael Romero spoke about arms trafficking. The interview was edited for length.\n\n"
            "Q: Where do the cartels buy their rifles?\n\n"
            "A: Mostly in gun shops in Texas and Arizona, through straw purchasers.\n\n"
            "Q: Can that be stopped?\n\n"
            "A: Only if both governments share tracing data every single day.")
    _, quotes = _run(nlp_en, text)
    assert _speaker(quotes, "Mostly in gun shops") == ("Michael Romero", True)
    assert _speaker(quotes, "Only if both governments") == ("Michael Romero", True)
    assert _speaker(quotes, "Where do the cartels") == (None, False)


def test_extract_quotes_an_interview_with_question_marks_and_the_surname_as_label(nlp_es):
    text = ("Entrevista con la fiscal Daniela Robles Quintero\n\n"
            "Pregunta. ¿Cuántas armas han asegurado este año?\n\n"
            "Robles Quintero: Más de cuatro mil, casi todas compradas en Estados Unidos.\n\n"
            "Pregunta. ¿Qué le pide a Washington?\n\n"
            "Robles Quintero: Que revise a quién le vende rifles de alto poder.\n\n"
            "Foto: Cuartoscuro")
    _, quotes = _run(nlp_es, text)
    assert _speaker(quotes, "Más de cuatro mil") == ("Daniela Robles Quintero", True)
    assert _speaker(quotes, "Que revise a quién") == ("Daniela Robles Quintero", True)
    assert _speaker(quotes, "¿Qué le pide") == (None, False)
    assert not any("Cuartoscuro" in q.text for q in quotes)  # a credit ends the turn


BLOCKS = (
    "Versión estenográfica | Conferencia de prensa del Gabinete de Seguridad\n\n"
    "Ciudad de México, 8 de julio de 2025\n\n"
    "SECRETARIO DE SEGURIDAD, ANDRÉS MOLINA RUIZ:\n\n"
    "Buenos días a todas y a todos. Informamos que en la frontera norte se ha detenido a 3 mil 412 personas.\n\n"
    "SECRETARIO DE LA DEFENSA NACIONAL, GENERAL ARTURO PÉREZ LIRA:\n\n"
    "Gracias, secretario. El Ejército ha desplegado 10 mil elementos en la frontera norte.\n\n"
    "INTERLOCUTOR:\n\n"
    "Secretario, ¿cuántas armas venían de Estados Unidos?\n\n"
    "SECRETARIO DE SEGURIDAD, ANDRÉS MOLINA RUIZ:\n\n"
    "La gran mayoría. Estamos compartiendo los datos de rastreo.\n\n"
    "—000—")


def test_clean_keeps_a_transcripts_labels_alone_on_their_lines_and_its_turns():
    body = clean_document(RawDocument("x.txt", BLOCKS)).body
    assert body.count("SECRETARIO DE SEGURIDAD, ANDRÉS MOLINA RUIZ:") == 2
    assert "INTERLOCUTOR:" in body and "Gracias, secretario." in body and "La gran mayoría." in body


def test_extract_quotes_a_label_alone_on_its_line_and_titles_after_the_comma(nlp_es):
    _, quotes = _run(nlp_es, BLOCKS)
    assert _speaker(quotes, "Gracias, secretario.") == ("Arturo Pérez Lira", True)  # no "General" in the name
    assert _speaker(quotes, "La gran mayoría.") == ("Andrés Molina Ruiz", True)
    assert _speaker(quotes, "Secretario, ¿cuántas") == (None, False)


def test_extract_quotes_a_label_of_titles_alone_is_the_person_the_page_titles_so(nlp_en):
    text = ("Remarks by President Daniel Whitaker on border security\n\n"
            "THE PRESIDENT: Thank you very much. We are doing very well with Mexico on the cartels.\n\n"
            "Q Mr. President, will you send troops to Mexico?\n\n"
            "THE PRESIDENT: We'll see. They would have to ask us, but we are ready.")
    _, quotes = _run(nlp_en, text)
    assert _speaker(quotes, "We'll see.") == ("Daniel Whitaker", True)


def test_transcript_turns_an_exchange_a_story_quotes_ends_with_its_paragraph():
    text = ("Sheinbaum rejects talk of U.S. strikes\n\n"
            "MEXICO CITY (AP) — Mexico's president on Tuesday rejected any foreign military action.\n\n"
            "The exchange came at her morning news conference.\n\n"
            "It was the third time this month she was asked about it.\n\n"
            "Officials in Washington did not respond to a request for comment.\n\n"
            "This is how it went:\n\n"
            "Q: Would you accept U.S. drones over Sinaloa?\n\n"
            "PRESIDENT SHEINBAUM: No. Mexico is a sovereign country.\n\n"
            "Q: Even with your permission?\n\n"
            "PRESIDENT SHEINBAUM: There will be no permission.\n\n"
            "Analysts said the answer was aimed at voters at home.")
    turns = transcript_turns(text)
    assert text[turns[-1].body.start:turns[-1].body.end].strip() == "There will be no permission."


def test_extract_quotes_a_turn_goes_on_after_a_stage_direction_in_brackets(nlp_es):
    text = ("Versión estenográfica de la conferencia matutina\n\n"
            "PRESIDENTA ISABEL ORTEGA VILLAR: Buenos días. Va a presentar el secretario.\n\n"
            "SECRETARIO MARTÍN LÓPEZ ARANDA: Con su permiso, presidenta.\n\n"
            "(PROYECCIÓN DE VIDEO)\n\n"
            "Del 1 de octubre a la fecha se ha detenido a 25 mil personas por delitos de alto impacto.\n\n"
            "PRESIDENTA ISABEL ORTEGA VILLAR: Gracias, secretario. Vamos a las preguntas.")
    ents, quotes = _run(nlp_es, text)
    assert _speaker(quotes, "Del 1 de octubre") == ("Martín López Aranda", True)
    assert not any("PROYECCIÓN" in e.name for e in ents)


def test_extract_quotes_the_congressional_records_labels(nlp_en):
    text = ("Congressional Record: Senate debate on the fentanyl bill\n\n"
            "Mr. HARLOW. Mr. President, the fentanyl crisis has killed more than 70,000 Americans in a year.\n\n"
            "Mr. DUNMORE. Will the Senator yield for a question?\n\n"
            "Mr. HARLOW. I will yield to my friend from Illinois.")
    _, quotes = _run(nlp_en, text)
    assert _speaker(quotes, "Mr. President, the fentanyl") == ("Harlow", False)
    assert _speaker(quotes, "I will yield") == ("Harlow", False)


def test_extract_quotes_a_headline_quoting_the_interviewee_opens_no_turn(nlp_es):
    """'Rubén Rocha: “No hay pacto con nadie”' over an interview with PREGUNTA/ROCHA labels: the headline quotes him,
    and the byline and lede under it are no part of any turn."""
    text = ("Rubén Rocha: “No hay pacto con nadie en Sinaloa”\n\nPor Javier Cabrera | Milenio\n\n"
            "El gobernador de Sinaloa, Rubén Rocha Moya, negó cualquier acuerdo con facciones criminales.\n\n"
            "PREGUNTA: ¿Hay algún acuerdo con Los Chapitos?\n\nRUBÉN ROCHA MOYA: Ninguno. Eso es falso.\n\n"
            "PREGUNTA: ¿Por qué sigue la violencia?\n\nRUBÉN ROCHA MOYA: Porque hay una disputa entre dos grupos.")
    quotes = entities_and_quotes(nlp_es, text)[1]
    headline = next(q for q in quotes if "No hay pacto" in q.text)
    assert "Milenio" not in headline.text and headline.speaker == "Rubén Rocha Moya"
    assert said(quotes, "Ninguno. Eso es falso.")[0] == "Rubén Rocha Moya"


def test_extract_quotes_an_outlets_label_asks_the_questions(nlp_en):
    """'Sheriff X sat down with KGUN 9 ... KGUN: What are you seeing?': the station's reporter asks, no one named; a
    label the text writes as a name in running prose ("met with Dannels") still names its speaker."""
    text = ("Cochise County Sheriff Mark Dannels sat down with KGUN 9 to talk about smuggling routes. He met with "
            "Dannels' deputies later.\n\n"
            "KGUN: What are you seeing on the ground right now?\n\n"
            "DANNELS: Fewer crossings, but more sophisticated ones.\n\n"
            "KGUN: Do you get enough help from the federal government?\n\n"
            "DANNELS: We get help, but it comes and goes.")
    quotes = entities_and_quotes(nlp_en, text)[1]
    assert said(quotes, "What are you seeing") == (None, False)
    assert said(quotes, "Fewer crossings")[0] == "Mark Dannels"
