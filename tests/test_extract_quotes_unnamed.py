"""Quotes of round 7 on hand-written sentences and pages: impersonal reports ("Se informó que", "It was
reported that"), anonymity formulas, unnamed sources after a named one, interviews labelled with the outlet.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said

# --- impersonal reports --------------------------------------------------------------------------

IMPERSONAL_ES = (
    "El secretario de Marina, Raymundo Morales Ángeles, encabezó el recorrido por el laboratorio de Tamazula.\n\n"
    "Se detalló que en el lugar se localizaron 40 reactores y tanques de almacenamiento.\n\n"
    "Se informó que no hubo personas detenidas, ya que los responsables huyeron antes de la llegada de las tropas."
)

IMPERSONAL_BODY_ES = (
    "En un comunicado, la Fiscalía General de la República informó que el detenido fue trasladado a la capital. "
    "Se detalló que el detenido contaba con una orden de aprehensión por secuestro."
)

IMPERSONAL_EN = (
    "The State Department said on Monday that the talks with Mexico would continue in January.\n\n"
    "Mexico's ambassador, Esteban Moctezuma, said in an interview that his government had not been informed.\n\n"
    "It was reported last week that CIA drones had flown surveillance missions over Sinaloa."
)


def test_extract_quotes_spanish_impersonal_report_is_no_one_named_before(nlp_es):
    quotes = quotes_of(nlp_es, IMPERSONAL_ES)
    assert said(quotes, "en el lugar se localizaron") == (None, False)
    assert said(quotes, "no hubo personas detenidas") == (None, False)


def test_extract_quotes_spanish_impersonal_report_is_the_body_of_its_paragraph(nlp_es):
    quotes = quotes_of(nlp_es, IMPERSONAL_BODY_ES)
    assert said(quotes, "el detenido contaba")[0] == "Fiscalía General de la República"


def test_extract_quotes_english_it_was_reported_is_no_one(nlp_en):
    quotes = quotes_of(nlp_en, IMPERSONAL_EN)
    assert said(quotes, "his government had not")[0] == "Esteban Moctezuma"
    assert said(quotes, "CIA drones had flown") == (None, False)


# --- anonymity formulas --------------------------------------------------------------------------

ANONYMOUS_EN = (
    "Rosa Elena Treviño has searched for her husband since 2024. Rosa Elena Treviño asked that her address not be "
    "published, and that her son's name not be used because the men who took him still patrol the area.\n\n"
    "Her neighbour, a 61-year-old retired teacher who also asked not to be identified, said the police never came "
    "to the house.\n\n"
    "\"I called the emergency number 20 times,\" he said. \"Nobody answered.\"\n\n"
    "Esteban Moctezuma said in an interview that his government had not been informed of any plans.\n\n"
    "Another person familiar with the matter, speaking on the condition of anonymity because the discussions are "
    "classified, said no strike had been authorized by the president."
)

FAMILY_EN = (
    "Attorney Ricardo Garza said the family would sue the gun dealer in Houston.\n\n"
    "The family, who asked that their names not be published because they fear reprisals, said they had received "
    "no information from the state prosecutors.\n\n"
    "The state prosecutor's office said in a news release that three suspects had been detained. The office "
    "said it was cooperating with U.S. consular officials."
)


def test_extract_quotes_request_for_anonymity_is_no_statement(nlp_en):
    quotes = quotes_of(nlp_en, ANONYMOUS_EN)
    assert not any("name not be used" in q.text or "not be published" in q.text for q in quotes)


def test_extract_quotes_unnamed_source_after_a_named_one_stays_unnamed(nlp_en):
    quotes = quotes_of(nlp_en, ANONYMOUS_EN)
    assert said(quotes, "the police never came")[1] is False
    assert said(quotes, "I called the emergency")[1] is False  # "he": the neighbour, not Rosa
    assert said(quotes, "no strike had been authorized")[1] is False  # "Another person ...", not Moctezuma


def test_extract_quotes_family_and_office_unnamed_stay_unnamed(nlp_en):
    quotes = quotes_of(nlp_en, FAMILY_EN)
    assert said(quotes, "they had received no information")[1] is False
    assert not any(q.text.startswith("their names") for q in quotes)
    assert said(quotes, "it was cooperating")[1] is False  # "The office": the unnamed office, not a body before


# --- an interview labelled with the outlet -------------------------------------------------------

LABELLED_ES = (
    "Esteban Moctezuma Barragán, embajador de México en Estados Unidos, recibió a EL UNIVERSAL en la sede "
    "diplomática.\n\n"
    "EL UNIVERSAL: ¿Cómo está la relación bilateral en materia de seguridad?\n\n"
    "Esteban Moctezuma: Está en uno de sus mejores momentos. Hay resultados que se pueden medir.\n\n"
    "EL UNIVERSAL: ¿Qué ha pedido México sobre el tráfico de armas?\n\n"
    "Esteban Moctezuma: Que se revisen las ventas en las armerías de Texas y Arizona."
)


def test_extract_quotes_outlet_label_asks_and_full_name_label_answers(nlp_es):
    quotes = quotes_of(nlp_es, LABELLED_ES)
    assert said(quotes, "¿Cómo está la relación") == (None, False)
    assert said(quotes, "¿Qué ha pedido México") == (None, False)
    assert said(quotes, "Está en uno de sus mejores")[0] == "Esteban Moctezuma Barragán"
    assert said(quotes, "Que se revisen las ventas")[0] == "Esteban Moctezuma Barragán"


# --- court hearings ----------------------------------------------------------------------------

HEARING_ES = (
    "El acusado, Ismael Zambada Sicairos, respondió a las preguntas a través de una intérprete.\n\n"
    "“¿Entiende usted los cargos en su contra?”, le preguntó el juez federal Brian Cogan.\n\n"
    "“Sí, señor juez”, respondió Zambada Sicairos.\n\n"
    "“Me declaro culpable”, dijo después en español, con voz baja, según la traducción de la intérprete."
)

HEARING_EN = (
    "Óscar Manuel Gastélum Iribe pleaded guilty on Thursday in federal court in Chicago.\n\n"
    "Gastélum Iribe's attorney, Gal Pissetzky, said outside the courthouse that his client had accepted "
    "responsibility."
)


def test_extract_quotes_judge_named_after_asking_verb_asks(nlp_es):
    quotes = quotes_of(nlp_es, HEARING_ES)
    assert said(quotes, "¿Entiende usted")[0] == "Brian Cogan"
    # the interpreter's frame does not swallow the quote and its verb
    assert said(quotes, "Me declaro culpable")[0] == "Ismael Zambada Sicairos"
    assert not any(q.text.startswith("“Me declaro") for q in quotes)


def test_extract_quotes_attorney_apposed_to_a_possessor_speaks(nlp_en):
    assert said(quotes_of(nlp_en, HEARING_EN), "his client had accepted")[0] == "Gal Pissetzky"


# --- frames and phrases ------------------------------------------------------------------------

def test_extract_quotes_bare_noun_apposition_is_no_part_of_the_claim(nlp_es):
    text = "Para el analista David Saucedo, consultor en seguridad, la petición pone a prueba la soberanía del país."
    assert said(quotes_of(nlp_es, text), "la petición pone")[0] == "David Saucedo"


def test_extract_quotes_impersonal_speech_phrase_is_no_one_named_before(nlp_es):
    text = ("Horas más tarde, el gobernador Esteban Villegas agradeció el apoyo federal a los marinos.\n\n"
            "Se dio a conocer que el material asegurado quedó a disposición del Ministerio Público.")
    assert said(quotes_of(nlp_es, text), "el material asegurado") == (None, False)


# --- joint communiqués, bodies by their common names, groups ------------------------------------

JOINT_ES = (
    "Los gobiernos acordaron crear un grupo bilateral contra el tráfico de armas, informaron en un comunicado "
    "conjunto la Secretaría de Relaciones Exteriores (SRE) y el Departamento de Estado.\n\n"
    "“Ambos gobiernos reafirman su compromiso con la responsabilidad compartida”, señala el documento.\n\n"
    "En tanto, el secretario de Seguridad, Omar García Harfuch, detalló que este año se aseguraron 6 mil armas.\n\n"
    "De acuerdo con la cancillería, el grupo estará encabezado por subsecretarios de ambos países."
)


def test_extract_quotes_two_bodies_of_a_joint_communique_make_a_joint_statement(nlp_es):
    quotes = quotes_of(nlp_es, JOINT_ES)
    assert "statement" in (said(quotes, "Los gobiernos acordaron")[0] or "")
    assert "statement" in (said(quotes, "Ambos gobiernos reafirman")[0] or "")


def test_extract_quotes_a_body_by_its_common_name_in_a_frame(nlp_es):
    # "la cancillería" is the Secretaría de Relaciones Exteriores, not the last person who spoke
    assert said(quotes_of(nlp_es, JOINT_ES), "el grupo estará encabezado")[0] == "Secretaría de Relaciones Exteriores"


def test_extract_quotes_joint_communique_said(nlp_en):
    text = ('"Both governments reaffirm their commitment to shared responsibility," the joint communique said. '
            "The statement said the two sides would share ballistic information in real time.")
    quotes = quotes_of(nlp_en, text)
    assert "statement" in (said(quotes, "Both governments")[0] or "")
    assert "statement" in (said(quotes, "the two sides would share")[0] or "")


def test_extract_quotes_sentence_opening_plural_is_a_group(nlp_es):
    text = ("En un comunicado, la Fiscalía General de la República detalló que el detenido fue trasladado a la "
            "capital.\n\nUsuarios en redes sociales cuestionaron que el operativo se realizara a plena luz del día.")
    assert said(quotes_of(nlp_es, text), "el operativo se realizara")[1] is False


def test_extract_quotes_report_of_the_body_that_spoke_since_the_last_subject(nlp_es):
    text = ("Marinos desmantelaron un laboratorio clandestino en Tamazula, informó el Gabinete de Seguridad.\n\n"
            "El secretario de Marina, Raymundo Morales Ángeles, encabezó el recorrido por el laboratorio.\n\n"
            "La dependencia precisó que el laboratorio producía hasta 500 kilos de droga por semana.\n\n"
            "De acuerdo con el reporte, el aseguramiento representa una afectación de 3 mil millones de pesos.")
    assert said(quotes_of(nlp_es, text), "el aseguramiento representa")[0] == "Gabinete de Seguridad"


# --- headlines, testimonies, descriptions of a public office -------------------------------------

def test_extract_quotes_headline_quote_then_colon_and_speaker(nlp_es):
    text = ("“No vamos a permitir ninguna intervención”: Sheinbaum\n\n"
            "La presidenta Claudia Sheinbaum habló en su conferencia matutina sobre la relación con Estados Unidos.")
    assert said(quotes_of(nlp_es, text), "No vamos a permitir")[0] == "Claudia Sheinbaum"
    text = ("“Sin control de armas no hay acuerdo que funcione”: embajador\n\n"
            "El embajador de México en Washington, Esteban Moctezuma Barragán, habló con este diario.")
    assert said(quotes_of(nlp_es, text), "Sin control de armas")[0] == "Esteban Moctezuma Barragán"


def test_extract_quotes_naming_word_of_the_sentence_before_names_nothing(nlp_es):
    text = ("Una tercera madre, de 54 años, asegura que la policía municipal nunca respondió a sus llamadas. "
            "“Aquí la autoridad no existe”, afirma.")
    quote = next(q for q in quotes_of(nlp_es, text) if "la autoridad no existe" in q.text)
    assert quote.direct and quote.text == "Aquí la autoridad no existe"


def test_extract_quotes_public_office_description_is_no_party(nlp_es):
    text = ("La dirigencia estatal del Partido Acción Nacional señaló en un comunicado que el mensaje no aclara nada.\n\n"
            "Se informó que la Fiscalía General de la República abrió una carpeta de investigación desde octubre. "
            "Consultada por este diario, la dependencia federal informó que no daría detalles sobre el caso.")
    assert said(quotes_of(nlp_es, text), "no daría detalles")[0] == "Fiscalía General de la República"


# --- statements read on someone's behalf, posts quoted whole -------------------------------------

def test_extract_quotes_statement_read_on_his_behalf_is_his(nlp_en):
    text = ("Drug Enforcement Administration Administrator Terrance Cole did not attend the ceremony. Instead, Deputy "
            "Administrator Robert Murphy read a statement on his behalf.\n\n"
            "\"We will finish the job we started against the Sinaloa cartel,\" the statement said.\n\n"
            "Murphy then spoke in his own words. \"They gave everything,\" he said.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "We will finish the job")[0] == "Terrance Cole"
    assert said(quotes, "They gave everything")[0] == "Robert Murphy"


def test_extract_quotes_post_quoted_whole_keeps_no_marks(nlp_es):
    text = ("El senador Gerardo Fernández Noroña le respondió minutos después:\n\n"
            "“Con todo respeto, compañero, la prisa la tienen las víctimas. Cada día sin reforma son más armas.”\n\n"
            "— Gerardo Fernández Noroña (@fernandeznorona) 4 de diciembre de 2026")
    quote = next(q for q in quotes_of(nlp_es, text) if "la prisa la tienen" in q.text)
    assert quote.text.startswith("Con todo respeto") and quote.text.endswith("más armas.")


def test_extract_quotes_she_is_no_group_of_the_headline(nlp_en):
    text = ("'They took him from the car': families of Tamaulipas disappeared speak out\n\n"
            "For two years, a woman we will call Rosa has driven the same stretch of highway outside Reynosa, looking "
            "for any sign of her husband.\n\n"
            "\"They took him from the car in front of me. They didn't even cover their faces,\" she said.")
    speaker = said(quotes_of(nlp_en, text), "They took him from the car in front")[0]
    assert "famil" not in (speaker or "")


# --- circumstances, narration after an interview -------------------------------------------------

def test_extract_quotes_adjective_of_a_circumstance_is_no_subject(nlp_es):
    text = ("La fiscal general, Ernestina Godoy, se negó a confirmar la información. "
            "“No voy a adelantar nada”, respondió a pregunta expresa.")
    assert said(quotes_of(nlp_es, text), "No voy a adelantar")[0] == "Ernestina Godoy"


QA_THEN_NARRATION_ES = (
    "Entrevista | “El huachicol fiscal es el negocio más rentable del crimen”: exfuncionario del SAT\n\n"
    "Ariel Ramírez Cuevas fue administrador de fiscalización aduanera del SAT hasta 2024.\n\n"
    "P: ¿De qué tamaño es el problema del huachicol fiscal?\n\n"
    "R: Enorme. Estimamos pérdidas de más de 170 mil millones de pesos al año.\n\n"
    "P: ¿Ha funcionado la militarización de las aduanas?\n\n"
    "R: En algunos puertos sí. Pero sin inteligencia financiera, los militares sólo cambian de lugar el problema.\n\n"
    "Un funcionario de la Agencia Nacional de Aduanas, que pidió no ser identificado, dijo que las revisiones se han "
    "duplicado desde enero."
)


def test_extract_quotes_narration_after_the_last_answer_is_no_answer(nlp_es):
    quotes = quotes_of(nlp_es, QA_THEN_NARRATION_ES)
    assert said(quotes, "En algunos puertos")[0] == "Ariel Ramírez Cuevas"
    assert not any("revisiones" in q.text for q in quotes if q.text.startswith("En algunos puertos"))
    assert said(quotes, "las revisiones se han duplicado")[1] is False


def test_extract_quotes_headline_after_a_kicker(nlp_es):
    assert said(quotes_of(nlp_es, QA_THEN_NARRATION_ES), "El huachicol fiscal")[0] == "Ariel Ramírez Cuevas"


def test_extract_quotes_unnamed_prosecutor_is_not_the_accused(nlp_es, nlp_en):
    text = ("Ismael Zambada Sicairos se declaró culpable este jueves ante una corte federal de Brooklyn. “Me declaro "
            "culpable”, dijo el acusado.\n\nEl fiscal puntualizó que solicitará una pena menor a la perpetuidad si el "
            "acusado coopera con la justicia.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Me declaro culpable")[0] == "Ismael Zambada Sicairos"
    assert said(quotes, "solicitará una pena menor")[1] is False
    text = ("Ismael Zambada Sicairos pleaded guilty on Thursday in Brooklyn. \"I plead guilty,\" the defendant said.\n\n"
            "The prosecutor said the government would seek a lighter sentence if he cooperates with investigators.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "I plead guilty")[0] == "Ismael Zambada Sicairos"
    assert said(quotes, "the government would seek")[1] is False


def test_extract_quotes_the_statement_is_the_joint_one_introduced_before(nlp_en):
    text = ("The United States and Mexico agreed on Thursday to step up joint investigations, according to a joint "
            "statement issued after a meeting in Mexico City.\n\n"
            "Mexico's security minister, Omar Garcia Harfuch, said Mexican forces had seized more than 6,000 weapons "
            "this year.\n\n"
            "It was also agreed that the group would meet again in February in Washington, the statement said.")
    speaker = said(quotes_of(nlp_en, text), "It was also agreed")
    assert speaker[1] is False and "statement" in (speaker[0] or "")


def test_quotes_an_unnamed_source_described_by_a_job_at_an_agency_has_no_speaker_id(nlp_en, nlp_es):
    en = quotes_of(nlp_en, '"We see the same stores, the same buyers, again and again," said a former ATF supervisor '
                           'who asked not to be named.')
    assert said(en, "We see the same stores")[1] is False
    es = quotes_of(nlp_es, '"Vemos las mismas tiendas una y otra vez", dijo un exempleado de la FGR.')
    assert said(es, "Vemos las mismas tiendas")[1] is False
    # the agency's named official speaks for himself
    named = quotes_of(nlp_en, '"We will find them," said ATF Director Ana Roe.')
    assert said(named, "We will find them") == ("Ana Roe", True)


def test_quotes_a_lawyer_named_again_by_the_trade(nlp_es):
    quotes = quotes_of(nlp_es, "La defensa del exfuncionario, a cargo del abogado Juan Pablo Hernández de la Garza, "
                               "anunció que promoverá un amparo.\n\n\"Mi cliente es inocente y lo vamos a demostrar\", "
                               "declaró el litigante a las afueras del Centro de Justicia Penal.")
    assert said(quotes, "Mi cliente es inocente") == ("Juan Pablo Hernández de la Garza", True)


def test_extract_quotes_a_request_to_withhold_a_surname_is_no_statement(nlp_en, nlp_es):
    en = quotes_of(nlp_en, "The gunmen came at night, said Rosa, a mother of three who asked that her surname not be "
                           "published.")
    assert not any("not be published" in q.text for q in en)
    es = quotes_of(nlp_es, "La mujer, que pidió que su apellido no fuera publicado, dijo que el grupo armado llegó "
                           "de noche.")
    assert not any("no fuera publicado" in q.text for q in es)
