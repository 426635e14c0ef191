"""A publisher's pitch for its whole news service closing the story ("Get World News and latest updates from ... on
The Daily Star.", "Consulta las noticias del día y las últimas actualizaciones en El Diario") is chrome; a sentence
of the story that opens with "Get" stays (hand-written page)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

STORY = ("Mexico: 11 police officers killed in cartel ambush in Michoacán\n\n"
         "Gunmen ambushed a police convoy in the western Mexican state of Michoacán, killing 11 officers, local "
         "authorities said Friday.\n\n"
         "The attack took place on a rural road near the town of Aguililla, in a region disputed by drug cartels, the "
         "state security ministry said in a statement.\n\n"
         "{last}\n\n"
         "{pitch}\n\nTopics\n\nmexico\n\ncartel\n")


@pytest.mark.parametrize("pitch", [
    "Get World News and latest updates from the US, China, Russia and India on The Daily Star.",
    "Consulta las noticias del día y las últimas actualizaciones en El Diario del Centro."])
def test_clean_an_outlets_pitch_for_its_news_goes(pitch):
    last = "Security forces have launched an operation to find the attackers, officials said."
    body = clean_document(RawDocument(source="p.txt", raw=STORY.format(last=last, pitch=pitch))).body
    assert pitch not in body and last in body
