"""A subject that names no one the story knows, said in its own words: a possessor's ("The store's owner, who has
not been charged, said") or an acronym no entity holds ("DPS said") is someone unnamed, never whoever spoke last."""

from __future__ import annotations

import pytest
from _quote_helpers import quotes_of, said

CASES = [
    ("Over three years, a small gun store sold more than 300 rifles that Mexican authorities later seized, according "
     "to tracing records reviewed by The Washington Post.\n\nThe store's owner, who has not been charged with any "
     "crime, said in an interview that he followed every federal rule.",
     "he followed every federal rule", "The store's owner"),
    ("The truck crossed at Nogales on Monday, according to records reviewed by The Washington Post.\n\nDPS said the "
     "pills were packed in 40 bundles behind the cab.",
     "the pills were packed", "DPS"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_extract_quotes_a_subject_no_entity_holds_speaks_in_its_own_words_not_for_the_last_speaker(
        nlp_en, text, start, speaker):
    assert said(quotes_of(nlp_en, text), start) == (speaker, False)
