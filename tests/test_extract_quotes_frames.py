"""Quotes of round 6 on hand-written sentences and pages: opinion frames ("Para X, ...", "For X, ..."),
appositions after a frame's source, denials, attributed statements of official releases.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

import pytest
from _quote_helpers import quotes_of, said

from pesquisa.clean._boilerplate import classify
from pesquisa.statements import attributed_statements

_quotes = quotes_of
_said = said


# --- an opinion framed by its holder ----------------------------------------------------------

PARA_ES = (
    "El gobierno federal presentó un plan para reforzar la vigilancia en Sonora.\n\n"
    "Para el investigador Raúl Benítez Manaut, de la UNAM, el problema no está en la frontera sino en la "
    "demanda: «Mientras haya compradores de fentanilo, los cárteles van a encontrar la manera de cruzar».\n\n"
    "Para muchos habitantes de Nogales, sin embargo, la presencia de la Guardia Nacional es una buena noticia.\n\n"
    "Para 2027, el gobierno prevé contratar a 5 mil nuevos agentes aduanales.\n\n"
    "Para la presidenta Claudia Sheinbaum, en cambio, los números muestran un cambio de rumbo. "
    "«Vamos bien, pero falta mucho», dijo el miércoles en su conferencia matutina."
)


def test_extract_quotes_spanish_opinion_frame_names_its_holder(nlp_es):
    quotes = _quotes(nlp_es, PARA_ES)
    assert _said(quotes, "el problema no está en la frontera")[0] == "Raúl Benítez Manaut"
    assert _said(quotes, "Mientras haya compradores")[0] == "Raúl Benítez Manaut"
    assert _said(quotes, "los números muestran un cambio")[0] == "Claudia Sheinbaum"
    # the pro-drop "dijo" after the frame is hers ("el miércoles" is when, not who)
    assert _said(quotes, "Vamos bien")[0] == "Claudia Sheinbaum"
    # a group, a year: no one's opinion
    assert not any(q.text.startswith(("la presencia de la Guardia", "el gobierno prevé")) for q in quotes)


FOR_EN = (
    "MEXICO CITY — Mexico has arrested more than 2,000 suspected cartel operatives this year.\n\n"
    "For Vanda Felbab-Brown, a senior fellow at the Brookings Institution, the answer is no. "
    "\"The cartels have adapted to every crackdown,\" she said.\n\n"
    "For many families in Culiacán, the war between factions has made daily life impossible.\n\n"
    "For the first time since 2019, overdose deaths have fallen for two straight years.\n\n"
    "For García Harfuch, the numbers show that the strategy is working."
)


def test_extract_quotes_english_opinion_frame_names_its_holder(nlp_en):
    quotes = _quotes(nlp_en, FOR_EN)
    assert _said(quotes, "the answer is no") == ("Vanda Felbab-Brown", True)
    assert _said(quotes, "the numbers show that the strategy")[0] == "García Harfuch"
    assert not any(q.text.startswith(("the war between", "overdose deaths")) for q in quotes)


@pytest.mark.parametrize(("text", "start", "speaker"), [
    ("Según Rubén Salazar, del Centro de Estudios de la Universidad de Guadalajara, cada año ingresan al país "
     "alrededor de 200 mil armas de fuego.", "cada año ingresan", "Rubén Salazar"),
    ("Según la doctora Sandra Ley, profesora del CIDE, los cárteles han sustituido los rifles de asalto por armas "
     "de uso militar.", "los cárteles han sustituido", "Sandra Ley"),
    ("According to Carlos Pérez, a researcher at the University of Oxford, 70 percent of the guns come from "
     "the United States.", "70 percent of the guns", "Carlos Pérez"),
])
def test_extract_quotes_a_frame_claim_starts_after_the_apposition(nlp_es, nlp_en, text, start, speaker):
    quotes = _quotes(nlp_es if "Según" in text else nlp_en, text)
    assert _said(quotes, start)[0] == speaker
    assert not any(q.text.startswith(("del Centro", "profesora", "a researcher")) for q in quotes)


def test_extract_quotes_a_circumstance_after_the_frame_stays_in_the_claim(nlp_es):
    quotes = _quotes(nlp_es, "Según datos de la Secretaría de la Defensa, en Sinaloa, el número de armas "
                             "aseguradas creció 40 por ciento.")
    assert any(q.text.startswith("en Sinaloa, el número") for q in quotes)


# --- denials ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "start"), [
    ("es", "El exalcalde Jesús Ramírez Tirado rechazó que haya recibido pagos mensuales de la organización.",
     "haya recibido pagos"),
    ("es", "Su abogado, Héctor Lozano, desmintió que su cliente haya intentado salir del país.",
     "su cliente haya intentado"),
    ("en", "General Arturo Salinas Peña rejected claims that he had received bribes while commanding troops.",
     "he had received bribes"),
])
def test_extract_quotes_a_denial_reports_what_was_denied(nlp_es, nlp_en, lang, text, start):
    quotes = _quotes(nlp_es if lang == "es" else nlp_en, text)
    assert any(q.text.startswith(start) and not q.direct for q in quotes)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Senado rechazó la propuesta de reforma en materia de seguridad pública por 70 votos."),
    ("en", "The judge dismissed the case against the three defendants on Friday afternoon."),
])
def test_extract_quotes_a_denial_verb_with_a_plain_object_reports_nothing(nlp_es, nlp_en, lang, text):
    assert _quotes(nlp_es if lang == "es" else nlp_en, text) == []


# --- attributed statements of official releases --------------------------------------------------

READOUT = (
    "Secretary Rubio's Call with Mexican Foreign Secretary\n\n"
    "December 4, 2026\n\n"
    "The following is attributable to Spokesperson Tammy Bruce:\n\n"
    "Secretary of State Marco Rubio spoke today with Mexican Foreign Secretary Juan Ramón de la Fuente to "
    "discuss security cooperation. The two officials agreed to convene the group in January.\n\n"
    "The following statement is attributable to Deputy Spokesperson Tommy Pigott:\n\n"
    "\"The United States welcomes the decision of the Government of Mexico.\"\n\n"
    "Tags\n\n"
    "Mexico"
)


def test_extract_quotes_a_release_statement_is_said_by_the_one_it_is_attributable_to(nlp_en):
    quotes = _quotes(nlp_en, READOUT)
    assert _said(quotes, "Secretary of State Marco Rubio spoke today") == ("Tammy Bruce", True)
    assert _said(quotes, "The United States welcomes the decision of the Government of Mexico.")[0] == "Tommy Pigott"


def test_statements_spanish_lead_and_no_name():
    text = ("La siguiente declaración es atribuible al vocero adjunto Tommy Pigott:\n\n"
            "Estados Unidos agradece al Gobierno de México la entrega de los detenidos.\n\n"
            "Comparte\n\n"
            "La caída es atribuible a tres factores:\n\n"
            "El precio bajó durante el año.")
    found = attributed_statements(text)
    assert [text[s.name.start:s.name.end] for s in found] == ["vocero adjunto Tommy Pigott"]
    assert [text[b.start:b.end] for b in found[0].body] == [
        "Estados Unidos agradece al Gobierno de México la entrega de los detenidos."]


def test_clean_keeps_the_line_that_attributes_a_statement():
    lines = READOUT.split("\n\n")
    reasons = classify(lines, "en")
    assert reasons[lines.index("The following is attributable to Spokesperson Tammy Bruce:")] is None


# --- names, chants, captions, interviews, who "he" is ------------------------------------------------

def test_extract_quotes_a_name_given_in_quotes_is_not_speech(nlp_es):
    quotes = _quotes(nlp_es, "La iniciativa, que la oposición bautizó como «la ley del miedo», establece penas de "
                             "hasta 25 años de prisión. El senador Ricardo Monreal celebró la aprobación: «Es una ley "
                             "que protege a los comerciantes».")
    assert [q.text for q in quotes if q.direct] == ["Es una ley que protege a los comerciantes"]


def test_extract_quotes_a_chant_is_said_by_the_group_that_chants(nlp_es):
    quotes = _quotes(nlp_es, "La senadora Lilly Téllez calificó la ley como «un parche que no resuelve nada».\n\n"
                             "Durante el debate, los legisladores de Morena corearon «¡Sí se pudo!» tras la votación.")
    chant = next(q for q in quotes if "Sí se pudo" in q.text)
    assert chant.speaker_local_id is None


def test_extract_quotes_a_caption_repeating_the_body_quote_is_kept_once(nlp_en):
    text = ("Security Secretary Omar García Harfuch speaks during a news conference in Mexico City. \"These are "
            "people who continued to run their organizations from prison,\" García Harfuch said. (AP Photo/Marco "
            "Ugarte)\n\n"
            "\"These are people who continued to run their organizations from prison,\" García Harfuch said at a "
            "news conference.")
    quotes = _quotes(nlp_en, text)
    assert [q.speaker for q in quotes if q.text.startswith("These are people")] == ["Omar García Harfuch"]


def test_extract_quotes_an_outlet_asking_in_a_q_and_a_is_no_speaker(nlp_en):
    text = ("Q&A: Border sheriff on cartel violence\n\n"
            "Webb County Sheriff Martin Cuellar has spent a decade fighting cartel smuggling. The Texas Tribune "
            "spoke with him about the new agreement.\n\n"
            "Texas Tribune: Has the agreement changed anything on the ground?\n\n"
            "Cuellar: Not yet. We see more coordination at the top, but we still don't get the intelligence.\n\n"
            "Texas Tribune: What would help most?\n\n"
            "Cuellar: Real-time information sharing with Mexican police in Nuevo Laredo.")
    quotes = _quotes(nlp_en, text)
    assert _said(quotes, "Has the agreement changed") == (None, False)
    assert _said(quotes, "Real-time information sharing")[0] == "Martin Cuellar"


def test_extract_quotes_he_is_the_one_the_sentence_before_is_about(nlp_en):
    text = ("U.S. Ambassador Ronald Johnson met ranchers at a town hall in Fort Hancock last month.\n\n"
            "\"We are working with the Mexican government,\" the ambassador told ranchers.\n\n"
            "Rancher Tom Hardin has found cut fences on his property a dozen times this year.\n\n"
            "Tom Hardin was not convinced. \"I will believe it when I see it,\" he said.")
    assert _said(_quotes(nlp_en, text), "I will believe it")[0] == "Tom Hardin"


def test_extract_quotes_the_former_official_is_the_one_titled_former(nlp_es):
    text = ("El exalcalde de Navolato, Jesús Ramírez Tirado, negó conocer a los operadores de la facción.\n\n"
            "Su abogado, Héctor Lozano, desmintió que su cliente haya intentado salir del país.\n\n"
            "El exfuncionario también negó haber ordenado la liberación de dos detenidos en 2024.")
    assert _said(_quotes(nlp_es, text), "haber ordenado la liberación")[0] == "Jesús Ramírez Tirado"


# --- quotes over paragraphs, statements after a colon, asides, listed terms ------------------------

def test_extract_quotes_a_spanish_quote_continued_in_the_next_paragraph_stays_direct(nlp_es):
    text = ("La presidenta de México, Claudia Sheinbaum, descartó una intervención.\n\n"
            "«No va a haber ninguna intervención. Lo hemos dicho con toda claridad.\n\n"
            "»La cooperación es en el marco del respeto a nuestra soberanía», afirmó la mandataria.")
    quote = next(q for q in _quotes(nlp_es, text) if q.text.startswith("La cooperación es"))
    assert (quote.direct, quote.speaker) == (True, "Claudia Sheinbaum")


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), [
    ("es", "Al respecto, el titular de la FEMDO, Rafael Alvarado, señaló:\n\nLa coordinación con las autoridades "
           "estatales permitió desarticular una célula. Continuaremos con las investigaciones.\n\nEl juez impuso "
           "prisión preventiva.", "La coordinación con las autoridades", "Rafael Alvarado"),
    ("en", "Port Director Michael Humphries said in a statement:\n\nThis seizure is the result of the hard work of "
           "our officers. Every pound we stop never reaches our communities.\n\nThe driver was arrested.",
     "This seizure is the result", "Michael Humphries"),
])
def test_extract_quotes_a_statement_set_off_after_a_colon_is_the_verbs_subjects(nlp_es, nlp_en, lang, text, start,
                                                                                 speaker):
    quote = next(q for q in _quotes(nlp_es if lang == "es" else nlp_en, text) if q.text.startswith(start))
    assert (quote.direct, quote.speaker) == (True, speaker)
    assert not quote.text.startswith(("El juez", "The driver"))


def test_extract_quotes_an_aside_attributes_its_whole_sentence(nlp_en, nlp_es):
    quotes = _quotes(nlp_en, "For David Mora, an analyst with the Crisis Group, the arrests matter less than the money. "
                             "Cartels, he argued, can replace foot soldiers in days.")
    assert _said(quotes, "Cartels, he argued, can replace")[0] == "David Mora"
    quotes = _quotes(nlp_es, "El fiscal Juan Pérez habló con la prensa.\n\nLos cárteles, dijo el fiscal, se han "
                             "fragmentado en decenas de células.")
    assert _said(quotes, "Los cárteles, dijo el fiscal")[0] == "Juan Pérez"


def test_extract_quotes_an_aside_before_a_direct_quote_leaves_it_alone(nlp_en):
    quotes = _quotes(nlp_en, "When asked if any of them would be deported, Bondi responded, “I want them to stay in "
                             "our prisons as long as possible.”")
    assert [(q.text, q.direct) for q in quotes] == [("I want them to stay in our prisons as long as possible.", True)]


def test_extract_quotes_the_ambassador_the_narration_turned_to_is_the_one_named_before(nlp_en):
    text = ("The American ambassador in Mexico City, Ronald Johnson, has raised the case in three meetings.\n\n"
            "Mexico's attorney general, Ernestina Godoy, said her office needed more time. \"We are not going to hand "
            "anyone over without due process,\" she said.\n\n"
            "Still, the ambassador has pressed the issue publicly. \"Justice delayed is justice denied,\" he wrote.")
    assert _said(_quotes(nlp_en, text), "Justice delayed") == ("Ronald Johnson", True)


def test_extract_quotes_a_term_listed_among_terms_is_no_speech(nlp_en):
    quotes = _quotes(nlp_en, "The government now speaks of \"attention to the causes\" and \"intelligence and "
                             "investigation,\" phrases that appear in almost every official speech.")
    assert quotes == []


# --- the one told before "que", "that" as the clause's subject, a document's author ------------------

def test_extract_quotes_declared_before_the_jury_that_reports_the_clause(nlp_es):
    quotes = _quotes(nlp_es, "El testigo protegido declaró ante el jurado que el exjefe de la policía de Culiacán "
                             "recibía 50 mil dólares al mes.")
    assert any(q.text.startswith("el exjefe de la policía") for q in quotes)


def test_extract_quotes_that_as_the_subject_of_the_reported_clause_stays(nlp_en):
    quotes = _quotes(nlp_en, "Grassley pressed him on the strikes. The administrator said that was a question "
                             "for the Pentagon.")
    assert any(q.text == "that was a question for the Pentagon." for q in quotes)


def test_extract_quotes_a_report_speaks_for_the_author_its_apposition_names(nlp_es):
    text = ("De acuerdo con Carlos Pérez Ricart, investigador de la Universidad de Oxford, el 70 por ciento de las "
            "armas proviene de Estados Unidos.\n\n"
            "Según el informe, elaborado por la Secretaría de Relaciones Exteriores, las armerías de Houston son "
            "las principales proveedoras.")
    assert _said(_quotes(nlp_es, text), "las armerías de Houston") == ("Secretaría de Relaciones Exteriores", True)


# --- "así lo informó", "a decir del", an inverted closing attribution with an apposition ---------------

def test_extract_quotes_asi_lo_informo_reports_the_sentence_before(nlp_es):
    text = ("La Secretaría de Marina aseguró dos toneladas de cocaína ocultas en un contenedor. Así lo informó la "
            "dependencia en un comunicado.\n\n"
            "La Fiscalía General de la República abrió una carpeta de investigación. Hasta el momento no hay "
            "detenidos, precisó la institución.")
    quotes = _quotes(nlp_es, text)
    assert _said(quotes, "La Secretaría de Marina aseguró dos toneladas")[0] == "Secretaría de Marina"
    assert _said(quotes, "Hasta el momento no hay detenidos")[0] == "Fiscalía General de la República"


def test_extract_quotes_a_decir_del_title_and_name(nlp_es):
    quotes = _quotes(nlp_es, "A decir del comandante de la Zona Naval, Jorge Ruiz, el cargamento tenía como destino "
                             "el puerto de Long Beach.")
    assert _said(quotes, "el cargamento tenía como destino")[0] == "Jorge Ruiz"


def test_extract_quotes_an_inverted_attribution_with_an_apposition_closes_its_clause(nlp_en):
    quotes = _quotes(nlp_en, "But the decline could also reflect changes in how traffickers move the drug, said Bryce "
                             "Pardo, a drug policy researcher at the RAND Corporation, who has studied the market.")
    assert [q.text for q in quotes] == ["But the decline could also reflect changes in how traffickers move the drug"]


def test_extract_quotes_a_name_after_a_frame_that_is_no_title_opens_the_claim(nlp_en):
    quotes = _quotes(nlp_en, "According to court documents, Juan Carlos Valencia González, 40, oversaw the cartel's "
                             "operations in Michoacán.")
    assert [(q.text[:25], q.speaker_local_id) for q in quotes] == [("Juan Carlos Valencia Gonz", None)]


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("en", "A retired general charged in New York denied knowing any of the traffickers named in the indictment, "
           "his lawyer said on Friday. General Arturo Salinas Peña rejected the charges.", "A retired general charged"),
    ("es", "El exalcalde Jesús Ramírez Tirado compareció ante el juez. Su hermano dijo que las acusaciones son una "
           "venganza política.", "las acusaciones son una venganza"),
])
def test_extract_quotes_his_lawyer_or_her_brother_is_not_the_possessor(nlp_en, nlp_es, lang, text, start):
    assert _said(_quotes(nlp_es if lang == "es" else nlp_en, text), start)[1] is False
