"""Quotes of a clause the English parse read as the object of "said" with a reduced relative ("A spokesperson said
troopers assisted in the pursuit"), of an EFE lede closed by "informó la Policía colombiana", and of a sentence a speech
phrase closes ("..., dio a conocer la Fiscalía de Sonora.").

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_said_with_the_clause_s_subject_read_as_its_object(nlp_en):
    quotes = quotes_of(nlp_en, (
        "A spokesperson for the Arizona Department of Public Safety said troopers assisted in the pursuit near Nogales."))
    assert said(quotes, "troopers assisted in the pursuit") == ("Arizona Department of Public Safety", True)


def test_a_thing_said_with_its_article_is_no_clause(nlp_en):
    quotes = quotes_of(nlp_en, (
        "A spokesperson for the Arizona Department of Public Safety said troopers assisted in the pursuit near Nogales. "
        "The bishop said a prayer dedicated to the victims."))
    assert [q.text for q in quotes if q.text.startswith("a prayer")] == []
    assert said(quotes, "troopers assisted in the pursuit") == ("Arizona Department of Public Safety", True)


def test_an_efe_lede_closed_by_the_colombian_police(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Bogotá, 9 feb (EFE).- Colombia extraditó este lunes a Estados Unidos a un narcotraficante señalado de enviar "
        "cocaína al Cártel de Sinaloa, informó la Policía colombiana."))
    assert said(quotes, "Colombia extraditó este lunes") == ("Policía Nacional de Colombia", True)


def test_a_speech_phrase_closing_the_sentence_names_who_made_it_known(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Navojoa, Sonora.- Dos hombres fueron detenidos la tarde del domingo en la colonia Centro tras una persecución, "
        "dio a conocer la Fiscalía de Sonora."))
    assert said(quotes, "Dos hombres fueron detenidos") == ("Fiscalía de Sonora", True)
