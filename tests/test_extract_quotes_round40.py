"""Quotes of round 40 on hand-written sentences: a post quoted after "en su cuenta de X." (the sentence ends at the
handle's stop), a contact relative clause ("three firms it said help the cartel"), a collective named again by its
kind alone ("de acuerdo con el colectivo").

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_a_post_quoted_after_the_handle_is_the_poster_s_not_the_last_speaker(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El jefe de la Armada, almirante Raúl Benítez, aseguró que el buque llevaba dos toneladas de cocaína.\n\n"
        "La ministra de Seguridad, Rosa Villalobos, celebró la captura en su cuenta de X. \"Es un triunfo de la cooperación "
        "regional\", escribió.\n\n"
        "Añadió que habrá más operativos conjuntos en el Pacífico."))
    assert said(quotes, "Es un triunfo") == ("Rosa Villalobos", True)
    assert said(quotes, "habrá más operativos") == ("Rosa Villalobos", True)
    assert said(quotes, "el buque llevaba") == ("Raúl Benítez", True)


def test_the_handle_s_stop_ends_the_sentence_before_a_quote(nlp_es):
    doc = nlp_es("El ministro celebró el resultado en su cuenta de X. \"Seguimos golpeando al narcotráfico\", escribió.")
    assert [s.text.split()[0] for s in doc.sents] == ["El", '"Seguimos']
    doc = nlp_es("Lo dijo el general Juan X. Pérez en la conferencia.")
    assert len(list(doc.sents)) == 1


def test_a_nickname_after_a_title_s_stop_ends_no_sentence(nlp_en):
    doc = nlp_en('Retired Gen. "Mad Dog" Mattis spoke on Monday about the cartels.')
    assert len(list(doc.sents)) == 1


def test_a_post_quoted_after_the_handle_in_english(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Customs chief Laura Whitfield said the shipment was the largest of the year.\n\n"
        "Senator Mark Delaney praised the seizure on X. \"Border agents did their job today,\" he wrote."))
    assert said(quotes, "Border agents did") == ("Mark Delaney", True)


def test_a_contact_relative_clause_reports_what_its_subject_said(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The Treasury Department on Tuesday sanctioned two Mexican firms and four people it said help the Sinaloa "
        "Cartel move fentanyl precursors from China."))
    assert said(quotes, "help the Sinaloa Cartel move") == ("U.S. Department of the Treasury", True)
    quotes = quotes_of(nlp_en, "The Treasury Department sanctioned three companies it says are fronts for the cartel.")
    assert said(quotes, "are fronts for the cartel") == ("U.S. Department of the Treasury", True)


def test_a_relative_clause_with_a_subject_of_its_own_reports_nothing_new(nlp_en):
    quotes = quotes_of(nlp_en, "Police seized the rifles the suspect said he bought in Arizona.")
    assert not any(q.text.startswith("bought") for q in quotes)


def test_a_collective_named_again_by_its_kind_speaks(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El colectivo Buscadoras Unidas de Sonora localizó tres fosas clandestinas en Cajeme, informó su "
        "fundadora, Marta Leyva.\n\n"
        "De acuerdo con el colectivo, los restos llevaban varios meses enterrados."))
    assert said(quotes, "los restos llevaban") == ("Buscadoras Unidas de Sonora", True)


def test_a_collective_no_story_named_stays_unnamed(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La Fiscalía de Sonora informó que se hallaron tres fosas en Cajeme.\n\n"
        "De acuerdo con el colectivo, los restos llevaban varios meses enterrados."))
    assert said(quotes, "los restos llevaban")[1] is False


def test_segun_with_a_verb_alone_is_the_person_the_story_is_about(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El almirante Jorge Ocampo explicó que la Marina vigila los puertos desde 2024. Según dijo, desde entonces se "
        "han asegurado más de 40 buques.\n\n"
        "La exfiscal Lucía Benavides habló con este diario. Según explicó, la red operaba desde 2019 en Manzanillo."))
    assert said(quotes, "desde entonces se han") == ("Jorge Ocampo", True)
    assert said(quotes, "la red operaba") == ("Lucía Benavides", True)


def test_a_request_carries_the_words_of_whoever_asked_for_it(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El Departamento de Estado de Estados Unidos solicitó la extradición del exalcalde Rubén Ochoa Paz.\n\n"
        "La vocera del Ministerio Público, Andrea Solís, confirmó que la solicitud fue recibida el jueves.\n\n"
        "Según el requerimiento estadounidense, Ochoa Paz habría protegido cargamentos de cocaína en la frontera."))
    assert said(quotes, "Ochoa Paz habría") == ("U.S. Department of State", True)
    assert said(quotes, "la solicitud fue recibida") == ("Andrea Solís", True)


def test_a_request_a_country_made_is_the_country_s(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Mexico asked the United States to extradite the former police chief. The White House spokesman, John "
        "Kirby, said the request was under review. According to the request, the former chief ran fentanyl labs in "
        "Culiacán."))
    assert said(quotes, "the former chief ran") == ("Mexico", True)


def test_a_headline_s_description_kept_anonymous_by_the_lede_is_no_one_named_later(nlp_es):
    quotes = quotes_of(nlp_es, (
        "\u201cLas visitas a los penales las autorizaba Casa Presidencial\u201d: entrevista con exfuncionario de "
        "Centros Penales\n\n"
        "Un exfuncionario de la Dirección de Centros Penales habló con este periódico bajo condición de anonimato."
        "\n\n¿Usted vio a Carlos Marroquín en los penales?\n\n"
        "Sí, varias veces."))
    assert said(quotes, "Las visitas a los penales") == ("exfuncionario de Centros Penales", False)


def test_a_headline_s_description_is_still_the_person_the_lede_names(nlp_es):
    quotes = quotes_of(nlp_es, (
        "\u201cNo vamos a negociar con criminales\u201d: secretario de Seguridad\n\n"
        "El secretario de Seguridad, Gustavo Villatoro, dijo que el régimen de excepción seguirá vigente."))
    assert said(quotes, "No vamos a negociar") == ("Gustavo Villatoro", True)


def test_la_entidad_is_the_body_named_before_not_the_last_person(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El ministro de Defensa, Pedro Sánchez, defendió la operación.\n\n"
        "\u201cLos menores estaban en un campamento\u201d, sostuvo Sánchez.\n\n"
        "La Fiscalía General de la Nación abrió una investigación. Según la entidad, en lo que va del año se han "
        "registrado más de 400 casos de reclutamiento forzado."))
    assert said(quotes, "en lo que va del año") == ("Fiscalía General de la Nación", True)
