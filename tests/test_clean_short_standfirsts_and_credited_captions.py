"""A short standfirst printed with its headline atop the page and again over the body ("Two suspects were held") is
kept once; a caption over its credit in brackets between two paragraphs goes (hand-written page)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

HEADLINE = "Coast Guard stops panga with 18 migrants off Imperial Beach"
DEK = "Two suspected pilots were held"
CAPTION = "A panga rests on the sand at Torrey Pines in a 2025 file photo."
RAW = ("The Coastal Ledger\nPublic Safety\n"
       f"{HEADLINE}\n{DEK}\nBy Ana Ruiz\nNov. 21, 2026 3:10 PM PT\nShare\n{HEADLINE}\n{DEK}\n"
       "IMPERIAL BEACH — Coast Guard crews and Border Patrol agents stopped a panga carrying 18 migrants about three "
       "miles off Imperial Beach early Thursday, officials said.\n"
       "Two men suspected of piloting the boat were arrested and face federal smuggling charges, according to a "
       "Border Patrol statement.\n"
       f"{CAPTION}\n(Jane Roe / The Coastal Ledger)\n"
       "The migrants, from Mexico, Colombia and Peru, were taken into custody and will be processed for removal.\n"
       "Maritime smuggling attempts along the county's coast have risen sharply over the past three years, according "
       "to federal data.\n"
       "Newsletter\nGet Coastal Mornings, weekday mornings\nSign Me Up\n")


def test_clean_a_short_standfirst_printed_again_with_its_headline_is_kept_once():
    body = clean_document(RawDocument(source="p.txt", raw=RAW)).body
    assert body.split("\n").count(DEK) == 1


def test_clean_a_caption_over_its_credit_in_brackets_between_paragraphs_goes():
    body = clean_document(RawDocument(source="p.txt", raw=RAW)).body
    assert CAPTION not in body and "were taken into custody" in body
