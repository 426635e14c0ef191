"""Quotes and speakers, round 24: the opening piece of a quote split by an attribution with a title and a name
('"Those men," U.S. Sen. Jane Roe said, "..."'), a frame with the article contracted ("A juicio del fiscal, ..."),
and a frame's feminine holder with her name in apposition ("En palabras de su fundadora, Ana Ruiz, «...»")."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_split_quote_opened_before_a_titled_name_en(nlp_en):
    """'"Those suspects," U.S. Attorney Joe Doe said, "..."': both pieces are Joe Doe's."""
    text = ("SAN DIEGO — Federal agents arrested four people in a tunnel case on Friday.\n\n"
            "“Those suspects,” U.S. Attorney Adam Gordon said, “dug for two years under a warehouse in Otay Mesa.”")
    quotes = quotes_of(nlp_en, text)
    assert said(quotes, "Those suspects") == ("Adam Gordon", True)
    assert said(quotes, "dug for two years") == ("Adam Gordon", True)
    text = ("WASHINGTON — The House passed a border bill on Thursday.\n\n"
            "“Smugglers,” Rep. Henry Cuellar of Texas said, “are using teenagers to drive the loads north.”")
    assert said(quotes_of(nlp_en, text), "Smugglers") == ("Henry Cuellar", True)


def test_extract_quotes_opinion_frame_with_contracted_article_es(nlp_es):
    """'A juicio del fiscal estatal, X, los hallazgos ...': X's words, as with 'A juicio de'."""
    text = ("Colectivos de búsqueda hallaron restos en un predio de Tlajomulco. A juicio del fiscal estatal, "
            "Salvador González de los Santos, los restos no pertenecen a las mismas víctimas del año pasado.")
    assert said(quotes_of(nlp_es, text), "los restos no pertenecen") == ("Salvador González de los Santos", True)


def test_extract_quotes_frame_of_a_founder_named_in_apposition_es(nlp_es):
    """'En palabras de su fundadora, X, «...»': the quote is X's and starts at the quote, not at her name (round 31:
    the frame's claim being the quote alone, it is the direct quote, given to X)."""
    text = ("Un colectivo de madres buscadoras de Jalisco denunció nuevas desapariciones en Zapopan.\n\n"
            "En palabras de su fundadora, Indira Navarro, “el gobierno nos deja solas en cada búsqueda que hacemos”.")
    quotes = quotes_of(nlp_es, text)
    assert said(quotes, "el gobierno nos deja") == ("Indira Navarro", True)
    assert not any(q.text.startswith(("Indira", "“")) for q in quotes)
