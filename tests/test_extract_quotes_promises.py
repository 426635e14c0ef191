"""A promise or a threat with an infinitive states what someone will do, no words said ("prometió atender el
problema", as English "vowed to fight"); with a clause it reports words ("prometió que atendería el problema")."""

from __future__ import annotations

from _quote_helpers import quotes_of


def test_extract_quotes_a_promise_with_an_infinitive_is_no_reported_speech(nlp_es):
    quotes = quotes_of(nlp_es, "El Marco Bicentenario prometió atender el problema con información compartida entre los "
                               "dos gobiernos.\n\nEl gobernador juró defender a los productores de la región.\n")
    assert not any(q.text.startswith(("atender el problema", "defender a los productores")) for q in quotes)


def test_extract_quotes_a_promise_with_a_clause_reports_words(nlp_es):
    quotes = quotes_of(nlp_es, "El secretario de Seguridad, Omar García Harfuch, prometió que la investigación llegará "
                               "hasta las últimas consecuencias.\n")
    assert any(q.text.startswith("la investigación llegará") and q.speaker == "Omar García Harfuch" for q in quotes)
