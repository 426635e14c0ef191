"""Quotes of round 36 on hand-written sentences: a wire dateline the parse made the subject of the verb that closes
the lede ("Madrid, 12 may (EFE).- La Fiscalía ha abierto ..., ha explicado el fiscal general, X").

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_quotes_a_lede_whose_dateline_the_parse_made_the_subject(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Bilbao, 8 abr (EFE).- La Ertzaintza ha abierto diligencias por el tráfico de fentanilo desde México, ha "
        "explicado el consejero de Seguridad, Bingen Zupiria, ante los medios."))
    assert said(quotes, "La Ertzaintza ha abierto") == ("Bingen Zupiria", True)


def test_keeps_a_subject_that_only_opens_in_the_dateline(nlp_en):
    quotes = quotes_of(nlp_en, (
        "WASHINGTON (AP) — The Justice Department said Tuesday that three Mexican nationals were charged with "
        "smuggling fentanyl through Nogales."))
    assert said(quotes, "three Mexican nationals were charged") == ("U.S. Department of Justice", True)
