"""Quotes of round 33 on hand-written sentences: a spokesperson named after the official they speak for, a title with
a state's demonym opening the sentence before a quote, a relative clause of the medium before the clause said.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_quotes_a_spokesman_named_after_the_president_he_speaks_for(nlp_en):
    quotes = quotes_of(nlp_en, (
        "A spokesman for Honduran President Xiomara Castro, Marcos Villela, said the extradition treaty remains in "
        "force.\n\n"
        "A spokesperson for Castro said the president would travel to Tegucigalpa on Monday."))
    assert said(quotes, "the extradition treaty") == ("Marcos Villela", True)
    assert said(quotes, "the president would travel") == ("Xiomara Castro", True)


def test_quotes_a_spokeswoman_named_after_a_president_in_spanish_style_english(nlp_en):
    quotes = quotes_of(nlp_en, (
        "A spokeswoman for Colombian President Gustavo Petro, Ana Lucia Quintero, told reporters the talks would go on."))
    assert said(quotes, "the talks would go on") == ("Ana Lucia Quintero", True)


def test_quotes_a_state_demonym_opening_the_sentence_before_a_quote(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Los gobernadores de Zacatecas, David Monreal Ávila, y de Durango, Esteban Villegas Villarreal, firmaron un "
        "acuerdo de seguridad en Fresnillo.\n\n"
        "El mandatario duranguense visitó después la comunidad de Gómez Palacio. «No vamos a dejar sola a la gente», "
        "dijo."))
    assert said(quotes, "No vamos a dejar sola") == ("Esteban Villegas Villarreal", True)


def test_quotes_a_relative_of_the_press_conference_before_the_clause_said(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El secretario de Seguridad, Omar García Harfuch, aseguró en la rueda de prensa que se llevó a cabo este "
        "jueves que la investigación sigue abierta."))
    assert said(quotes, "la investigación sigue abierta") == ("Omar García Harfuch", True)
    assert not any(q.text.startswith("se llevó a cabo") for q in quotes)


def test_quotes_a_clause_with_its_own_subject_after_the_conference_stays_said(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El gobernador Samuel García dijo en la conferencia que la fiscalía ordenó que se revisen los videos."))
    assert said(quotes, "la fiscalía ordenó") == ("Samuel García", True)


def test_quotes_a_reported_clause_after_a_fronted_participle_starts_at_its_subject(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Speaking at a news conference Monday morning, Chief Joe Chacon said the suspect, a 19-year-old woman from "
        "Horizon City, was booked into the county jail."))
    assert said(quotes, "the suspect, a 19-year-old") == ("Joe Chacon", True)
    assert not any(q.text.startswith("Speaking at") for q in quotes)


INTERVIEW_ES = (
    "La fiscal de Chihuahua, Wendy Chávez Villanueva, conversó con este diario en Ciudad Juárez sobre las "
    "desapariciones en el estado.\n\n"
    "¿Por qué Ciudad Juárez sigue encabezando las desapariciones?\n\n"
    "«Tenemos registradas a más de 900, y cada caso tiene un agente asignado».\n\n"
    "¿Cuándo terminará Chihuahua de identificar los restos?\n\n"
    "«Seguimos trabajando con las madres buscadoras»."
)


def test_quotes_answers_after_questions_alone_on_their_lines(nlp_es):
    quotes = quotes_of(nlp_es, INTERVIEW_ES)
    assert said(quotes, "Tenemos registradas") == ("Wendy Chávez Villanueva", True)
    assert said(quotes, "Seguimos trabajando") == ("Wendy Chávez Villanueva", True)


def test_quotes_an_english_answer_after_a_question_alone_on_its_line(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Border Patrol Chief Michael Banks sat down with the Border Report at the Laredo sector headquarters.\n\n"
        "Why did Laredo see fewer crossings this year?\n\n"
        "\"Enforcement works, and the smugglers know the river is watched day and night.\""))
    assert said(quotes, "Enforcement works") == ("Michael Banks", True)


def test_quotes_a_seizure_inside_the_clause_a_communique_reports_is_no_attribution(nlp_es):
    quotes = quotes_of(nlp_es, (
        "En un comunicado, la FGR informó que, en coordinación con la Guardia Nacional, aseguró un campamento "
        "clandestino en el municipio de Badiraguato."))
    assert said(quotes, "en coordinación con la Guardia") == ("Fiscalía General de la República", True)
    assert not any(q.speaker and q.speaker.startswith("un campamento") for q in quotes)


def test_quotes_a_long_sentence_closed_by_a_name_and_told_is_that_name_s(nlp_en):
    quotes = quotes_of(nlp_en, (
        "SAN MARCOS, Texas — A man suspected of smuggling six migrants led Hays County deputies on a chase that reached "
        "100 mph on Interstate 35 before crashing near Kyle, Sheriff Anthony Hipolito told KVUE on Wednesday."))
    assert said(quotes, "A man suspected of smuggling") == ("Anthony Hipolito", True)


def test_quotes_a_name_set_off_by_commas_in_the_subject_stays_an_apposition(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The deputy who stopped the truck, Officer Ana Ruiz, told KSAT that the driver tried to run."))
    assert said(quotes, "the driver tried to run") == ("Ana Ruiz", True)
