"""Quotes and speakers, round 14: sentencing hearings and trials where the speaker is only a title ("señaló la
fiscal", "the judge") or a relative ("The mother of a victim also spoke. “...,” she said"), a subject-less verb after
the narration turned to someone unnamed ("La jueza ordenó un receso. Antes, advirtió: «...»"), a job noun after a body
spoke ("El mando militar de la zona indicó"), and titles no one in the story holds ("expresó el edil", "El congresista
escribió en X que", a headline "«...»: alcalde de X responde" with a governor named below)."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_a_title_no_one_holds_with_no_person_named_is_unnamed(nlp_es):
    """'señaló la fiscal' in a story that names no person: the prosecutor, unnamed, never no speaker at all."""
    text = ("Condenan a exjefe de plaza en Coahuila\n\n"
            "Saltillo, Coah.- Un juez federal dictó sentencia por secuestro agravado.\n\n"
            "\"Se trata de una persona peligrosa\", señaló la fiscal ante el tribunal.\n\n"
            "El juez de distrito explicó que la pena se fijó con base en la gravedad de los hechos.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Se trata") == ("la fiscal", False)
    assert said(quotes, "la pena se fijó") == ("El juez de distrito", False)


def test_extract_quotes_a_relative_the_narration_turns_to_speaks_as_she(nlp_en):
    """'The mother of a victim also spoke. “...,” she said' after a named prosecutor: the mother, unnamed."""
    text = ("Cartel lieutenant sentenced in Chicago\n\n"
            "CHICAGO — A former cartel lieutenant was sentenced Tuesday to 30 years.\n\n"
            "\"The defendant chose this life,\" the prosecutor, Erika Lang, said.\n\n"
            "The mother of a 19-year-old who died of an overdose also spoke. \"My son is not coming back,\" she said.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "The defendant") == ("Erika Lang", True)
    assert said(quotes, "My son") == ("The mother of a 19-year-old who died of an overdose", False)


def test_extract_quotes_subjectless_verb_after_an_unnamed_actor_is_theirs(nlp_es):
    """'La jueza ordenó un receso. «...», advirtió.': the judge the narration turned to, not the lawyer quoted before."""
    text = ("Testigo acusa a exalcalde\n\n"
            "Guadalajara, Jal.- Un testigo protegido declaró este jueves ante un tribunal.\n\n"
            "\"Mi cliente nunca tuvo contacto con esa organización\", aseguró el abogado Raúl Esparza.\n\n"
            "La jueza ordenó un receso hasta el lunes. \"No permitiré filtraciones a la prensa\", advirtió.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Mi cliente") == ("Raúl Esparza", True)
    assert said(quotes, "No permitiré") == ("La jueza", False)


def test_extract_quotes_a_job_noun_after_a_body_spoke_is_someone_unnamed(nlp_es):
    """'La Mesa de Seguridad informó ... El mando militar de la zona indicó': an officer, not the body."""
    text = ("Abaten a cuatro en Celaya\n\n"
            "Celaya, Gto.- Cuatro presuntos delincuentes murieron tras un enfrentamiento.\n\n"
            "La Mesa de Seguridad informó que los militares fueron atacados.\n\n"
            "El mando militar de la zona indicó que el soldado herido se encuentra estable.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "el soldado herido") == ("El mando militar de la zona", False)
    spokesperson = text.replace("La Mesa de Seguridad informó", "El vocero de la Mesa de Seguridad detalló")
    assert said(quotes_of(nlp_es, spokesperson), "el soldado herido") == ("El mando militar de la zona", False)


def test_extract_quotes_titles_the_named_governor_does_not_hold_are_unnamed(nlp_es):
    """A mayor ('alcalde', 'el edil') and a congressman no one in the story is named as are not the governor named."""
    text = ("\"Que no vengan\": alcalde de Culiacán responde a EU\n\n"
            "Culiacán, Sin.- El presidente municipal respondió este martes a un congresista estadounidense.\n\n"
            "\"Aquí las soluciones las ponemos los sinaloenses\", expresó el edil en rueda de prensa.\n\n"
            "El congresista había escrito en X que \"los cárteles controlan Sinaloa\".\n\n"
            "El gobernador Rubén Rocha Moya se limitó a decir: \"Respeto la opinión, pero no la comparto\".")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Que no vengan") == ("alcalde de Culiacán", False)
    assert said(quotes, "Aquí las soluciones") == ("el edil", False)
    assert said(quotes, "los cárteles") == ("El congresista", False)
    assert said(quotes, "Respeto la opinión") == ("Rubén Rocha Moya", True)


def test_extract_quotes_a_quote_opened_by_que_is_that_verbs_not_the_recollections(nlp_es, nlp_en):
    """'Un agente le dijo a la familia que “...”, recuerda María': the officer's words, María only recalls them."""
    es = ("Madre busca a su hijo en Tamaulipas\n\n"
          "Reynosa, Tamps.- María López lleva tres años buscando a su hijo Juan.\n\n"
          "Un agente le dijo a la familia que \"ya no lo busquen\", recuerda María.")
    assert said(quotes_of(nlp_es, es), "ya no lo busquen") == ("Un agente", False)
    en = ("Mother searches for son\n\n"
          "REYNOSA, Mexico — Maria Lopez has searched for her son Juan for three years.\n\n"
          "An officer told the family that \"there is nothing more to do,\" she recalls.")
    assert said(quotes_of(nlp_en, en), "there is nothing") == ("An officer", False)


def test_extract_quotes_two_people_named_together_make_a_joint_statement(nlp_es):
    """'«...», dicen Sheinbaum y Trump': both speak, not the first one alone; one named alone after speaks alone."""
    text = ("\"Seguiremos cooperando\", dicen Sheinbaum y Trump tras llamada\n\n"
            "Washington.- Claudia Sheinbaum y Donald Trump hablaron por teléfono este lunes.\n\n"
            "\"Fue una buena llamada\", dijo Trump.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Seguiremos") == ("joint statement: Sheinbaum y Trump", False)
    assert said(quotes, "Fue una buena") == ("Donald Trump", True)


def test_extract_quotes_a_police_report_is_no_speakers_document(nlp_es, nlp_en):
    """'Según el reporte policial, ...' after the governor spoke: an unnamed record, never the governor's."""
    es = ("Detienen a jefe de célula en Fresnillo\n\n"
          "Zacatecas, Zac.- \"No vamos a permitir más violencia\", aseguró el gobernador David Monreal.\n\n"
          "Según el reporte policial, al detenido se le aseguró un arma corta.")
    assert said(quotes_of(nlp_es, es), "al detenido") == ("el reporte policial", False)
    en = ("Arrest in Laredo\n\n"
          "LAREDO — \"Good work,\" Mayor John Smith said.\n\n"
          "According to the police report, the man was arrested at a traffic stop.")
    assert said(quotes_of(nlp_en, en), "the man was arrested") == ("the police report", False)
