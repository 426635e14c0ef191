"""Quotes and speakers, round 21: a speech verb's form used as a noun ("en su cuenta de X" is an account, not
"cuenta que"), a clause after a locution of time or concession ("minutos después de que ...") that states no words,
and a prosecutor's case file as a source ("según la carpeta de investigación": no one named)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_account_noun_is_no_speech_verb_es(nlp_es):
    """'respondió en su cuenta de X ..., ya que ...', 'tiene una cuenta de X que usa ...': "cuenta" with its article or
    possessive is an account; no reported clause follows it."""
    for text in ("La alcaldesa Rosa Icela Ruiz respondió en su cuenta de X a las críticas, ya que el ataque ocurrió a "
                 "pocas cuadras del palacio municipal.",
                 "El gobernador Samuel García tiene una cuenta de X que usa para informar sobre los operativos."):
        assert not [q for q in quotes_of(nlp_es, text) if q.text.startswith(("el ataque", "usa para"))], text


def test_extract_quotes_clause_after_despues_de_que_is_no_statement_es(nlp_es):
    """'publicó un mensaje, horas después de que se confirmara ...', 'lo escribió ..., antes de que se conociera ...':
    the clause after the locution is when it happened, not what was said; after "dijo que" it is part of it."""
    for text in ("La gobernadora Evelyn Salgado publicó un mensaje, horas después de que se confirmara la muerte del "
                 "edil.",
                 "El diputado Ricardo Monreal lo escribió en redes sociales, antes de que se conociera el resultado de "
                 "la votación."):
        assert not [q for q in quotes_of(nlp_es, text) if q.text.startswith("se ")], text
    # the "que" right after the verb opens what was said, the locution inside it
    text = "El alcalde Juan Pérez dijo que, a pesar de que llegó la Guardia Nacional, la violencia sigue."
    assert said(quotes_of(nlp_es, text), "a pesar de que") == ("Juan Pérez", True)


def test_extract_quotes_case_file_names_no_one_es(nlp_es):
    """'El fiscal X dijo ... Según la carpeta de investigación, ...': the case file is no one the story names."""
    text = ("El fiscal Zipacná Torres dijo que habrá detenidos en los próximos días. Según la carpeta de investigación, "
            "el vehículo fue interceptado en la carretera federal.")
    assert said(quotes_of(nlp_es, text), "el vehículo fue")[1] is False


def test_extract_quotes_court_paper_of_a_country_names_no_one_en(nlp_en):
    """'..., the Attorney General's Office said. According to a U.S. indictment unsealed last year, ...': an
    indictment of a country is no one named, not the office that spoke before."""
    text = ("Mexican authorities arrested a man wanted on fentanyl charges, the Attorney General's Office said on "
            "Tuesday. According to a U.S. indictment unsealed last year, he oversaw shipments of pills hidden in car "
            "batteries.")
    assert said(quotes_of(nlp_en, text), "he oversaw")[1] is False


def test_extract_quotes_judged_as_a_quoted_phrase_inside_the_sentence(nlp_en, nlp_es):
    """'calificó el ataque como «...» y pidió', 'calificó de “...” la propuesta', 'described the plan as "..." on
    Monday': the phrase is the speaker's words though the sentence goes on after it; a name "known as" stays none."""
    es = ("La gobernadora Evelyn Salgado calificó el ataque como «un acto de cobardía» y pidió calma. El senador Ricardo "
          "Monreal calificó de “una burla” la propuesta del gobierno estadounidense. El grupo, conocido como «Los "
          "Chapitos», opera en Culiacán.")
    quotes = quotes_of(nlp_es, es)
    assert said(quotes, "un acto de cobardía") == ("Evelyn Salgado", True)
    assert said(quotes, "una burla") == ("Ricardo Monreal", True)
    assert not [q for q in quotes if q.text.startswith("Los Chapitos")]
    en = "President Claudia Sheinbaum described the plan as \"totally unacceptable\" on Monday."
    assert said(quotes_of(nlp_en, en), "totally unacceptable") == ("Claudia Sheinbaum", True)


def test_extract_quotes_words_named_in_the_next_paragraph_en(nlp_en):
    """'“...”' as a paragraph of its own, then 'Those were the words of Sinaloa Gov. X on Monday': X's, the next
    paragraph naming him after "Gov." (no sentence end)."""
    text = ("CULIACÁN, Mexico (AP) — \"We are not going to negotiate with criminals, not now and not ever.\"\n\n"
            "Those were the words of Sinaloa Gov. Rubén Rocha Moya on Monday, a day after gunmen torched a dozen "
            "vehicles on the highway.")
    assert said(quotes_of(nlp_en, text), "We are not going") == ("Rubén Rocha Moya", True)


def test_extract_quotes_described_topic_never_the_one_its_sentence_names_after_es(nlp_es):
    """'El gobernador X ... El mandatario (estatal) criticó al presidente Trump ... «...», aseveró': the governor, not
    the president the sentence names after the description; "el mandatario estadounidense" is still Trump."""
    for lead in ("El mandatario estatal", "El mandatario"):
        text = ("El gobernador Rubén Rocha Moya inauguró la sesión del Consejo Estatal de Seguridad.\n\n"
                f"{lead} criticó al presidente estadounidense Donald Trump por sus amenazas de intervenir en el país. "
                "«Aquí los problemas los resolvemos los mexicanos», aseveró.")
        assert said(quotes_of(nlp_es, text), "Aquí los problemas") == ("Rubén Rocha Moya", True), lead
    text = ("El gobernador Rubén Rocha Moya se reunió con el presidente Donald Trump en la frontera.\n\n"
            "El mandatario estadounidense criticó a los cárteles. «Son terroristas y los vamos a tratar como tales», "
            "aseveró.")
    assert said(quotes_of(nlp_es, text), "Son terroristas") == ("Donald Trump", True)


def test_extract_quotes_name_apposed_to_one_of_several_speaks(nlp_en, nlp_es):
    """'One of the banks, CIBanco, wrote on X that ...', 'Una de las instituciones, X, aseguró que ...': the one
    named, not an unnamed member of a group."""
    en = ("Mexico's Finance Ministry said it had not received evidence. One of the banks, CIBanco, wrote on X that it "
          "\"categorically rejects\" the accusations.")
    assert said(quotes_of(nlp_en, en), "it \"categorically") == ("CIBanco", True)
    es = ("Hacienda dijo que no recibió pruebas. Una de las instituciones, Vector Casa de Bolsa, aseguró en un comunicado "
          "que siempre ha cumplido con la ley.")
    assert said(quotes_of(nlp_es, es), "siempre ha cumplido") == ("Vector Casa de Bolsa", True)


def test_extract_quotes_clause_without_that_before_a_nouns_that_en(nlp_en):
    """'has said her government will not accept ..., after reports that Washington was ...': what she said opens
    after the verb, not at the "that" of "reports"."""
    text = ("Mexico’s president, Claudia Sheinbaum, has said her government will not accept US troops on Mexican soil, "
            "after reports that Washington was considering drone strikes on cartel laboratories.")
    assert said(quotes_of(nlp_en, text), "her government will not") == ("Claudia Sheinbaum", True)
