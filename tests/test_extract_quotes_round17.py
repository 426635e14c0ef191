"""Quotes and speakers, round 17: a quote after a colon whose sentence is about someone's words ("El mensaje del
gobernador X fue claro: «...»"), a question whose verb of asking follows it after a sentence with another verb of
speech, "X called it “...”" before another speaker's "described it as", a description of the lede that a titled
person of the same paragraph does not fit, "on condition that he not be named", "el juzgador" for the judge named
before, and "a newspaper report said" (some outlet, not the subject before it)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_colon_after_a_noun_of_speech_es(nlp_es):
    """'El mensaje del gobernador X fue claro: "..."': the governor speaks."""
    text = ("Morelia, Mich., 9 de marzo de 2026.\n\n"
            "El mensaje del gobernador Alfredo Ramírez Bedolla fue claro: \"Ningún alcalde que pacte con la "
            "delincuencia tendrá nuestro respaldo\".")
    assert said(quotes_of(nlp_es, text), "Ningún alcalde") == ("Alfredo Ramírez Bedolla", True)


def test_extract_quotes_question_asked_after_another_speech_verb(nlp_es):
    """'El conductor insistió en el tema. "¿...?", preguntó X.': X asks, not "el conductor"."""
    text = ("En entrevista con Ciro Gómez Leyva, el secretario Omar García Harfuch negó acuerdos.\n\n"
            "El conductor insistió en el tema de las extradiciones. \"¿Habrá más envíos a Estados Unidos?\", "
            "preguntó Gómez Leyva.")
    assert said(quotes_of(nlp_es, text), "¿Habrá más") == ("Ciro Gómez Leyva", True)


def test_extract_quotes_called_it_before_another_speaker(nlp_en):
    """'Mexico's president called it “...” The ambassador, X, described it as “...”': the first quote is the
    president's (unnamed here), not the ambassador's."""
    text = ("The framework was billed as a turning point. Mexico's president called it \"a new stage of "
            "cooperation without subordination.\" The U.S. ambassador, Ronald Johnson, described it as \"the most "
            "ambitious agreement in a generation.\"")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "a new stage") == ("Mexico's president", False)
    assert said(quotes, "the most ambitious") == ("Ronald Johnson", True)


def test_extract_quotes_on_condition_is_no_statement(nlp_en):
    """'..., a Homeland Security official told me, on condition that he not be named.': no quote of the condition."""
    text = "\"We are seeing less fentanyl,\" a Homeland Security official told me in Washington, on condition that he not be named."
    quotes = quotes_of(nlp_en, text)
    assert not any("named" in q.text for q in quotes)
    assert said(quotes, "We are seeing") == ("a Homeland Security official", False)


def test_extract_quotes_juzgador_is_the_judge(nlp_es):
    """'El juez X le preguntó ... Al resolver, el juzgador señaló que ...': the judge named before."""
    text = ("La fiscal Adriana Morales expuso los datos de prueba.\n\n"
            "El juez Arturo Cedillo Ramírez le preguntó al exalcalde si deseaba declarar.\n\n"
            "Al resolver, el juzgador señaló que los testimonios coinciden en tiempo, modo y lugar.")
    assert said(quotes_of(nlp_es, text), "los testimonios") == ("Arturo Cedillo Ramírez", True)


def test_extract_quotes_newspaper_report_is_no_one_named(nlp_en):
    """'The United States and Mexico issued statements after a newspaper report said ...': some outlet's claim."""
    text = ("The United States and Mexico issued dueling statements on Wednesday after a newspaper report said U.S. "
            "officials had discussed drone strikes against cartel laboratories.")
    assert said(quotes_of(nlp_en, text), "U.S. officials had") == ("a newspaper report", False)


def test_extract_quotes_postura_colon_is_the_body(nlp_es):
    """'La postura del Departamento de Estado fue más cauta: "..."' after a minister spoke: the department's words."""
    text = ("El canciller Juan Ramón de la Fuente minimizó la diferencia. \"Lo importante es que hay resultados\", dijo.\n\n"
            "La postura del Departamento de Estado fue más cauta: \"Seguimos trabajando con nuestros socios mexicanos\".")
    speaker, has_id = said(quotes_of(nlp_es, text), "Seguimos trabajando")
    assert has_id and "Juan Ramón" not in speaker


def test_extract_quotes_dash_turn_narration_is_no_quote(nlp_es):
    """'—Yo no di ninguna orden —dijo el exmilitar cuando el juez le concedió la palabra.': the narration after the
    verb is no reported quote."""
    text = ("El capitán retirado José Martínez Crespo negó los hechos.\n\n"
            "—Yo no di ninguna orden esa noche —dijo el exmilitar cuando el juez le concedió la palabra.")
    quotes = quotes_of(nlp_es, text)
    assert not any(q.text.startswith("el exmilitar") for q in quotes)


def test_extract_quotes_short_quote_after_said_colon_is_direct(nlp_es):
    """'El imputado se limitó a decir: "Soy inocente".': a direct quote of two words, not a reported clause in marks."""
    text = "En la audiencia, el imputado Jorge Armando Valdez se limitó a decir: \"Soy inocente\"."
    quotes = [q for q in quotes_of(nlp_es, text) if "inocente" in q.text]
    assert len(quotes) == 1 and quotes[0].direct and quotes[0].text == "Soy inocente"


def test_extract_quotes_short_quote_carrying_on_after_said(nlp_en):
    """'"He received a suitcase every month," the witness, X, testified. "Sometimes two."': the witness's too."""
    text = ("\"He received a suitcase every month,\" the witness, Sergio Villarreal, testified. \"Sometimes two.\"\n\n"
            "The trial resumes Wednesday.")
    assert said(quotes_of(nlp_en, text), "Sometimes two") == ("Sergio Villarreal", True)
