"""Quotes and speakers, round 12: spokespeople named again ("the spokesman said", "el portavoz añadió", "a Treasury
spokesperson"), the body a spokesperson was introduced with ("La institución precisó"), an office's head named by the
office ("la titular del Ejecutivo federal", "el titular de la Defensa")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_spokesman_named_again_speaks_for_his_body(nlp_en):
    """'A spokesman for X said ... “...,” the spokesman said': X again, not someone unnamed; 'a Treasury
    spokesperson' with the Treasury Department named is the department."""
    quotes = quotes_of(nlp_en, "The U.S. Treasury Department on Thursday sanctioned six people in Tijuana.\n\n"
                               "\"These exchange houses moved millions of dollars every month,\" a Treasury spokesperson "
                               "said in an email.\n\n"
                               "A spokesman for the Mexican Financial Intelligence Unit said the agency had frozen the "
                               "bank accounts of all those named. \"We worked with Treasury for months on this case,\" "
                               "the spokesman said.")
    assert said(quotes, "These exchange houses") == ("U.S. Department of the Treasury", True)
    assert said(quotes, "We worked with Treasury") == ("Unidad de Inteligencia Financiera", True)


def test_extract_quotes_spokesman_alone_stays_unnamed(nlp_en):
    """'a spokesman said' with no spokesperson before: someone unnamed."""
    quotes = quotes_of(nlp_en, "Police arrested two men in Phoenix on Tuesday.\n\n"
                               "\"The packaging was designed to look harmless,\" the spokesman said.")
    assert said(quotes, "The packaging was designed") == ("the spokesman", False)


def test_extract_quotes_portavoz_and_institution_after_a_navy_spokesman(nlp_es):
    """'el vocero de la Semar, capitán X, explicó ... El portavoz añadió ... La institución precisó': X, then the
    Semar, never the office the spokesman's words named (the Ministerio Público)."""
    quotes = quotes_of(nlp_es, "La Secretaría de Marina aseguró dos toneladas de cocaína.\n\n"
                               "En conferencia de prensa, el vocero de la Semar, capitán de navío José Luis Pineda Reyes, "
                               "explicó que la droga estaba oculta bajo la cubierta.\n\n"
                               "El portavoz añadió que los cinco tripulantes fueron puestos a disposición del Ministerio "
                               "Público Federal.\n\n"
                               "La institución precisó que con este aseguramiento suman más de 40 toneladas de cocaína "
                               "decomisadas.")
    assert said(quotes, "los cinco tripulantes") == ("José Luis Pineda Reyes", True)
    assert said(quotes, "con este aseguramiento") == ("Secretaría de Marina", True)


def test_extract_quotes_titular_del_ejecutivo_is_the_president_of_either_gender(nlp_es):
    """'La titular del Ejecutivo federal recordó' after the presidenta spoke: her, as 'el titular' is the presidente."""
    quotes = quotes_of(nlp_es, "La presidenta Claudia Sheinbaum respondió este miércoles a Donald Trump.\n\n"
                               "«México no es colonia de nadie», señaló la presidenta.\n\n"
                               "La titular del Ejecutivo federal recordó que su gobierno ha enviado a 55 narcotraficantes a "
                               "Estados Unidos.")
    assert said(quotes, "su gobierno ha enviado") == ("Claudia Sheinbaum", True)


def test_extract_quotes_head_of_an_office_is_who_spoke_for_it(nlp_es):
    """'El titular de la Defensa señaló' after 'El secretario de la Defensa Nacional, general X, afirmó': X, not the
    ministry."""
    quotes = quotes_of(nlp_es, "El secretario de la Defensa Nacional, general Ricardo Trevilla Trejo, afirmó que la "
                               "violencia bajó en Sinaloa durante octubre.\n\n"
                               "De acuerdo con cifras presentadas por el funcionario, en octubre se registraron 98 "
                               "homicidios dolosos en la entidad.\n\n"
                               "El titular de la Defensa señaló además que se mantendrán los 11 mil elementos desplegados "
                               "en el estado.")
    assert said(quotes, "se mantendrán los 11 mil") == ("Ricardo Trevilla Trejo", True)
