"""An officer named again as "el mando" (stop 43): "sostuvo el mando militar" is the general or commander the story
named; "un mando de ..." still names no one.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_the_officer_in_command_named_again(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El comandante de la 45 Zona Militar, general Julio César Ramos, calificó el aseguramiento de \"muy "
        "importante\". \"Estas armas iban a ser utilizadas contra la población\", sostuvo el mando militar."))
    assert said(quotes, "Estas armas iban") == ("Julio César Ramos", True)
    assert said(quotes, "muy importante") == ("Julio César Ramos", True)


def test_an_indefinite_officer_stays_unnamed(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El secretario de Seguridad estatal, José Antonio Bernal, informó que hubo tres heridos. Un mando de la "
        "Guardia Nacional, que pidió el anonimato, dijo: \"Nos estaban esperando en la brecha\"."))
    assert said(quotes, "Nos estaban esperando")[1] is False
