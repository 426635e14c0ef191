"""A dateline of places alone on its line ("San Pedro Sula, Honduras.") over the first paragraph opens the article,
as Central American papers print it; a line of unknown capitalized words there (a desk, a tag) is not read so."""

from __future__ import annotations

import pytest
from _page_helpers import BODY_ES

from pesquisa.clean import clean_document
from pesquisa.clean._place_line import is_place_line
from pesquisa.records import RawDocument

HEAD = ("Capturan en Guatemala a presunto operador de una red de trasiego\n\n"
        "El detenido es requerido por una corte federal de Texas.\n\nRedacción web\n\n")


@pytest.mark.parametrize("dateline", ["San Pedro Sula, Honduras.", "Tegucigalpa, Honduras", "Culiacán, Sin."])
def test_clean_a_dateline_of_places_alone_over_the_first_paragraph_stays(dateline):
    doc = clean_document(RawDocument("page.txt", HEAD + f"{dateline}\n\n" + BODY_ES))
    assert dateline in doc.body and "Redacción web" in doc.removed


@pytest.mark.parametrize("line, expected", [
    ("San Pedro Sula, Honduras.", True),
    ("Ciudad de México, México.", True),
    ("Redacción, Staff.", False),  # no known place last
    ("Honduras.", False),  # one part alone is no dateline of places
    ("Los agentes llegaron a Copán, Honduras.", False),  # a sentence, not names
])
def test_clean_a_place_line_is_names_joined_by_commas_ending_in_a_known_place(line, expected):
    assert is_place_line(line) is expected
