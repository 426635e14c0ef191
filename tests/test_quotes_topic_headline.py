"""A headline's topic before a colon and a quote its attribution closes (stop 43): in "Cartel violence: “...,” says
mayor" the mayor speaks, not the topic the parse makes the verb's subject.

Each case is a kind of text news carries, written here by hand.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_the_one_named_after_the_verb_speaks_past_the_topic(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Cartel violence: \"We are losing a generation,\" says mayor\n\n"
        "CULIACÁN — The mayor of Culiacán, Juan Pablo Ortega Ruiz, warned on Tuesday that the war between factions "
        "was pushing young people into crime."))
    assert said(quotes, "We are losing a generation") == ("Juan Pablo Ortega Ruiz", True)


def test_a_speaker_after_the_quote_in_narration_still_speaks(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Security Minister Laura Benson spoke after the raid. Her message was clear: \"We will not negotiate with "
        "the gangs,\" the minister said."))
    assert said(quotes, "We will not negotiate") == ("Laura Benson", True)
