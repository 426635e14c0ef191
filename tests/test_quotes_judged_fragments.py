"""Quotes of a word or a few that a verb of judging or calling attributes (stop 43): 'called the attack
"cowardly"', 'calificó el hecho de "inaceptable"'; a name in marks or a participle stays no quote.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said

from pesquisa.extract.quotes._marks import find_direct_quotes


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_direct_quotes(text)]


def test_a_one_word_judgement_after_the_object_is_the_subjects_quote(nlp_en):
    quotes = quotes_of(nlp_en, "Justice Minister Jim Byrne called the attack \"cowardly\" on Tuesday.")
    assert said(quotes, "cowardly") == ("Jim Byrne", True)
    quotes = quotes_of(nlp_en, "The minister, Jim Byrne, called the attack \"cowardly and senseless\" on Tuesday.")
    assert said(quotes, "cowardly and senseless") == ("Jim Byrne", True)


def test_a_spanish_judgement_with_de_or_como_after_the_object(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La fiscal general del estado, Claudia Ríos Kondo, calificó el hecho de \"inaceptable\" y aseguró que "
        "no habrá impunidad."))
    assert said(quotes, "inaceptable") == ("Claudia Ríos Kondo", True)
    assert _found("El gobernador tildó la medida de \"injerencista\".") == ["injerencista"]
    assert _found("La alcaldesa calificó el ataque como \"cobarde\".") == ["cobarde"]


def test_names_participles_and_requests_stay_no_judgement():
    assert _found("Dealers sell a drug called \"tusi\" in the clubs.") == []
    assert _found("The mayor called for \"calm\" after the attack.") == []
    assert _found("The pills, described as \"candy\", were seized at the port.") == []
    assert _found("Police called the raid \"Operation Blue Sky\".") == []


def test_a_perfect_tense_judgement_in_spanish_press(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El delegado del Gobierno en Andalucía, Pedro Fernández, ha calificado la operación de \"ejemplar\" y ha "
        "destacado la coordinación entre cuerpos."))
    assert said(quotes, "ejemplar") == ("Pedro Fernández", True)
    assert _found("La operación fue calificada de \"ejemplar\" por los mandos.") == []
