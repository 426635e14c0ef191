"""Quotes of round 35 on hand-written sentences: EFE's closing attribution in the compound tense ("..., ha asegurado
el ministro X"), "ha defendido que", a syndicator's "AFP was told by an official".

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_quotes_a_closing_attribution_in_the_compound_tense(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La Fiscalía mexicana ha abierto una investigación por la desaparición de seis jornaleros en Zacatecas, "
        "ha explicado la fiscal general, Ernestina Godoy, en un encuentro con periodistas."))
    assert said(quotes, "La Fiscalía mexicana ha abierto") == ("Ernestina Godoy", True)


def test_quotes_an_argument_defended_in_a_clause(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El gobernador de Sinaloa, Rubén Rocha Moya, ha defendido que la estrategia estatal ha reducido los "
        "robos de vehículos en Culiacán.\n\n"
        "El alcalde defendió la soberanía del municipio frente a la Federación."))
    assert said(quotes, "la estrategia estatal ha reducido") == ("Rubén Rocha Moya", True)
    assert not any("soberanía" in q.text for q in quotes)


def test_quotes_told_to_the_agency_by_an_unnamed_official(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Mexican Security Minister Omar Garcia Harfuch visited Culiacan on Monday.\n\n"
        "Two of the detained men were police officers, Reuters was told by a state official who was not authorized "
        "to speak publicly."))
    assert said(quotes, "Two of the detained men") == ("a state official who was not authorized to speak publicly", False)


def test_quotes_an_unnamed_spokesperson_is_not_the_person_named_next(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Crónica de Valencia\n\n"
        "Los dos detenidos viajaban con documentos falsos expedidos en Honduras, ha precisado a este diario un "
        "portavoz de la Guardia Civil.\n\n"
        "La cónsul de México en Valencia, Mariana Ortega Salgado, visitó a los detenidos."))
    assert said(quotes, "Los dos detenidos viajaban")[0] != "Mariana Ortega Salgado"


def test_quotes_the_release_is_not_the_defendant_the_documents_tell_of(nlp_en):
    quotes = quotes_of(nlp_en, (
        "BROWNSVILLE, Texas - A Harlingen man was sentenced to 12 years in prison for moving cocaine for the Gulf "
        "Cartel, announced U.S. Attorney Daniel Ortega Ruiz.\n\n"
        "According to court documents, Hector Villalobos drove three loads of cocaine to Houston in 2023.\n\n"
        "Homeland Security Investigations led the case, the release said."))
    assert said(quotes, "Homeland Security Investigations led")[0] != "Hector Villalobos"
