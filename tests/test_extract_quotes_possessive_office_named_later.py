"""A speaker described by a country's office ("Mexico's defense minister said ...") whom the story names later under
the office's formal title ("General Ricardo Trevilla, the Secretary of National Defense"): the description is read
past its possessive and through the title synonyms, so the quote is that person's; another country's defense
secretary named later stays someone else.

Each case is a kind of text news carries, written here without reading the shared corpus or its gold.
"""

from __future__ import annotations

from _quote_helpers import quotes_of, said


def test_the_defense_minister_named_later_by_apposition(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Mexico's defense minister said Tuesday that troops had dismantled 12 drug labs in Sinaloa. General Ricardo "
        "Trevilla, the Secretary of National Defense, added that 40 people were arrested."))
    assert said(quotes, "troops had dismantled") == ("Ricardo Trevilla", True)


def test_the_defense_minister_named_later_by_a_title_before_the_name(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Mexico's defense minister said on Monday the army would send 1,000 more troops to Culiacan. Secretary of "
        "National Defense Ricardo Trevilla Trejo spoke at the president's morning press conference."))
    assert said(quotes, "the army would send") == ("Ricardo Trevilla Trejo", True)


def test_a_us_defense_secretary_named_later_is_someone_else(nlp_en):
    quotes = quotes_of(nlp_en, (
        "Mexico's defense minister said on Monday the army would send 1,000 more troops to Culiacan. U.S. Defense "
        "Secretary Pete Hegseth said Washington was ready to help."))
    assert said(quotes, "the army would send")[0] != "Pete Hegseth"
