"""Quotes and their speakers on hand-written English and Spanish sentences and pages.

Every case is a kind of text news carries (a closing attribution, pro-drop, a partial
quote, a lost opening mark ...), written here so that the tests say what the extractor
does without reading the shared corpus or its gold.
"""

from __future__ import annotations

import pytest

from pesquisa.extract.entities import extract_entities
from pesquisa.extract.quotes import extract_quotes, find_direct_quotes
from pesquisa.extract.quotes._cues import spanish_forms
from pesquisa.extract.titles import extract_roles


def _quotes(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc, "d")
    extract_roles(text, ents, published=None)
    return extract_quotes(doc, ents)


def _said(quotes, start: str):
    """(speaker, has an id) of the quote that starts with ``start``."""
    quote = next(q for q in quotes if q.text.startswith(start))
    return quote.speaker, quote.speaker_local_id is not None


def _direct(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_direct_quotes(text)]


# --- speakers through a story (closing attribution, standing quote, pronoun) ---------------

STORY_EN = (
    "Deputy Foreign Minister Ana Beltrán met U.S. officials in Washington on Monday.\n\n"
    "“We have been discussing arms trafficking for months,” Beltrán said.\n\n"
    "“You need changes on both sides of the border.”\n\n"
    "She said the new rules also put pressure on the courts of both countries.\n\n"
    "The United States can do much more to stop the weapons, Beltrán argued."
)


@pytest.mark.parametrize("start", [
    "We have been discussing arms trafficking",  # "..., Beltrán said"
    "You need changes on both sides",  # a quote paragraph standing alone
    "the new rules also put pressure",  # "She said ..."
    "The United States can do much more",  # "..., Beltrán argued."
])
def test_extract_quotes_story_speakers(nlp_en, start):
    quotes = _quotes(nlp_en, STORY_EN)
    quote = next(q for q in quotes if q.text.startswith(start))
    assert (quote.speaker, STORY_EN[quote.span.start:quote.span.end]) == ("Ana Beltrán", quote.text)


def test_extract_quotes_title_pronoun_and_joint_statement(nlp_en):
    text = ("Foreign Affairs Minister Marcelo Ebrard and Secretary of State Antony Blinken met on Friday.\n\n"
            "The foreign minister said the security agreement had cut homicides in the border states.\n\n"
            "“Kidnappings have also declined in the last year,” he said.\n\n"
            "The secretary of state said the partnership between the two countries had never been stronger.\n\n"
            "In a joint statement, the Mexican and U.S. governments said they remain committed to the "
            "framework for the coming years.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the security agreement") == ("Marcelo Ebrard", True)
    assert _said(quotes, "Kidnappings have also declined") == ("Marcelo Ebrard", True)
    assert _said(quotes, "the partnership between") == ("Antony Blinken", True)
    speaker, has_id = _said(quotes, "they remain committed")
    assert speaker.startswith("joint statement") and not has_id


def test_extract_quotes_institution_then_unnamed_officials(nlp_en):
    text = ("The U.S. Embassy in Mexico said the delegations discussed issues of common interest.\n\n"
            "“We will work together on new bases for cooperation.”\n\n"
            "US officials stated that there were key aspects of the fight against fentanyl.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the delegations discussed") == ("U.S. Embassy in Mexico", True)
    assert _said(quotes, "We will work together") == ("U.S. Embassy in Mexico", True)
    assert _said(quotes, "there were key aspects") == ("US officials", False)


