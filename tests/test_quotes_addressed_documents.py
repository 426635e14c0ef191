"""A document a verb answers or refers to is no one told, and a criminal case's filing is no speaker's (stop 43):
'respondió al mensaje que el presidente publicó' reports nothing; 'According to the criminal complaint, ...' after a
named speaker stays the complaint's, no one named.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_a_relative_of_the_document_answered_is_no_reported_clause(nlp_es):
    assert quotes_of(nlp_es, (
        "La presidenta Claudia Sheinbaum respondió este lunes al mensaje que el presidente Donald Trump publicó en "
        "su red social.")) == []
    assert quotes_of(nlp_es, (
        "El fiscal Roberto Fierro se refirió al informe que la comisión entregó la semana pasada al Congreso.")) == []
    assert quotes_of(nlp_es, (
        "El presidente Daniel Noboa respondió este miércoles a la carta que un grupo de alcaldes de la costa le envió "
        "para pedir el fin del estado de excepción.")) == []


def test_the_one_told_still_opens_the_clause_said(nlp_es):
    quotes = quotes_of(nlp_es, "El fiscal Roberto Fierro informó a los familiares que los restos serán entregados el viernes.")
    assert said(quotes, "los restos serán entregados") == ("Roberto Fierro", True)
    quotes = quotes_of(nlp_es, "El gobernador Arturo Lozano respondió a la carta de los alcaldes que la seguridad está garantizada.")
    assert said(quotes, "la seguridad está garantizada") == ("Arturo Lozano", True)


def test_a_criminal_complaint_after_a_named_speaker_names_no_one(nlp_en, nlp_es):
    quotes = quotes_of(nlp_en, (
        "\"We will pursue every member of this network,\" said Special Agent in Charge Greg Millard.\n"
        "According to the criminal complaint, agents seized 9,000 fentanyl pills from a stash house."))
    assert said(quotes, "agents seized") == ("the criminal complaint", False)
    quotes = quotes_of(nlp_es, (
        "\"No habrá impunidad\", dijo el fiscal Roberto Fierro. Según la denuncia penal, los detenidos "
        "transportaban 40 kilos de cocaína."))
    assert said(quotes, "los detenidos transportaban") == ("la denuncia penal", False)
