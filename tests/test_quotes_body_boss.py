"""A body's "boss" named again (stop 43): "the DEA boss told reporters" is the person titled at the DEA, as "the DEA
chief" is; the body alone speaks only when no one holds a title there.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_the_boss_of_a_body_is_its_titled_person(nlp_en):
    quotes = quotes_of(nlp_en, (
        "DEA Administrator Robert Hale announced the seizure on Monday in Washington. "
        "\"This is the largest fentanyl seizure in our history,\" the DEA boss told reporters."))
    assert said(quotes, "This is the largest fentanyl seizure") == ("Robert Hale", True)
