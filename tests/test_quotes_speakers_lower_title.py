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
