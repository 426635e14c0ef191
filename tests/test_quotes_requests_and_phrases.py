"""A quoted fragment of what a request asked of someone, and a speech phrase that holds its own "that" (stop 43):
'exhortó a las autoridades a "no dejar impune" el ataque', 'urged residents to "stay indoors"' are the speaker's words;
'Speaking to journalists, the director, X, noted that ...' reports only the clause after "that".

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said

from pesquisa.extract.quotes._marks import find_direct_quotes


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_direct_quotes(text)]


def test_a_fragment_asked_of_someone_is_the_requesters_quote(nlp_es, nlp_en):
    quotes = quotes_of(nlp_es, (
        "La Comisión Nacional de los Derechos Humanos condenó el crimen y exhortó a las autoridades a \"no dejar "
        "impune\" el ataque."))
    assert said(quotes, "no dejar impune") == ("Comisión Nacional de los Derechos Humanos", True)
    quotes = quotes_of(nlp_es, (
        "El obispo de Chilpancingo, José de Jesús González, pidió a los grupos criminales \"dejar las armas\" y "
        "buscar la paz."))
    assert said(quotes, "dejar las armas") == ("José de Jesús González", True)
    quotes = quotes_of(nlp_en, "Sheriff Mark Dannels urged residents to \"stay indoors\" until the operation ends.")
    assert said(quotes, "stay indoors") == ("Mark Dannels", True)


def test_terms_and_orders_stay_no_request_quote():
    assert _found("The cartel ordered its men to \"clear the plaza\" before dawn.") == []
    assert _found("La alcaldesa pidió a la población \"Sembrando Vida\" como programa.") == []
    assert _found("Police asked drivers, after the crash, to \"avoid the area\" on Monday.") == []


def test_a_phrase_with_its_own_that_reports_only_its_clause(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Speaking to journalists, the Director-General of the commission, Maxwell Mumuni, noted that the consignment "
        "had been shipped from Ecuador."))
    assert [q.text for q in quotes] == ["the consignment had been shipped from Ecuador."]
    assert said(quotes, "the consignment") == ("Maxwell Mumuni", True)


def test_the_request_attributes_its_fragment_after_another_speaker(nlp_es):
    quotes = quotes_of(nlp_es, (
        "El periodista fue asesinado a tiros la noche del domingo, informó la Fiscalía General del Estado.\n\n"
        "A través de un comunicado, la Comisión Nacional de los Derechos Humanos condenó el crimen y exhortó a las "
        "autoridades a \"no dejar impune\" el ataque."))
    assert said(quotes, "no dejar impune") == ("Comisión Nacional de los Derechos Humanos", True)
    assert [q.direct for q in quotes if "impune" in q.text] == [True]
