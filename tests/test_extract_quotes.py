"""Quotes and their speakers on real sentences, English and Spanish, including the hard cases."""

from __future__ import annotations

import pytest

from pesquisa.extract.entities import extract_entities
from pesquisa.extract.quotes import extract_quotes, find_direct_quotes
from pesquisa.extract.titles import extract_roles


def _speaker(extraction, start: str):
    quote = next(q for q in extraction.quotes if q.text.startswith(start) or start in q.text)
    return quote.speaker, quote


def _quotes(nlp, text):
    doc = nlp(text)
    ents = extract_entities(doc, "d")
    extract_roles(text, ents, published=None)
    return extract_quotes(doc, ents)


@pytest.mark.parametrize("start,speaker", [
    ("We have been talking about gun trafficking", "Roberto Velasco Álvarez"),
    ("You actually need some changes", "Roberto Velasco Álvarez"),  # a quote paragraph standing alone
    ("it also puts pressure on the judiciary", "Roberto Velasco Álvarez"),  # "He said ..."
    ("the United States can do more to help", "Roberto Velasco Álvarez"),  # "..., Velasco argued."
])
def test_extract_quotes_news_000_speakers(extract, start, speaker):
    said, quote = _speaker(extract("news/000_872ae381c350ab77.txt"), start)
    assert said == speaker
    assert extract("news/000_872ae381c350ab77.txt").document.body[quote.span.start:quote.span.end] == quote.text


def test_extract_quotes_translation_slip_and_institution(extract):
    ex = extract("news/002_f6318a2d4ec23030.txt")
    assert _speaker(ex, "We are going to work to establish new bases")[0] == "Roberto Velasco"
    assert _speaker(ex, "they discussed issues of common interest")[0] == "U.S. Embassy in Mexico"
    assert _speaker(ex, "And how we can work together")[0] == "U.S. Embassy in Mexico"  # '”, Indian.'
    _said, quote = _speaker(ex, "there were key aspects of the fight")
    assert quote.speaker_local_id is None  # "US officials stated that ..."


def test_extract_quotes_title_pronoun_and_joint_statement(extract):
    ex = extract("news/003_b523203148a45f70.txt")
    assert _speaker(ex, "the security agreement also contributed")[0] == "Marcelo Ebrard"  # "The foreign minister"
    assert _speaker(ex, "Kidnappings and robberies have also declined")[0] == "Marcelo Ebrard"  # ", he said"
    assert _speaker(ex, "the partnership between the two countries")[0] == "Antony Blinken"  # "The secretary of state"
    said, quote = _speaker(ex, "remain committed to an enduring partnership")
    assert said.startswith("joint statement") and quote.speaker_local_id is None
    assert _speaker(ex, "The Bicentennial Framework reaffirmed")[0].startswith("joint statement")  # "they said"


def test_extract_quotes_spanish_reported_speech(extract):
    ex = extract("dev/dev_004.txt")
    assert _speaker(ex, "estas acciones buscan interrumpir")[0] == "Marco Rubio"  # "enfatizó que"
    assert _speaker(ex, "el dinero lavado de la droga")[0] == "Scott Bessent"  # "subrayó que “...”"
    ex = extract("dev/dev_003.txt")
    assert _speaker(ex, "sirvieron de fachada")[0] == "U.S. Department of the Treasury"  # "según el Tesoro"
    assert _speaker(ex, "el esquema defraudó")[0] == "Office of Foreign Assets Control"  # "De acuerdo con la OFAC"


def test_extract_quotes_spanish_inverted_and_described_speakers(extract):
    ex = extract("dev/dev_012.txt")
    assert _speaker(ex, "Militares han asegurado 21 toneladas")[0] == "Secretaría de Marina"  # ", informó la Secretaría"
    assert _speaker(ex, "no han detectado precursores")[0] == "Luis Ángel Martínez Cabrera"  # "El subdirector de la aduana"
    assert _speaker(ex, "La mayoría vienen ocultos")[0] == "Luis Ángel Martínez Cabrera"  # "explicó el funcionario"
    ex = extract("dev/dev_006.txt")
    said, _ = _speaker(ex, "realizarán investigaciones conjuntas")
    assert said.startswith("joint statement")


def test_extract_quotes_unnamed_sources_have_no_speaker_id(extract):
    ex = extract("dev/dev_005.txt")
    _, quote = _speaker(ex, "Zamorano was discovered by police")
    assert quote.speaker_local_id is None and quote.speaker == "prosecutors"
    assert _speaker(ex, "The truck had been packed with 67 people")[0] == "Francisco Garduno"


def test_extract_quotes_direct_marks(nlp_en):
    text = ('He said: «Nada va a cambiar». A “scare” quote. Then “first part of it,” she added, "and the second part."'
            "\n\n“An unclosed quote runs to the end")
    spans = [text[s.start:s.end] for s in find_direct_quotes(text)]
    assert spans == ["Nada va a cambiar", "first part of it,", "and the second part.", "An unclosed quote runs to the end"]


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


@pytest.mark.parametrize("verb", ["dijo", "afirmó", "señaló", "aseguró", "detalló", "informó esta mañana"])
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


def test_extract_quotes_quoted_names_are_not_speech():
    text = ("She told “CBS This Morning” that the “Kofi Annan al Valor” prize and “a very long campaign” mattered. "
            "“It was a very long campaign for all of us,” she said.")
    assert [text[s.start:s.end] for s in find_direct_quotes(text)] == ["It was a very long campaign for all of us,"]


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
