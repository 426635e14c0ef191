"""Quotes of a Spanish aside set off by commas whose verb is a compound tense or whose speaker the parse made an object
or a second subject ("La investigación, ha precisado la Policía en una nota, se inició ..."), and of a quote that
follows the object of a verb of calling ("calling it “...”"), not "called for".

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_an_aside_in_a_compound_tense_attributes_its_sentence(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Agentes de la Guardia Civil detuvieron a cuatro personas en Vigo. La investigación, ha precisado la Guardia "
        "Civil en un comunicado, comenzó hace ocho meses tras un aviso de la DEA."))
    assert said(quotes, "La investigación, ha precisado") == ("Guardia Civil", True)
    # a whole sentence with its object before a colon is no aside: its subject speaks
    quotes = quotes_of(nlp_es, (
        "El subdelegado del Gobierno en Huelva, Manuel Rodríguez, ha valorado la operación en declaraciones a este "
        "diario: \"Es un golpe muy duro para las redes que usan la costa\"."))
    assert said(quotes, "Es un golpe muy duro") == ("Manuel Rodríguez", True)


def test_the_aside_speaks_not_the_sentence_subject_before_it(nlp_es):
    quotes = quotes_of(nlp_es, (
        "Juan Carlos Ortega fue detenido en Nogales. Los detenidos, informó la Fiscalía de Sonora, fueron trasladados "
        "al penal de Hermosillo."))
    assert said(quotes, "Los detenidos, informó") == ("Fiscalía de Sonora", True)


def test_a_quote_after_calling_it_is_the_subject_s(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Sheriff Martin Cuellar said the load was headed to San Antonio. Governor Greg Abbott called for calm in "
        "Laredo. The U.S. Embassy in Mexico praised the arrests in a post on X, calling them \"proof of what our "
        "joint work can achieve.\""))
    assert said(quotes, "proof of what our joint work") == ("U.S. Embassy in Mexico", True)
    assert [q.text for q in quotes if q.text.startswith("calm")] == []  # "called for": no speech

