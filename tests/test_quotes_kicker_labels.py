"""A headline's speaker label after a section's kicker (stop 43): "Entrevista | Fiscal antidrogas: «...»", "Opinión |
Sheinbaum: «...»" label the quote as the headline without its kicker would.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_a_name_label_after_a_kicker(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Opinión | Sheinbaum: \"No vamos a aceptar ninguna intervención\"\n\n"
        "La presidenta Claudia Sheinbaum dijo que no aceptará intervención extranjera."))
    assert said(quotes, "No vamos a aceptar") == ("Claudia Sheinbaum", True)


def test_a_title_qualified_in_lower_case_after_a_kicker(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Entrevista | Fiscal antidrogas: \"Los cárteles ya operan en toda la región\"\n\n"
        "El fiscal especial contra el narcotráfico, Mario Quesada, habló con este medio sobre los grupos criminales."))
    assert said(quotes, "Los cárteles ya operan") == ("Mario Quesada", True)

