"""A photo's caption that prints the story's first paragraph over its credit ("Two Socorro men have been charged ..." /
"Ana Ruiz/Journal"): the caption goes and the story's own copy under the headline stays (hand-written page)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("Two Socorro men have been charged in federal court with buying dozens of pistols that were later smuggled to a "
        "cartel cell in Chihuahua.")


def test_clean_the_stories_copy_of_a_paragraph_its_caption_prints_stays():
    raw = ("Valley Journal\nNews\nTwo men charged with buying pistols for cartel cell\nBy Ana Ruiz / Journal Staff Writer\n"
           f"Published\nNov 20, 2026, 4:10 PM\n{LEDE}\nMaria Lopez/Journal\n"
           f"Two men charged with buying pistols for cartel cell\n{LEDE}\n"
           "The complaint, filed Wednesday in federal court in Albuquerque, says the men bought 44 pistols from gun shops "
           "in Socorro and Valencia counties over eight months.\n"
           "Both men are being held pending a detention hearing, court records show.\n"
           "Ana Ruiz covers criminal justice for the Journal.\nGet our free daily newsletter\n")
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert body.split("\n").count(LEDE) == 1 and "Maria Lopez/Journal" not in body
    assert body.index(LEDE) > body.index("Two men charged with buying pistols for cartel cell")
