"""A subject that names no one the story knows, said in its own words: a possessor's ("The store's owner, who has
not been charged, said") or an acronym no entity holds ("DPS said") is someone unnamed, never whoever spoke last."""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_extract_quotes_a_possessors_noun_speaks_for_itself_not_for_the_last_speaker(nlp_en):
    quotes = quotes_of(nlp_en, "Over three years, a small gun store sold more than 300 rifles that Mexican authorities "
                               "later seized, according to tracing records reviewed by The Washington Post.\n\n"
                               "The store's owner, who has not been charged with any crime, said in an interview that "
                               "he followed every federal rule.")
    assert said(quotes, "he followed every federal rule") == ("The store's owner", False)


def test_extract_quotes_an_acronym_no_entity_holds_is_no_earlier_speaker(nlp_en):
    quotes = quotes_of(nlp_en, "The truck crossed at Nogales on Monday, according to records reviewed by The "
                               "Washington Post.\n\nDPS said the pills were packed in 40 bundles behind the cab.")
    assert said(quotes, "the pills were packed") == ("DPS", False)
