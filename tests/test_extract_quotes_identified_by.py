"""A description whose relative clause gives the name it goes by ("The driver, who was identified only by his last
name, Ramírez, told", "el testigo, que fue identificado solo como Manuel, declaró"): that name speaks, without an id,
never the whole clause nor whoever spoke before.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_a_surname_the_relative_clause_gives_speaks(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The courier, who was identified in court papers only by his last name, Guzmán, told investigators he had "
        "crossed the bridge twice that week."))
    assert said(quotes, "he had crossed the bridge")[0] == "Guzmán"


def test_a_name_after_como_in_the_relative_clause_speaks(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El testigo protegido, que fue identificado en el expediente solo como Rogelio, declaró que la célula cobraba "
        "30.000 pesos por cada traslado."))
    assert said(quotes, "la célula cobraba") == ("Rogelio", False)


def test_a_relative_clause_naming_no_one_keeps_the_description(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The driver, who was identified as a U.S. citizen, told agents he did not know what was in the trailer."))
    speaker, has_id = said(quotes, "he did not know")
    assert has_id is False and speaker is not None and speaker.startswith("The driver")
