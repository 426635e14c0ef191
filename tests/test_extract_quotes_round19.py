"""Quotes and speakers, round 19: a long title before a name in a release ("said Assistant Secretary for Terrorist
Financing X"), court papers and documents that are no one's ("According to the complaint", "refiere el documento de
la autoridad estadunidense"), a dialogue turn after narration in the same paragraph, a reported clause before "revelaron
a MILENIO funcionarios", a short quoted fragment after a speech verb, a circumstance before a closing verb ("Al
concluir la lectura, el vocero respondió"), and a wire's dateline before the subject of the lede."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_title_with_for_before_a_name_en(nlp_en):
    """'said Assistant Secretary for Terrorist Financing Brian Nelson': Nelson, not the under secretary after him."""
    text = ("WASHINGTON — Today, OFAC sanctioned eight individuals in Mexico.\n\n"
            "\"The cartel relies on fuel smuggling to fund its violence,\" said Assistant Secretary for Terrorist "
            "Financing Brian Nelson.\n\n"
            "\"These networks rob the Mexican people,\" said Under Secretary of the Treasury for Terrorism and Financial "
            "Intelligence John K. Hurley.")
    assert said(quotes_of(nlp_en, text), "The cartel relies") == ("Brian Nelson", True)


def test_extract_quotes_court_paper_is_no_cartels_en(nlp_en):
    """A headline whose subject is a cartel's cell ("Gulf Cartel cell moved $40 million"), then "According to the
    complaint": the complaint, unnamed; a cartel's members file nothing."""
    text = ("Gulf Cartel cell moved $40 million through Houston car dealerships\n\n"
            "A federal grand jury in Houston has charged nine people with laundering drug proceeds.\n\n"
            "According to the complaint, one dealership sold the same pickup truck four times in a single month.")
    assert said(quotes_of(nlp_en, text), "one dealership") == ("the complaint", False)


def test_extract_quotes_document_of_an_authority_written_out_es(nlp_es):
    """'refiere el documento de la autoridad estadunidense' after "X es requerido por una corte": no one named, never
    the man sought."""
    text = ("Elementos de la Agencia de Investigación Criminal detuvieron en Zapopan a Héctor Manuel Olvera.\n\n"
            "De acuerdo con la ficha de la Interpol, Olvera es requerido por una corte federal de Texas.\n\n"
            "\"El imputado coordinó la compra de inmuebles con recursos ilícitos\", refiere el documento de la autoridad "
            "estadunidense.")
    assert said(quotes_of(nlp_es, text), "El imputado") == ("el documento de la autoridad estadunidense", False)


def test_extract_quotes_dialogue_turn_after_narration_es(nlp_es):
    """'El alcalde insistió en la petición. —Pedimos 300 elementos más y nos mandaron 80 —lamentó.': a turn of the
    mayor's, as one opening its paragraph is; and the words resumed after "—detalló—."."""
    text = ("El presidente municipal de Celaya, Rodrigo Villaseñor Ochoa, habló en entrevista radiofónica.\n\n"
            "El alcalde insistió en la petición. —Pedimos 300 elementos más y nos mandaron 80 —lamentó.\n\n"
            "Sobre los productores, afirmó que la extorsión sigue. —Les cobran por hectárea y por caja —detalló—. "
            "Y si no pagan, les queman la huerta.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Pedimos 300") == ("Rodrigo Villaseñor Ochoa", True)
    assert said(quotes, "Y si no pagan") == ("Rodrigo Villaseñor Ochoa", True)


def test_extract_quotes_reported_clause_before_verb_and_the_one_told_es(nlp_es):
    """'..., revelaron a MILENIO funcionarios del Gabinete de Seguridad.': the clause before is what the officials
    said (the outlet is the one told; the bare plural after it is the subject)."""
    text = ("El mando de la Guardia Nacional en Sinaloa será relevado en las próximas dos semanas tras el repunte de "
            "homicidios en Culiacán, revelaron a MILENIO funcionarios del Gabinete de Seguridad.")
    assert said(quotes_of(nlp_es, text), "El mando") == ("funcionarios del Gabinete de Seguridad", False)


def test_extract_quotes_fragment_after_a_speech_verb_es(nlp_es):
    """'prometió «cifras confiables»', 'pidió «paciencia y prudencia»': her words; a term after a verb of no speech
    ('vendía «relojes de lujo» a turistas') stays the writer's."""
    text = ("En su conferencia, la presidenta Claudia Sheinbaum defendió la estrategia y prometió «cifras confiables» en "
            "el próximo informe. También pidió «paciencia y prudencia» a los medios.\n\n"
            "El detenido vendía «relojes de lujo» a turistas en el malecón.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "cifras confiables") == ("Claudia Sheinbaum", True)
    assert said(quotes, "paciencia y prudencia") == ("Claudia Sheinbaum", True)
    assert not any(q.text.startswith("relojes") for q in quotes)


def test_extract_quotes_circumstance_before_closing_verb_is_no_statement_es(nlp_es):
    """'Al concluir la lectura, el vocero respondió preguntas': when he answered, no words of his."""
    text = ("El vocero Feliciano Castro Meléndrez leyó un mensaje del gobernador.\n\n"
            "Al concluir la lectura, el vocero respondió preguntas de los reporteros.")
    assert not any(q.text.startswith("Al concluir") for q in quotes_of(nlp_es, text))


def test_extract_quotes_reported_subject_with_a_relative_en(nlp_en):
    """'X said avocado and lime growers in Michoacán who are forced to pay cartels could face legal risk': the clause
    is his (the relative "who" opens no indirect question)."""
    text = ("Falko Ernst, a senior analyst with the International Crisis Group, said avocado and lime growers in "
            "Michoacán who are forced to pay cartels could face legal risk.")
    assert said(quotes_of(nlp_en, text), "avocado and lime") == ("Falko Ernst", True)


def test_extract_quotes_lede_subject_after_a_wire_dateline_en(nlp_en):
    """'MEXICO CITY, March 5 (Reuters) - Tamaulipas Governor X denied ... in a statement. "...," the statement said':
    the governor's statement (the parse takes the dateline for the subject)."""
    text = ("MEXICO CITY, March 5 (Reuters) - Tamaulipas Governor Américo Villarreal denied on Thursday any links to "
            "organized crime in a statement.\n\n"
            "\"I have never had any relationship with criminal groups,\" the statement said.")
    assert said(quotes_of(nlp_en, text), "I have never") == ("Américo Villarreal", True)


def test_extract_quotes_unnamed_official_whose_clause_ends_in_a_complement_es(nlp_es):
    """'Un funcionario federal que pidió el anonimato porque no está autorizado para hablar del tema aseguró que ...':
    the official, unnamed (the parse roots the sentence on "autorizado"; "tema" is no subject)."""
    text = ("El gobierno federal prepara un nuevo envío de presos a Estados Unidos.\n\n"
            "Un funcionario federal que pidió el anonimato porque no está autorizado para hablar del tema aseguró que la "
            "lista incluye a 20 personas de distintos cárteles.")
    speaker, named = said(quotes_of(nlp_es, text), "la lista")
    assert speaker.startswith("Un funcionario federal") and not named
