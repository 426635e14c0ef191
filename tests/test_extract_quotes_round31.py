"""Quotes and speakers, round 31: a frame whose source closes with a colon before a quote ("En palabras del
secretario ..., X: “...”", "According to Chief X: “...”") gives the quote to X, direct, with no reported claim
made of the name."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_en_palabras_de_title_name_colon_quote_es(nlp_es):
    """The name after the title is the source's: the direct quote after the colon is X's, and X's name no quote."""
    text = ("Refuerzan vigilancia en Mexicali\n\n"
            "La gobernadora de Baja California encabezó la reunión de seguridad en el Palacio de Gobierno.\n\n"
            "En palabras del fiscal general del estado, Ricardo Iván Carpio Sánchez: “Ningún delito quedará impune en "
            "esta administración”.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "Ningún delito quedará") == ("Ricardo Iván Carpio Sánchez", True)
    assert next(q for q in quotes if q.text.startswith("Ningún delito")).direct
    assert not any(q.text.startswith(("Ricardo", "“")) for q in quotes)


def test_extract_quotes_according_to_name_colon_quote_en(nlp_en):
    """"According to Border Patrol Chief X: “...”": the source ends at the colon and the quote after it is X's."""
    text = ("Crossings fall again in El Paso\n\n"
            "Apprehensions dropped for the fourth month in a row along the West Texas border.\n\n"
            "According to El Paso Sector Chief Patrol Agent Walter Slosar: \"Our agents are seeing the lowest numbers "
            "in two decades.\"")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "Our agents are seeing") == ("Walter Slosar", True)


def test_extract_quotes_said_at_the_morning_conference_que_es(nlp_es):
    """"respondió en su mañanera que ..." and "señaló durante la conferencia que ...": where it was said, then what
    (the parse reads a relative of the conference)."""
    text = ("La presidenta Claudia Sheinbaum recibió la petición del gobernador.\n\n"
            "La presidenta respondió en su mañanera que el gabinete de seguridad analiza la solicitud.\n\n"
            "Sheinbaum señaló durante la conferencia que las tropas llegarán la próxima semana a la región.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "el gabinete de seguridad") == ("Claudia Sheinbaum", True)
    assert said(quotes, "las tropas llegarán") == ("Claudia Sheinbaum", True)


def test_extract_quotes_relative_of_the_conference_is_no_claim_es(nlp_es):
    """"lo explicó en la conferencia que ofreció este martes": a relative whose object "que" stands for, no claim."""
    text = ("La presidenta Claudia Sheinbaum anunció un nuevo plan de seguridad para Sinaloa.\n\n"
            "La presidenta lo explicó en la conferencia que ofreció este martes en Palacio Nacional.")
    quotes = quotes_of(nlp_es, text)
    assert not any(q.text.startswith("ofreció") for q in quotes)
