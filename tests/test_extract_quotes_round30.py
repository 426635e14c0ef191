"""Quotes and speakers, round 30: a quote set alone before the sentence that points back at it ("“...”. Así lo afirmó
X", "Así lo dio a conocer X" in the next paragraph) is X's; "De acuerdo con lo dicho por el secretario ..., X, CLAIM"
is X's claim, the name no part of it."""

from __future__ import annotations

from _quote_helpers import quotes_of, said
from spacy.tokens import Doc

from pesquisa.extract.quotes._subjects import subject_span


def test_extract_quotes_quote_alone_then_asi_lo_afirmo_es(nlp_es):
    """A quote that fills the story's first paragraph is the one "Así lo afirmó X" names in the next."""
    text = ("Cierran escuelas en Fresnillo por balaceras\n\n"
            "«Ningún niño va a tomar clases bajo las balas».\n\n"
            "Así lo afirmó la secretaria de Educación estatal, Gabriela Pinedo Morales, tras la reunión con directores.\n\n"
            "La funcionaria dijo que las clases seguirán en línea hasta nuevo aviso.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Ningún niño") == ("Gabriela Pinedo Morales", True)
    assert said(quotes, "las clases seguirán") == ("Gabriela Pinedo Morales", True)


def test_extract_quotes_quote_then_asi_lo_dio_a_conocer_es(nlp_es):
    """"Así lo dio a conocer X" (a speech phrase, no verb of speech alone) attributes the quote before it, in its
    paragraph or, when the quote is a paragraph whole, in the next."""
    text = ("Vecinos de Iztapalapa sin agua\n\n"
            "“Ya no hay pipas para tanta gente”. Así lo dio a conocer el alcalde Martín Vázquez Rojas en un video.")
    assert said(quotes_of(nlp_es, text), "Ya no hay pipas") == ("Martín Vázquez Rojas", True)
    text = ("Vecinos de Iztapalapa sin agua\n\n"
            "“Ya no hay pipas para tanta gente”.\n\n"
            "Así lo dio a conocer el alcalde Martín Vázquez Rojas en un video.")
    assert said(quotes_of(nlp_es, text), "Ya no hay pipas") == ("Martín Vázquez Rojas", True)


def test_extract_quotes_pointing_back_needs_the_quote_alone_es(nlp_es):
    """A quote with its own attribution before it in its paragraph keeps it: the next paragraph's "Así lo" is about
    something else."""
    text = ("Alcalde pide calma\n\n"
            "El alcalde Martín Vázquez Rojas dijo en un video: “Ya no hay pipas para tanta gente”.\n\n"
            "Así lo informó también la vocera Ana Ruiz Soto sobre el reparto de agua.")
    assert said(quotes_of(nlp_es, text), "Ya no hay pipas") == ("Martín Vázquez Rojas", True)


