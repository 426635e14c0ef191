"""A byline told "Posted by X on <date>", a site's motto alone under its name atop the page ("Noticias de México y el
mundo"), and a publisher's note on itself closing the page ("X is a digital media company. We ...") are chrome; the
story's headline is the title and the story's sentences stay (hand-written pages)."""

from __future__ import annotations

import pytest

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

LEDE = ("Federal prosecutors in Arizona charged six people on Friday with buying rifles for a cartel cell in Sonora, "
        "the Justice Department said.")
LEDE_ES = ("El Gobierno de México informó este sábado que seis personas fueron detenidas en Nogales con "
           "fusiles comprados en Arizona para una célula delictiva.")
LAST = "The investigation was led by the ATF, prosecutors said."


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


@pytest.mark.parametrize("byline", ["Posted by Desert Wire Staff on December 5, 2026",
                                    "Published by Ana Ruiz on 05/12/2026", "Publicado por Redacción el 5 de diciembre de 2026"])
def test_clean_a_posted_by_byline_with_its_date_goes(byline):
    body = _clean(f"Six charged with buying rifles for Sonora cartel cell\n\n{byline}\n\n{LEDE}\n\n{LAST}\n").body
    assert byline not in body and LEDE in body


def test_clean_a_sentence_posted_by_someone_stays():
    line = "Posted by a relative on Facebook, the video shows the men loading rifles into a truck before dawn."
    body = _clean(f"Six charged with buying rifles for Sonora cartel cell\n\n{LEDE}\n\n{line}\n\n{LAST}\n").body
    assert line in body


@pytest.mark.parametrize("motto", ["Noticias de México y el mundo", "El diario de la frontera norte",
                                   "Tu fuente de información en Sonora"])
def test_clean_a_sites_motto_under_its_name_goes_and_the_headline_is_the_title(motto):
    headline = "Detienen en Nogales a seis con fusiles comprados en Arizona"
    doc = _clean(f"Frontera Web\n\n{motto}\n\nNacional\n\n{headline}\n\nRedacción\n\n6 diciembre, 2026\n\n0 Comentarios\n\n"
                 f"Fiscalía\n\n{LEDE_ES}\n\n"
                 "Los detenidos fueron puestos a disposición del Ministerio Público Federal.\n")
    assert doc.title == headline and motto not in doc.body and LEDE_ES in doc.body


def test_clean_a_publishers_note_on_itself_closing_the_page_goes():
    note = ("Desert Wire is a digital media and technology company. We tell the stories of our region and its people. "
            "Sign up to post your community event.")
    body = _clean(f"Six charged with buying rifles for Sonora cartel cell\n\n{LEDE}\n\n{LAST}\n\n{note}\n\nFollow Author\n").body
    assert note not in body and LAST in body


def test_clean_a_sentence_that_names_a_media_company_stays():
    line = ("Grupo Norte is a media company based in Hermosillo whose reporters were threatened after the arrests, "
            "the state prosecutor said.")
    body = _clean(f"Six charged with buying rifles for Sonora cartel cell\n\n{LEDE}\n\n{line}\n\n{LAST}\n").body
    assert line in body
