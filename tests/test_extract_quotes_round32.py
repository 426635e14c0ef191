"""Quotes of round 32 on hand-written sentences: a title qualified by a state's demonym after two governors named
together, a "que" the parse hangs on a statement medium as a relative, a spokesman named beside the one he speaks for.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said

TWO_GOVERNORS_ES = (
    "Los gobernadores de Durango, Esteban Villegas Villarreal, y de Coahuila, Manolo Jiménez Salinas, firmaron un "
    "convenio para vigilar la carretera de La Laguna.\n\n"
    "“Los delincuentes ya no van a cruzar de un estado a otro”, advirtió el mandatario coahuilense.\n\n"
    "Por su parte, el gobernador duranguense sostuvo que la Policía Estatal enviará 200 agentes."
)


def test_quotes_a_state_demonym_picks_that_state_official(nlp_es):
    quotes = quotes_of(nlp_es, TWO_GOVERNORS_ES)
    assert said(quotes, "Los delincuentes ya no") == ("Manolo Jiménez Salinas", True)
    assert said(quotes, "la Policía Estatal enviará") == ("Esteban Villegas Villarreal", True)


def test_quotes_a_state_demonym_after_the_name_and_its_title(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Rubén Rocha Moya, gobernador de Sinaloa, y Alfonso Durazo Montaño, gobernador de Sonora, se reunieron en "
        "Mazatlán.\n\n"
        "“Vamos a reforzar la vigilancia en la costa”, dijo el mandatario sinaloense."))
    assert said(quotes, "Vamos a reforzar") == ("Rubén Rocha Moya", True)


def test_quotes_a_clause_after_the_morning_conference_is_said(nlp_es):
    quotes = quotes_of(nlp_es, "La presidenta Claudia Sheinbaum dijo en la mañanera que la reunión será privada.")
    assert said(quotes, "la reunión será privada") == ("Claudia Sheinbaum", True)


def test_quotes_a_relative_of_the_conference_still_says_nothing(nlp_es):
    quotes = quotes_of(nlp_es, "El gobernador Alfonso Durazo habló en la conferencia que ofreció este martes.")
    assert not quotes


def test_quotes_a_spokesman_named_beside_the_one_he_speaks_for(nlp_es):
    quotes = quotes_of(nlp_es, (
        "La presidenta Claudia Sheinbaum recibió al embajador en Palacio Nacional.\n\n"
        "El vocero de Sheinbaum, Jesús Ramírez Cuevas, explicó que no habrá conferencia."))
    assert said(quotes, "no habrá conferencia") == ("Jesús Ramírez Cuevas", True)


def test_quotes_two_people_joined_by_y_still_speak_together(nlp_es):
    quotes = quotes_of(nlp_es, "«Seguiremos cooperando», dijeron Claudia Sheinbaum y Donald Trump.")
    assert said(quotes, "Seguiremos cooperando")[0].startswith("joint statement")