def test_extract_quotes_de_acuerdo_con_lo_dicho_por_a_titled_name_es(nlp_es):
    """'De acuerdo con lo dicho por el secretario de Seguridad, X, CLAIM': the name after the title speaks and opens
    no claim."""
    text = ("Emboscada en la carretera 45\n\n"
            "El gobernador habló con la prensa en Zacatecas.\n\n"
            "De acuerdo con lo dicho por el secretario de Seguridad Pública, Rubén Ortega Lugo, los atacantes huyeron "
            "hacia los límites con Jalisco.\n\n"
            "Según lo informado por la vocera de la Fiscalía, Laura Ibarra Soto, hay tres detenidos por el ataque.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "los atacantes huyeron") == ("Rubén Ortega Lugo", True)
    assert said(quotes, "hay tres detenidos") == ("Laura Ibarra Soto", True)


def test_extract_quotes_doubled_apostrophes_are_one_mark_es(nlp_es):
    """''...'' (two apostrophes each side, as some regional sites print a double mark) is a direct quote, its words
    without the marks, and so is ‘‘...’’."""
    text = ("Llegan agentes a Celaya\n\n"
            "El subsecretario Luis Medina Ortiz informó que 600 agentes llegarán esta semana.\n\n"
            "''No hay tregua para los grupos que extorsionan a comerciantes'', sostuvo el funcionario.\n\n"
            "‘‘Vamos a quedarnos el tiempo que haga falta’’, añadió.")
    quotes = quotes_of(nlp_es, text)
    direct = {q.text: q.direct for q in quotes}
    assert direct.get("No hay tregua para los grupos que extorsionan a comerciantes") is True
    assert direct.get("Vamos a quedarnos el tiempo que haga falta") is True
    assert said(quotes, "No hay tregua") == ("Luis Medina Ortiz", True)


def test_extract_quotes_double_prime_marks_a_quote_en(nlp_en):
    """″...″ (double primes typed for quotation marks) marks a direct quote; a double prime after a figure (a 12″
    barrel) opens none."""
    text = ("Drones scout crossings, chief says\n\n"
            "Chief Patrol Agent Gloria Ruiz said agents have seen drones over the river a dozen times this month.\n\n"
            "″They're watching where our agents are and then sending groups across,″ Ruiz said.\n\n"
            "Agents also seized a rifle with a 16″ barrel near Roma, the agency said.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "They're watching") == ("Gloria Ruiz", True)
    assert next(q for q in quotes if q.text.startswith("They're watching")).direct
    assert not any(q.direct and "barrel" in q.text for q in quotes)


def test_extract_quotes_frame_closing_its_sentence_with_a_titled_name_es(nlp_es):
    """'CLAIM, según el comandante de la Región Militar, general X.' and 'CLAIM, de acuerdo con lo declarado por el
    secretario ..., X.': the name after the title speaks, not the body in the title nor no one."""
    text = ("Llegan militares a Culiacán\n\n"
            "Culiacán, Sin.- Más de 300 soldados llegaron este lunes a la capital del estado, según el comandante de la "
            "Novena Zona Militar, general Marco Antonio Ruelas Peña.\n\n"
            "Los patrullajes comenzarán el martes en el sur de la ciudad, de acuerdo con lo declarado por el secretario "
            "de Seguridad estatal, Héctor Salas Urrea.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Más de 300 soldados") == ("Marco Antonio Ruelas Peña", True)
    assert said(quotes, "Los patrullajes comenzarán") == ("Héctor Salas Urrea", True)


def test_extract_quotes_frame_closing_its_sentence_keeps_a_relative_es(nlp_es):
    """'CLAIM, según la Guardia Nacional, que no dio más detalles.': a relative after the source is no name."""
    text = ("Llegan militares a Culiacán\n\n"
            "Más de 300 soldados llegaron este lunes a la capital del estado, según la Guardia Nacional, que no dio "
            "más detalles.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Más de 300 soldados") == ("Guardia Nacional", True)


def test_extract_quotes_driver_of_a_smuggling_case_is_unnamed_en(nlp_en):
    """'The driver, a 24-year-old man from Houston, told agents ...' after a sheriff spoke: the driver, unnamed, never
    the sheriff."""
    text = ("Deputies find migrants in trailer\n\n"
            "Brooks County Sheriff Ramiro Salinas said deputies found 11 migrants inside a locked trailer on Sunday.\n\n"
            "The driver, a 31-year-old man from Laredo, told agents he was promised $1,500 for the trip.")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "deputies found 11") == ("Ramiro Salinas", True)
    assert said(quotes, "he was promised")[1] is False


def test_extract_quotes_driver_of_a_smuggling_case_is_unnamed_es(nlp_es):
    """'El chofer declaró que le pagaron ...' after the police chief spoke: the driver, unnamed."""
    text = ("Rescatan a 40 migrantes en Nuevo León\n\n"
            "El jefe de la Policía estatal, Gerardo Palacios Núñez, dijo que hallaron a 40 personas en la caja de un tráiler.\n\n"
            "El chofer declaró que le pagaron 30 mil pesos por llevarlos hasta Monterrey.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "hallaron a 40") == ("Gerardo Palacios Núñez", True)
    assert said(quotes, "le pagaron 30 mil")[1] is False


def test_extract_quotes_lo_anterior_fue_dado_a_conocer_por_es(nlp_es):
    """A paragraph of facts, then "Lo anterior fue dado a conocer por el fiscal X" (a passive: its agent spoke) or
    "Así lo informó X" opening the next paragraph: the facts are X's reported words."""
    text = ("Detienen a 9 por cobro de piso en Toluca\n\n"
            "Agentes de la Fiscalía detuvieron a nueve personas que cobraban cuotas a comerciantes del mercado.\n\n"
            "Lo anterior fue dado a conocer por el fiscal regional, Ernesto Salgado Vélez, en conferencia de prensa.")
    assert said(quotes_of(nlp_es, text), "Agentes de la Fiscalía") == ("Ernesto Salgado Vélez", True)
    text = ("Detienen a 9 por cobro de piso en Toluca\n\n"
            "Agentes de la Fiscalía detuvieron a nueve personas que cobraban cuotas a comerciantes del mercado.\n\n"
            "Así lo informó el fiscal regional Ernesto Salgado Vélez en conferencia de prensa.")
    assert said(quotes_of(nlp_es, text), "Agentes de la Fiscalía") == ("Ernesto Salgado Vélez", True)
    text = ("Detienen a 9 por cobro de piso en Toluca\n\n"
            "Agentes de la Fiscalía detuvieron a nueve personas que cobraban cuotas a comerciantes del mercado. Así lo "
            "dio a conocer el fiscal regional Ernesto Salgado Vélez.")
    assert said(quotes_of(nlp_es, text), "Agentes de la Fiscalía") == ("Ernesto Salgado Vélez", True)


def test_extract_quotes_pointer_keeps_a_statement_of_its_own_es(nlp_es):
    """"Así lo informó también X" after a paragraph in which Y already spoke leaves Y's words Y's; nor does a pointer
    reach back into the headline."""
    text = ("Detienen a 9 por cobro de piso en Toluca\n\n"
            "El alcalde Raymundo Martínez Carbajal dijo que hay nueve detenidos por cobro de piso.\n\n"
            "Así lo informó también la vocera Ana Ruiz Soto en conferencia.")
    assert said(quotes_of(nlp_es, text), "hay nueve detenidos") == ("Raymundo Martínez Carbajal", True)
    text = ("Detienen a 9 personas que cobraban piso en Toluca\n\n"
            "Así lo informó el fiscal regional Ernesto Salgado Vélez en conferencia de prensa.")
    assert not any(q.text.startswith("Detienen") for q in quotes_of(nlp_es, text))


def test_extract_quotes_el_militar_names_the_officer_again_es(nlp_es):
    """'El comandante de la zona, general X, ...' then, after a body spoke, 'El militar explicó que ...': the general;
    'el marino' after a vice admiral likewise."""
    text = ("Aseguran laboratorio en Durango\n\n"
            "El comandante de la Décima Zona Militar, general Raúl Ocampo Lira, encabezó el recorrido por el sitio.\n\n"
            "En el lugar había 2 toneladas de metanfetamina, según la Sedena.\n\n"
            "El militar explicó que el laboratorio operaba desde hace seis meses.")
    assert said(quotes_of(nlp_es, text), "el laboratorio operaba") == ("Raúl Ocampo Lira", True)
    text = ("Aseguran cocaína en Manzanillo\n\n"
            "El comandante de la Sexta Región Naval, vicealmirante Jorge Gil Reyes, informó del aseguramiento.\n\n"
            "El marino explicó que la droga venía de Colombia en una lancha.")
    assert said(quotes_of(nlp_es, text), "la droga venía") == ("Jorge Gil Reyes", True)


def test_extract_quotes_el_militar_without_an_officer_stays_unnamed_es(nlp_es):
    """With no officer of rank in the story (a mayor spoke before), or as "un militar", the soldier is unnamed."""
    text = ("Ataque en la sierra\n\n"
            "El alcalde Juan Pérez Soto dijo que hay calma en la ciudad.\n\n"
            "El militar explicó que hubo tres heridos en el ataque.")
    assert said(quotes_of(nlp_es, text), "hubo tres heridos")[1] is False
    text = ("Ataque en la sierra\n\n"
            "El comandante de la zona, general Luis Ortiz Ramos, encabezó el recorrido.\n\n"
            "Un militar dijo que hubo tres heridos en el ataque.")
    assert said(quotes_of(nlp_es, text), "hubo tres heridos")[1] is False


def test_extract_quotes_apposed_name_the_tagger_misread_es(nlp_es):
    """'En entrevista con Imagen Radio, el secretario de Marina, Raymundo Ortiz Lara, dijo que ...' with the name's
    first word tagged as an interjection and the name hung on "entrevista" (as the Spanish model parsed such a
    sentence): the title and name set off before the verb are its subject. Built by hand: the tagger is not under
    test."""
    words = ["En", "entrevista", "con", "Imagen", "Radio", ",", "el", "secretario", "de", "Marina", ",", "Raymundo",
             "Ortiz", "Lara", ",", "dijo", "que", "hay", "14", "buques", "."]
    pos = ["ADP", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "INTJ", "PROPN",
           "PROPN", "PUNCT", "VERB", "SCONJ", "VERB", "NUM", "NOUN", "PUNCT"]
    heads = [1, 15, 3, 1, 3, 7, 7, 3, 9, 7, 11, 1, 11, 11, 11, 15, 17, 15, 19, 17, 15]
    deps = ["case", "obl", "case", "nmod", "flat", "punct", "det", "appos", "case", "nmod", "punct", "appos", "flat",
            "flat", "punct", "ROOT", "mark", "ccomp", "nummod", "obj", "punct"]
    doc = Doc(nlp_es.vocab, words=words, pos=pos, heads=heads, deps=deps)
    subject = subject_span(doc[15], [])
    assert subject is not None
    assert doc.text[subject.start:subject.end] == "el secretario de Marina , Raymundo Ortiz Lara"


def test_extract_quotes_el_almirante_is_the_navy_secretary_es(nlp_es):
    """'advirtió el almirante' after the secretario de Marina spoke and no admiral is named: the secretary; with an
    admiral named, that admiral."""
    text = ("Semar investiga contrabando de combustible\n\n"
            "El secretario de Marina, Raymundo Ortiz Lara, dijo que hay 14 buques bajo investigación.\n\n"
            "«Nadie está por encima de la ley, sea marino o civil», advirtió el almirante.")
    assert said(quotes_of(nlp_es, text), "Nadie está por encima") == ("Raymundo Ortiz Lara", True)
    text = ("Semar investiga contrabando de combustible\n\n"
            "El secretario de Marina, Raymundo Ortiz Lara, dijo que hay 14 buques bajo investigación.\n\n"
            "El comandante de la Sexta Región Naval, almirante Jorge Gil Reyes, informó que hubo dos detenidos.\n\n"
            "«Nadie está por encima de la ley», advirtió el almirante.")
    assert said(quotes_of(nlp_es, text), "Nadie está por encima") == ("Jorge Gil Reyes", True)


def test_extract_quotes_two_paragraph_quote_then_asi_lo_declaro_es(nlp_es):
    """A quote carried over two paragraphs ("“...\\n\\n“...”.") and "Así lo declaró X" in the next one: both parts
    are X's."""
    text = ("Piden no salir de noche en Culiacán\n\n"
            "“Les pedimos a las familias que eviten salir después de las 10 de la noche. No es un toque de queda.\n\n"
            "“Es una recomendación mientras se restablece la tranquilidad”.\n\n"
            "Así lo declaró el gobernador Enrique Inzunza Cázarez durante su conferencia semanal.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Les pedimos") == ("Enrique Inzunza Cázarez", True)
    assert said(quotes, "Es una recomendación") == ("Enrique Inzunza Cázarez", True)


def test_extract_quotes_asi_lo_dio_a_conocer_la_dependencia_es(nlp_es):
    """'La FGR entregó ... . Así lo dio a conocer la dependencia en un comunicado.': the
    office, though the parse took "la dependencia" for the phrase's object."""
    text = ("Extraditan a operador financiero\n\n"
            "La FGR entregó a Estados Unidos a un operador financiero de una red de "
            "lavado. Así lo dio a conocer la dependencia en un comunicado.")
    assert said(quotes_of(nlp_es, text), "La FGR entregó") == ("Fiscalía General de la República", True)


def test_extract_quotes_quote_alone_then_thats_what_x_said_en(nlp_en):
    """A quote that opens the story alone, then "That's what Sheriff X said Monday ...": the sheriff's."""
    text = ("Deputies seize meth at ranch\n\n"
            "\"This is one of the biggest loads we've found on a ranch in this county.\"\n\n"
            "That's what Zapata County Sheriff Raymundo del Bosque said Monday after deputies found the drugs in a "
            "water tank.")
    assert said(quotes_of(nlp_en, text), "This is one of the biggest") == ("Raymundo del Bosque", True)
