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
