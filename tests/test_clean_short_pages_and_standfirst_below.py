"""A two-paragraph wire whose headline came apart (a feed's title field) keeps its lede: on a page of a few lines,
no line shares its words with another, so new words tell no other story's teaser; a standfirst printed again under
the story's last paragraph (the page's summary over the share buttons) stays under the headline and goes below
(hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("WASHINGTON (KRGV) - DEA Administrator Terry Cole met with Mexico's Attorney General Ernestina Godoy on "
        "Wednesday in Washington to discuss joint investigations into fentanyl trafficking networks.")
QUOTE = '"Mexico is an essential partner," Cole said in a statement after the meeting.'


@pytest.mark.parametrize("more", [[], ["The two officials agreed to meet again in Mexico City early next year."]])
def test_clean_a_short_wire_keeps_its_lede(more):
    raw = "\n\n".join([LEDE, QUOTE, *more])
    body = clean_document(RawDocument(source="f.jsonl#1", raw=raw, title="DEA chief meets Mexico's top prosecutor")).body
    assert LEDE in body and QUOTE in body


def test_clean_a_teaser_on_a_long_page_still_goes():
    teaser = "Cartel gunmen kill four in an ambush on a highway in Zacatecas as troops arrive"
    paragraphs = [LEDE, QUOTE,
                  "Godoy said the attorney general's office would share evidence on fentanyl laboratories with the DEA.",
                  "Cole said the DEA would send more agents to work with Mexican prosecutors on trafficking networks.",
                  "The meeting was the first between the two since Godoy took office.",
                  "Related stories", teaser, "Mexico extradites 26 to the United States"]
    body = clean_document(RawDocument(source="p.txt", raw="DEA chief meets Mexico's top prosecutor\n\n" +
                                      "\n\n".join(paragraphs))).body
    assert LEDE in body and teaser not in body


def test_clean_a_standfirst_printed_again_below_the_story_stays_on_top():
    dek = "La FGR y la Guardia Nacional catearon 15 inmuebles en Tepeaca y Palmar de Bravo"
    lede = ("Agentes de la Fiscalía General de la República y de la Guardia Nacional detuvieron a 12 personas durante "
            "15 cateos realizados en los municipios de Tepeaca y Palmar de Bravo, como parte de una investigación.")
    rest = ["En los inmuebles se aseguraron 120 mil litros de hidrocarburo y 18 tractocamiones, informó la dependencia.",
            "Los detenidos fueron trasladados a la Ciudad de México, donde un juez determinará su situación jurídica."]
    raw = "\n\n".join(["Detienen a 12 en cateos contra red de huachicol en Puebla", dek, "Redacción", lede, *rest, dek, "Compartir"])
    body = clean_document(RawDocument(source="p.txt", raw=raw)).body
    assert body.count(dek) == 1 and body.index(dek) < body.index(lede)
