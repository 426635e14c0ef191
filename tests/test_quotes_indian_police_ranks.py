"""Indian police officers named by a rank written out before the name and by its initials later (stop 43): "Director
General of Police X ... the DGP said" is X speaking, and the rank is no part of the name.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_the_rank_initials_point_back_to_the_officer(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Director General of Police Arvind Mehra said the accused were in touch with smugglers across the border. "
        "\"The network was run from across the border and we have identified the handlers,\" the DGP said."))
    assert said(quotes, "The network was run") == ("Arvind Mehra", True)


def test_a_rank_of_several_words_stays_out_of_the_name(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Commissioner of Police Harjit Singh Dhillon said a case had been registered under the NDPS Act. "
        "\"This is a major breakthrough against the drone smugglers,\" he said."))
    assert said(quotes, "This is a major breakthrough") == ("Harjit Singh Dhillon", True)
