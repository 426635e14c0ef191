"""Interview and press-conference shapes on hand-written sentences: an interview whose questions stand plainly
alone on their lines (a page's text without the bold) and whose answers carry no quotation marks; a question a
reporter puts to someone at a press conference, which is no quote of the one asked."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_interview_with_plain_questions_and_unmarked_answers(nlp_es):
    quotes = quotes_of(nlp_es, "Por Ana Lucía Pérez\n\n"
                               "La fiscal Marta Elena Quintanilla dirige la unidad contra el lavado de dinero desde "
                               "2021. Conversamos con ella en su oficina de San Salvador.\n\n"
                               "¿Cuánto dinero mueven las redes de contrabando?\n\n"
                               "Calculamos que más de cien millones de dólares al año, sobre todo en efectivo.\n\n"
                               "¿Quién las protege?\n\n"
                               "Hay funcionarios de aduanas que cobran por dejar pasar los camiones.")
    assert said(quotes, "Calculamos que más") == ("Marta Elena Quintanilla", True)
    assert said(quotes, "Hay funcionarios de aduanas") == ("Marta Elena Quintanilla", True)
    assert said(quotes, "¿Quién las protege?") == (None, False)


def test_extract_quotes_english_interview_with_plain_questions(nlp_en):
    quotes = quotes_of(nlp_en, "Retired DEA agent Thomas Whitfield spent 20 years in Mexico. We spoke with him about "
                               "the fentanyl trade.\n\n"
                               "How have the cartels changed since you left?\n\n"
                               "They are far more decentralized. Small cells buy precursors and press pills.\n\n"
                               "Can extraditions make a difference?\n\n"
                               "Only if the money is followed as well.")
    assert said(quotes, "They are far more") == ("Thomas Whitfield", True)
    assert said(quotes, "Only if the money") == ("Thomas Whitfield", True)


def test_extract_quotes_plain_questions_without_an_interview_are_no_turns(nlp_en):
    """Plain questions over the writer's paragraphs in a text that says nothing of an interview: no answers."""
    quotes = quotes_of(nlp_en, "The Sinaloa cartel remains split, officials say.\n\n"
                               "Who leads the cartel now?\n\n"
                               "Two factions claim the leadership after the arrests of last year.\n\n"
                               "What happens next?\n\n"
                               "Analysts expect more violence in Culiacán.")
    assert not any(q.text.startswith("Two factions") for q in quotes)


def test_extract_quotes_a_reporters_question_is_no_quote_of_the_one_asked(nlp_es):
    quotes = quotes_of(nlp_es, "En conferencia de prensa, un periodista preguntó al vocero policial Julio Mendoza: "
                               "\"¿Será extraditado este mes?\". Mendoza respondió que eso lo decidirá la Corte Suprema.")
    assert said(quotes, "¿Será extraditado") == (None, False)
    assert said(quotes, "eso lo decidirá") == ("Julio Mendoza", True)


def test_extract_quotes_a_reporter_asked_in_english(nlp_en):
    quotes = quotes_of(nlp_en, "At the briefing, a reporter asked Sheriff Dana Whitley: \"Will the suspects face "
                               "federal charges?\" Whitley said that decision belonged to prosecutors.")
    assert said(quotes, "Will the suspects") == (None, False)


def test_extract_quotes_plain_questions_of_an_explainer_that_cites_an_interview_later(nlp_en):
    """An explainer's plain question headings, with 'said in an interview' only in its body: no interview turns."""
    quotes = quotes_of(nlp_en, "The Sinaloa cartel remains split after last year's arrests.\n\n"
                               "Who leads the cartel now?\n\n"
                               "Two factions claim the leadership of the organization.\n\n"
                               "What happens next?\n\n"
                               "Analysts expect more violence in Culiacán. Retired agent Mike Vigil said in an "
                               "interview that the war could last years.")
    assert not any(q.text.startswith(("Two factions", "Analysts expect")) for q in quotes)


def test_extract_quotes_a_state_office_unnamed_is_not_the_governor_before(nlp_es):
    """'La Fiscalía estatal informó que ...' after the governor spoke: the state's prosecutors, unnamed, not him."""
    quotes = quotes_of(nlp_es, "El gobernador de Durango, Esteban Villegas, dijo que la violencia ha disminuido.\n\n"
                               "La Fiscalía estatal informó que en esos hechos murieron cuatro personas.\n\n"
                               "La Fiscalía del estado informó que los cuerpos ya fueron identificados.")
    assert said(quotes, "la violencia ha") == ("Esteban Villegas", True)
    assert said(quotes, "en esos hechos") == ("La Fiscalía estatal", False)
    assert said(quotes, "los cuerpos ya") == ("La Fiscalía del estado", False)


def test_extract_quotes_the_press_reports_a_noun_object_es(nlp_es):
    quotes = quotes_of(nlp_es, "El alcalde Juan Pérez dijo que la situación está controlada.\n\n"
                               "Medios locales reportaron nuevos enfrentamientos en la sierra durante la madrugada.")
    assert said(quotes, "nuevos enfrentamientos") == ("Medios locales", False)


def test_extract_quotes_the_press_reports_a_noun_object_en_but_not_an_agency(nlp_en):
    """'Local media reported two more arrests': the press's report; 'The agency reported 40 arrests' states a
    figure, no words of the agency's."""
    quotes = quotes_of(nlp_en, "Sheriff Tom Reyes said the driver was arrested.\n\n"
                               "Local media reported two more arrests in Reynosa on Sunday.\n\n"
                               "The agency reported 40 arrests last year.")
    assert said(quotes, "two more arrests") == ("Local media", False)
    assert not any(q.text.startswith("40 arrests") for q in quotes)
