"""A dateline of places alone on its line ("San Pedro Sula, Honduras.", or a wire's with its date) over the first paragraph opens the article,
as Central American papers print it; a line of unknown capitalized words there (a desk, a tag) is not read so. A caption
closed by its picture's note in brackets ("(file image)") or opened by it ("Imagen referencial.") is no headline."""

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


def test_clean_a_wires_dateline_with_its_date_alone_stays_and_dates_the_page():
    doc = clean_document(RawDocument("page.txt", "Fentanyl seizures at ports of entry keep falling in 2026\n\n"
                                     "WASHINGTON (AP) — March 4, 2026\n\n" + BODY_ES))
    assert "WASHINGTON (AP) — March 4, 2026" in doc.body and doc.published == "2026-03-04"


@pytest.mark.parametrize("caption", ["Officers searched the lorry at the port (file image)",
                                     "Agentes revisan el cargamento en la aduana (Imagen de archivo).",
                                     "Imagen referencial. Los paquetes estaban ocultos en cajas de piña."])
def test_clean_a_caption_closed_by_its_pictures_note_in_brackets_is_no_headline(caption):
    title = "Customs officers seize cannabis worth €1.4m in lorry at Rosslare"
    doc = clean_document(RawDocument("page.txt", f"News\n\nCrime\n\n{title}\n\nUpdated / Thursday, 4 Dec 2026 18:22\n\n"
                                     f"{caption}\n\n" + BODY_ES))
    assert doc.title == title and caption in doc.removed
