"""Speakers of quotes whose attribution the parse reads awry (stop 42): a closing attribution whose title is written
in lower case ("..., director general of police X said.").

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_a_lower_case_title_before_the_closing_name_speaks(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The Punjab Police recovered six pistols and two drones in Amritsar, director general of police "
        "Gaurav Yadav said."))
    assert said(quotes, "The Punjab Police recovered six pistols") == ("Gaurav Yadav", True)
    quote = next(q for q in quotes if q.text.startswith("The Punjab Police"))
    assert "director" not in quote.text


def test_a_comma_closed_attribution_still_reads_as_before(nlp_en):
    quotes = quotes_of(nlp_en, "The cartel moved the pills through Sonora, Sheriff Mark Dannels said.")
    assert said(quotes, "The cartel moved the pills") == ("Mark Dannels", True)


def test_a_bare_spokesperson_right_after_a_body_speaks_for_it(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The Home Office said Border Force officers stopped the lorry at the port on Friday. "
        "A spokesperson said: \"We will keep stopping drugs at our borders.\""))
    assert said(quotes, "We will keep stopping drugs") == ("Home Office", True)


def test_a_bare_spokesperson_after_a_person_or_for_someone_else_stays_unnamed(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Detective Sergeant John Ryan said the search was part of a wider operation. "
        "A spokesman said: \"We will not comment further.\""))
    assert said(quotes, "We will not comment further") == ("A spokesman", False)
    quotes = quotes_of(nlp_en, (
        "The Home Office said the lorry was stopped on Friday. "
        "A spokesman for the driver's family said: \"He knew nothing about the load.\""))
    assert said(quotes, "He knew nothing") != ("Home Office", True)


def test_a_bare_spokesperson_opening_the_next_paragraph_speaks_for_the_body(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Customs officers seized cocaine worth 21 million euro from a yacht off the coast, Revenue said on Thursday.\n\n"
        "A spokeswoman said the operation was carried out with the Naval Service."))
    assert said(quotes, "the operation was carried out") == ("Revenue", True)


def test_a_name_the_parse_hung_with_its_lower_case_title_on_the_clause_speaks(nlp_en):
    quotes = quotes_of(nlp_en, (
        "The police arrested a gangster wanted in six murder cases near the Ladhowal toll plaza, commissioner of "
        "police Swapan Sharma said on Friday."))
    assert said(quotes, "The police arrested a gangster") == ("Swapan Sharma", True)
    quote = next(q for q in quotes if q.text.startswith("The police arrested"))
    assert "commissioner" not in quote.text
