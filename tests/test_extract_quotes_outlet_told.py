"""Quotes told to a news outlet the parse ran into the speaker's name ("dijo a la AFP Lucía Díaz"), or that stands
between a closing "told" and its speaker ("told Reuters a spokeswoman, X"): the outlet is the one told, not the speaker.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import entities_and_quotes, quotes_of, said


def test_a_name_after_the_outlet_told_speaks(nlp_es):
    ents, quotes = entities_and_quotes(nlp_es, (
        "“Hay miedo en las calles desde que empezó la guerra”, dijo a la AFP Rosa Elena Beltrán, comerciante de "
        "Culiacán. “No vamos a cerrar”, agregó Beltrán."))
    assert ("person", "Rosa Elena Beltrán") in [(e.type, e.name) for e in ents]
    assert said(quotes, "Hay miedo en las calles") == ("Rosa Elena Beltrán", True)
    assert said(quotes, "No vamos a cerrar") == ("Rosa Elena Beltrán", True)


def test_a_name_after_a_bare_outlet_told_speaks(nlp_es):
    ents, quotes = entities_and_quotes(nlp_es, (
        "“La extradición llegará en semanas”, declaró a Reuters Pedro Sánchez Ruiz, abogado del acusado."))
    assert ("person", "Pedro Sánchez Ruiz") in [(e.type, e.name) for e in ents]
    assert said(quotes, "La extradición llegará") == ("Pedro Sánchez Ruiz", True)


def test_a_spokeswoman_after_the_outlet_told_in_wire_english(nlp_en):
    quotes = quotes_of(nlp_en, (
        "“The transfers will continue this year,” told Reuters a spokeswoman for the Security Ministry, Ana Lilia Pérez."))
    assert said(quotes, "The transfers will continue") == ("Ana Lilia Pérez", True)


def test_a_title_the_parse_split_after_a_closing_compound_verb(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La Guardia Civil ha detenido a siete personas en una operación contra una red que introducía cocaína por "
        "el puerto de Vigo, ha explicado el coronel jefe de la Guardia Civil de Galicia, Pedro Antonio Merino."))
    assert said(quotes, "La Guardia Civil ha detenido") == ("Pedro Antonio Merino", True)


def test_the_passive_of_quoted_as_saying_is_the_one_quoted(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Defense Secretary Ricardo Trevilla visited Culiacan on Monday. Trevilla was quoted by the newspaper "
        "El Debate as saying that 40 soldiers had died in the conflict."))
    assert said(quotes, "40 soldiers had died") == ("Ricardo Trevilla", True)


def test_sources_after_the_outlet_told_in_a_compound_tense(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Los Mossos d'Esquadra han detenido a cinco personas en Girona por vender metanfetamina llegada de México, según "
        "han informado a Europa Press fuentes de la investigación."))
    assert said(quotes, "Los Mossos d'Esquadra han detenido") == ("fuentes de la investigación", False)


def test_a_que_the_parse_made_the_subject_of_what_was_told(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Un comerciante del mercado, que pidió no ser identificado por temor a represalias, contó a la AFP que cerró su "
        "negocio dos veces esta semana."))
    assert said(quotes, "cerró su negocio") == (
        "Un comerciante del mercado, que pidió no ser identificado por temor a represalias", False)