def test_extract_quotes_unnamed_prosecutors_and_inverted_named_subject(nlp_en):
    text = ("The driver was arrested near the border, prosecutors said.\n\n"
            "“The truck had been packed with 40 people,” said Mario Ruiz Luna, head of the National "
            "Migration Institute.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "The driver was arrested") == ("prosecutors", False)
    assert _said(quotes, "The truck had been packed") == ("Mario Ruiz Luna", True)


# --- Spanish reported speech --------------------------------------------------------------

def test_extract_quotes_spanish_reported_speech_and_according_frames(nlp_es):
    text = ("El secretario de Estado, Marco Rubio, enfatizó que estas acciones buscan interrumpir las finanzas "
            "del cártel. El secretario del Tesoro, Scott Bessent, subrayó que “el dinero lavado de la droga "
            "termina en bancos de otros países”.\n\n"
            "Según el Departamento del Tesoro, las empresas sirvieron de fachada para el fraude. "
            "De acuerdo con la OFAC, el esquema defraudó a cientos de jubilados estadounidenses.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "estas acciones buscan") == ("Marco Rubio", True)
    assert _said(quotes, "el dinero lavado") == ("Scott Bessent", True)
    assert _said(quotes, "las empresas sirvieron") == ("U.S. Department of the Treasury", True)
    assert _said(quotes, "el esquema defraudó") == ("Office of Foreign Assets Control", True)


def test_extract_quotes_spanish_inverted_described_and_joint(nlp_es):
    text = ("Militares han asegurado 21 toneladas de precursores en el puerto, informó la Secretaría de Marina.\n\n"
            "El subdirector de la aduana, Luis Martínez Cabrera, dijo que no han detectado precursores este mes. "
            "“La mayoría vienen ocultos en contenedores”, explicó el funcionario.\n\n"
            "Ambos gobiernos informaron que realizarán investigaciones conjuntas sobre el tráfico de armas.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "Militares han asegurado") == ("Secretaría de Marina", True)
    assert _said(quotes, "no han detectado precursores") == ("Luis Martínez Cabrera", True)
    assert _said(quotes, "La mayoría vienen ocultos") == ("Luis Martínez Cabrera", True)
    speaker, has_id = _said(quotes, "realizarán investigaciones")
    assert speaker.startswith("joint statement") and not has_id


@pytest.mark.parametrize("verb", ["señalando", "asegurando", "destacando", "puntualizando"])
def test_extract_quotes_spanish_gerund_takes_the_main_subject(nlp_es, verb):
    text = (f"La diputada Dolores Padierna (Morena) defendió la reforma, {verb} que la transferencia busca "
            "fortalecer la Guardia Nacional. Afirmó que la Sedena evitará la corrupción de la extinta policía.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("la transferencia busca fortalecer la Guardia Nacional.", "Dolores Padierna"),
        ("la Sedena evitará la corrupción de la extinta policía.", "Dolores Padierna")]


def test_extract_quotes_spanish_seizure_sense_of_asegurar_is_no_speech(nlp_es):
    text = ("Elementos de la Secretaría de Marina aseguraron una embarcación con 179 bultos de cocaína frente a "
            "las costas de Colima. El almirante Raymundo Morales aseguró que la carga venía de Colombia.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("la carga venía de Colombia.", "Raymundo Morales")]


def test_extract_quotes_negated_verb_reports_nothing(nlp_es):
    text = ("El secretario de Seguridad, Omar García Harfuch, dijo que los detenidos fueron enviados a cárceles "
            "de seis ciudades, pero no precisó los nombres de los trasladados.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("los detenidos fueron enviados a cárceles de seis ciudades", "Omar García Harfuch")]


@pytest.mark.parametrize("text", [
    "La fiscalía pidió una pena menor siempre que cumpla, es decir, que entregue información a la justicia.",
    "Cabe señalar que el operativo se realizó durante la madrugada en tres municipios del estado.",
    "It should be noted that the operation took place overnight in three towns of the state.",
])
def test_extract_quotes_idioms_with_a_speech_verb_report_nothing(nlp_en, nlp_es, text):
    nlp = nlp_en if text.startswith("It") else nlp_es
    assert _quotes(nlp, text) == []


def test_extract_quotes_fronted_as_frame_and_nested_attribution(nlp_es):
    text = ("Tal como lo aseguró la presidenta Claudia Sheinbaum el lunes, no hubo una “verdad histórica” en el "
            "caso del rancho, sino una versión política, que es la que ha construido el fiscal general, Alejandro "
            "Gertz Manero, al reiterar que en ese predio solo hubo un campo de adiestramiento.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("no hubo una “verdad histórica” en el caso del rancho, sino una versión política", "Claudia Sheinbaum"),
        ("en ese predio solo hubo un campo de adiestramiento.", "Alejandro Gertz Manero")]


def test_extract_quotes_title_then_surname_and_pro_drop(nlp_es):
    text = ("El fiscal general Alejandro Gertz Manero y el secretario Omar García Harfuch dieron una conferencia. "
            "El fiscal Gertz dijo que aún están prófugos varios miembros de la red criminal.\n\n"
            "“Va a haber muchas más órdenes de aprehensión”, aseguró.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text[:25], q.speaker) for q in quotes] == [
        ("aún están prófugos varios", "Alejandro Gertz Manero"),
        ("Va a haber muchas más órd", "Alejandro Gertz Manero")]


def test_extract_quotes_pro_drop_borrows_the_subject_of_its_sentence(nlp_es):
    text = ("La presidenta Claudia Sheinbaum habló por la mañana.\n\n"
            "El comandante de la estación, capitán Camilo Larrota, entregó detalles de la operación: “Se logró la "
            "interdicción de dos embarcaciones con droga”, explicó.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "Se logró la interdicción") == ("Camilo Larrota", True)


def test_extract_quotes_cues_inside_a_quote_are_the_speakers_words(nlp_es):
    text = ("El general Ricardo Trevilla Trejo habló de las armas. “Los cartuchos que usted menciona (de acuerdo a "
            "la publicación) vienen de una empresa privada de Estados Unidos”, reveló. Al ser cuestionado sobre las "
            "zonas, confirmó que la mayoría de los aseguramientos se han realizado en Sinaloa y Sonora.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text[:22], q.speaker) for q in quotes] == [
        ("Los cartuchos que uste", "Ricardo Trevilla Trejo"),
        ("la mayoría de los aseg", "Ricardo Trevilla Trejo")]


def test_extract_quotes_partial_quote_inside_a_reported_clause_is_one_quote(nlp_es):
    text = ("El secretario de Seguridad, Omar García Harfuch, dijo que los 37 “operadores de organizaciones "
            "criminales” fueron enviados a cárceles de Estados Unidos.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.direct, q.speaker) for q in quotes] == [
        ("los 37 “operadores de organizaciones criminales” fueron enviados a cárceles de Estados Unidos.", False,
         "Omar García Harfuch")]


def test_extract_quotes_partial_quote_after_a_relative_que_is_reported(nlp_es):
    text = ("El comisario Antonio Martínez Duarte destaca la importancia de una incautación que \"posiblemente\" sea "
            "\"la tercera del mundo de estas características\".")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("\"posiblemente\" sea \"la tercera del mundo de estas características\".", "Antonio Martínez Duarte")]


# --- subjects that are documents, countries, groups, descriptions --------------------------

def test_extract_quotes_document_speaks_for_whoever_filed_it(nlp_en):
    text = ("Mexico filed a lawsuit against five Arizona gun dealers on Monday.\n\n"
            "The lawsuit, which was filed in U.S. District Court in Arizona, claims that the dealers "
            "systematically supply weapons to cartels.\n\n"
            "Following the sale, the guns end up in the hands of cartels in Mexico, the lawsuit alleges.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the dealers systematically") == ("Mexico", True)  # not the court of the relative clause
    assert _said(quotes, "Following the sale") == ("Mexico", True)


def test_extract_quotes_document_with_no_named_author_is_unnamed(nlp_en):
    text = ("Five gun dealers were sued on Monday.\n\n"
            "The lawsuit, which was filed in U.S. District Court in Arizona, claims that the dealers "
            "systematically supply weapons to cartels.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the dealers systematically") == ("The lawsuit, which was filed in U.S. District Court in "
                                                          "Arizona", False)


def test_extract_quotes_according_to_the_statement_of_the_agency_named_before(nlp_es):
    text = ("Elementos de la Secretaría de Marina interceptaron un semisumergible frente a Colima.\n\n"
            "De acuerdo con el comunicado oficial, la embarcación transportaba varias toneladas de cocaína.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "la embarcación transportaba") == ("Secretaría de Marina", True)


def test_extract_quotes_a_country_speaks_through_its_government(nlp_en):
    text = "A U.S. judge dismissed the earlier lawsuit last week. Mexico said it plans to appeal the decision."
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("it plans to appeal the decision.", "Mexico", "country")]


def test_extract_quotes_bare_plural_group_is_unnamed(nlp_en):
    text = ("The government has tried to offset the tariffs, which economic forecasters say could thrust the "
            "economy into a recession.")
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker, q.speaker_local_id) for q in quotes] == [
        ("could thrust the economy into a recession.", "economic forecasters", None)]


def test_extract_quotes_trial_parties_are_unnamed(nlp_en):
    text = ("His defense lawyer Cesar Castro asked for the minimum sentence. The defense had argued at trial that "
            "the witnesses lied to reduce their own sentences.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "the witnesses lied") == ("The defense", False)


def test_extract_quotes_the_judge_is_the_person_titled_judge(nlp_en):
    text = ("U.S. District Judge Brian Cogan sentenced Genaro Garcia Luna on Wednesday. But the judge said Garcia "
            "Luna lived a double life, with the harm he caused outweighing his good deeds.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "Garcia Luna lived") == ("Brian Cogan", True)


def test_extract_quotes_org_description_points_to_the_last_organization(nlp_en):
    text = ("The sanctions were announced by the Office of Foreign Assets Control on Tuesday.\n\n"
            "The agency is reminding timeshare owners: “If an offer seems too good to be true, it probably is.”")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "If an offer seems") == ("Office of Foreign Assets Control", True)


def test_extract_quotes_specific_title_nobody_holds_is_unnamed(nlp_es):
    text = ("El líder de la facción, Ovidio Guzmán, se declaró culpable ante la corte. "
            "Ovidio Guzmán, de 35 años, aseguró que sufre depresión desde octubre. Sin embargo, el fiscal "
            "puntualizó que solicitará una pena menor si el acusado coopera.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "sufre depresión") == ("Ovidio Guzmán", True)
    assert _said(quotes, "solicitará una pena menor") == ("el fiscal", False)


def test_extract_quotes_lede_description_named_after(nlp_es):
    text = ("El periodista sostuvo que la guerra no terminará pronto en la región.\n\n"
            "Dmitry Muratov, Premio Nobel de la Paz, habló en Ginebra.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("la guerra no terminará pronto en la región.", "Dmitry Muratov")]


# --- what is not speech ---------------------------------------------------------------------

def test_extract_quotes_subordinate_clause_before_a_comma_is_no_attribution(nlp_es):
    text = ("El tema ha cobrado relevancia en el discurso político de ambas naciones, sobre todo porque senadores "
            "demócratas han externado sus preocupaciones por la violencia.")
    assert _quotes(nlp_es, text) == []


def test_extract_quotes_object_relative_and_english_infinitive_report_nothing(nlp_en):
    text = ("He referred to the shuttered prison that President Trump has stated he wants to reopen. "
            "The Sinaloa cartel is alleged to have worked with a Chinese money laundering group.")
    assert _quotes(nlp_en, text) == []


def test_extract_quotes_verb_with_its_own_object_is_no_closing_attribution(nlp_es):
    text = ("Durante la conferencia matutina, la presidenta Claudia Sheinbaum calificó estas resoluciones como "
            "actos de corrupción.")
    assert _quotes(nlp_es, text) == []


def test_extract_quotes_quoted_title_after_told_is_not_the_statement(nlp_en):
    text = ('Asked about the name, Bernice Scott told "CBS This Morning" co-host Gayle King, "Because if you don\'t '
            'do right by the people, you have to reckon with us."')
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.direct, q.speaker) for q in quotes] == [
        ("Because if you don't do right by the people, you have to reckon with us.", True, "Bernice Scott")]


# --- quotation marks --------------------------------------------------------------------------

def test_extract_quotes_direct_marks():
    text = ('He said: «Nada va a cambiar». A “scare” quote. Then “first part of it,” she added, "and the second part."'
            "\n\n“An unclosed quote runs to the end")
    assert _direct(text) == ["Nada va a cambiar", "first part of it,", "and the second part.",
                             "An unclosed quote runs to the end"]


def test_extract_quotes_lost_opening_marks_quote_from_the_paragraph_or_the_last_attribution():
    text = ('The Treasury has not shown a single piece of evidence," she said. We are not going to cover for '
            'anyone. They have to prove it with strong evidence."')
    assert _direct(text) == ["The Treasury has not shown a single piece of evidence,",
                             "We are not going to cover for anyone. They have to prove it with strong evidence."]


def test_extract_quotes_nested_and_mixed_marks():
    text = ("“Dos fueron hallados sin vida, mientras Natalia “N” está ilesa y Erick “N” está herido”, comentó.\n\n"
            'The timing raises "great suspicion over the deal,” Woodard said.')
    assert _direct(text) == ["Dos fueron hallados sin vida, mientras Natalia “N” está ilesa y Erick “N” está herido",
                             "great suspicion over the deal,"]


@pytest.mark.parametrize("text", [
    "She told “CBS This Morning” that the “Kofi Annan al Valor” prize mattered.",  # names and titles
    "The event was titled “The Future of U.S.-Mexico Relations.” and ran all day.",  # a title with abbreviations
    "The websites advertised “nude Asian models” available for photography.",  # a borrowed term mid-sentence
    "The cargo was declared as “plastic household articles.” Agents found the pills.",  # a term closing a sentence
    "The embassy posted “@USEmbassyMEX #SeguridadJuntos” on Monday.",  # handles and hashtags
    "So-called “cartels” run the port.",  # a scare quote of one word
    "— Embajada EU en Mex (@USEmbassyMEX) August 13, 2025",  # the byline of an embedded post
])
def test_extract_quotes_names_terms_handles_and_bylines_are_not_speech(text):
    assert _direct(text) == []


def test_extract_quotes_short_quote_after_a_speech_verb_is_speech():
    text = "He said “we will win this.” Then he left the room."
    assert _direct(text) == ["we will win this."]


def test_extract_quotes_quoted_names_next_to_speech():
    text = ("She told “CBS This Morning” that the “Kofi Annan al Valor” prize and “a very long campaign” mattered. "
            "“It was a very long campaign for all of us,” she said.")
    assert _direct(text) == ["It was a very long campaign for all of us,"]


# --- the earlier hand-written cases -----------------------------------------------------------

def test_extract_quotes_reported_speech_english(nlp_en):
    quotes = _quotes(nlp_en, "Interior Minister Jane Doe warned that cartels are recruiting teenagers in the border states.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("cartels are recruiting teenagers in the border states.", "Jane Doe", False)]


def test_extract_quotes_according_to(nlp_en):
    quotes = _quotes(nlp_en, "According to the DEA, the shipments crossed at Nogales every week.")
    assert quotes[0].text.startswith("the shipments crossed at Nogales")
    assert quotes[0].speaker == "Drug Enforcement Administration"


def test_extract_quotes_multi_paragraph_continuation(nlp_en):
    text = ("“We will not stop until the network is dismantled,” said Attorney General Maria Lopez.\n\n"
            "“Every shipment we stop saves lives in both countries.”")
    quotes = _quotes(nlp_en, text)
    assert [q.speaker for q in quotes if q.direct] == ["Maria Lopez", "Maria Lopez"]


def test_extract_quotes_described_speaker_after_comma_title(nlp_es):
    quotes = _quotes(nlp_es, "La gobernadora de Baja California, Marina del Pilar Ávila, visitó Tijuana. "
                             "“No vamos a permitirlo”, aseveró la gobernadora.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("No vamos a permitirlo", "Marina del Pilar Ávila", "title")]


def test_extract_quotes_unnamed_spanish_sources(nlp_es):
    quotes = _quotes(nlp_es, "Según fuentes de la Fiscalía, el detenido tenía una orden de aprehensión vigente.")
    assert [(q.text, q.speaker_local_id) for q in quotes] == [("el detenido tenía una orden de aprehensión vigente.", None)]


def test_extract_quotes_surname_the_model_called_an_organization(nlp_en):
    quotes = _quotes(nlp_en, "Mexican President Claudia Sheinbaum met U.S. Secretary of State Marco Rubio on Thursday. "
                             "Sheinbaum told reporters that cooperation would continue without subordination.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Claudia Sheinbaum", "cooperation would continue without subordination.")]


@pytest.mark.parametrize("verb", ["said", "told reporters", "added", "warned", "stressed"])
def test_extract_quotes_english_speech_verbs_with_that(nlp_en, verb):
    text = f"Interior Minister Jane Doe {verb} that cartels are recruiting teenagers along the border."
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker, q.verb.split()[0] if q.verb else None) for q in quotes] == [
        ("cartels are recruiting teenagers along the border.", "Jane Doe", verb.split()[0])]


@pytest.mark.parametrize("verb", ["dijo", "afirmó", "señaló", "aseguró", "detalló", "informó esta mañana",
                                  "puntualizó", "indicó", "explicó"])
def test_extract_quotes_spanish_speech_verbs_with_que(nlp_es, verb):
    text = f"El fiscal general, Alejandro Gertz Manero, {verb} que los detenidos serán trasladados a la capital."
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("los detenidos serán trasladados a la capital.", "Alejandro Gertz Manero")]


def test_extract_quotes_spanish_de_acuerdo_con_and_pronoun_drop(nlp_es):
    text = ("De acuerdo con la Secretaría de Marina, el cargamento salió de Colombia. "
            "El almirante Rafael Ojeda explicó que la carga venía oculta. “No habrá impunidad”, señaló.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("el cargamento salió de Colombia.", "Secretaría de Marina"),
        ("la carga venía oculta.", "Rafael Ojeda"),
        ("No habrá impunidad", "Rafael Ojeda")]


def test_extract_quotes_official_after_unnamed_source_stays_unnamed(nlp_es):
    text = ("El ministro ruso Serguei Lavrov habló el lunes. El viernes pasado un alto cargo de defensa aclaró que "
            "no existe una amenaza inminente en la región. “Seguimos monitoreando sus capacidades todos los días”, "
            "manifestó el funcionario.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text[:20], q.speaker_local_id is None) for q in quotes] == [
        ("no existe una amenaz", True), ("Seguimos monitoreand", True)]


def test_extract_quotes_description_named_later_in_the_article(nlp_es):
    text = ("El periodista sostuvo que la guerra no terminará pronto en la región.\n\n"
            "El periodista ruso Dmitry Muratov habló en Ginebra.")
    quotes = _quotes(nlp_es, text)
    assert [(q.text, q.speaker) for q in quotes] == [("la guerra no terminará pronto en la región.", "Dmitry Muratov")]


def test_extract_quotes_spanish_dialogue_dash(nlp_es):
    quotes = _quotes(nlp_es, "—No vamos a negociar con criminales —dijo el gobernador Rubén Rocha Moya.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("No vamos a negociar con criminales", "Rubén Rocha Moya", True)]


def test_extract_quotes_nameless_group_before_a_place_is_unnamed(nlp_en):
    quotes = _quotes(nlp_en, "Officials in Sinaloa said at least 20 people were killed in clashes over the weekend.")
    assert [(q.speaker, q.speaker_local_id) for q in quotes] == [("Officials in Sinaloa", None)]


def test_extract_quotes_relative_that_and_indirect_questions_are_not_speech(nlp_en):
    text = ("Meadows disclosed his decision in an interview with Politico that published around 5:30 a.m. on Thursday. "
            "Explaining why he won’t release former employees from confidentiality agreements has been hard.")
    assert _quotes(nlp_en, text) == []


def test_extract_quotes_attribution_prefers_the_quote_sentence(nlp_en):
    text = ("Mexican authorities seized 1.5 tonnes of cocaine in Manzanillo, the Navy said on Tuesday. "
            "“This is a blow to the cartels,” Navy Secretary Raymundo Morales said.")
    quotes = _quotes(nlp_en, text)
    assert [(q.text, q.speaker) for q in quotes if q.direct] == [("This is a blow to the cartels", "Raymundo Morales")]


def test_extract_quotes_according_to_a_statement_does_not_replace_the_speaker(nlp_en):
    text = ("The Drug Enforcement Administration said on Monday that it had seized more than 20 million fentanyl "
            "pills in 2024, according to a statement released by the agency.")
    quotes = _quotes(nlp_en, text)
    assert [q.speaker for q in quotes] == ["Drug Enforcement Administration"]


# --- the lexicon ------------------------------------------------------------------------------

def test_extract_quotes_spanish_forms_of_an_infinitive():
    assert spanish_forms("señalar") == {"señaló", "señalaron", "señalando"}
    assert spanish_forms("exponer") == {"exponió", "exponieron", "exponiendo"}  # "expuso" is listed as irregular
    assert spanish_forms("según") == set()
