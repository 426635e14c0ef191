"""A column's page and a page copied with its publishing system's editing tools, in English and Spanish
(hand-written): the column's date after a slash is its date, a "Más columnas" header closes it, and the editing tools
("You are the owner of this article.", "Edit Article") go."""

from __future__ import annotations

import pytest
from _page_helpers import BODY, BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

COLUMN = "La frontera que nadie quiere mirar"


def _clean(raw: str):
    return clean_document(RawDocument(source="p.txt", raw=raw))


@pytest.mark.parametrize("stamp", ["Ciudad de México /05.12.2026 00:15:00", "Culiacán, Sinaloa /05.12.2026 21:14:33"])
def test_clean_a_columns_date_after_a_place_and_a_slash_is_its_date(stamp):
    doc = _clean(f"{COLUMN}\nAna Ruiz\n{stamp}\n{BODY_ES}")
    assert doc.published == "2026-12-05"


def test_clean_a_number_glued_to_a_slash_is_no_date():
    doc = _clean(f"{COLUMN}\nExpediente 123/05.12.2026\n{BODY_ES}")
    assert doc.published != "2026-12-05"


@pytest.mark.parametrize("header, teaser, body", [
    ("Más columnas", "¿Qué tan lejos está la paz en Culiacán?", BODY_ES),
    ("More columns", "What the border wall never stopped", BODY)])
def test_clean_a_more_columns_header_and_the_headline_under_it_go(header, teaser, body):
    doc = _clean(f"{COLUMN}\nAna Ruiz\n{body}\n{header}\n{teaser}\n")
    assert header not in doc.body and teaser not in doc.body


@pytest.mark.parametrize("line", ["You are the owner of this article.", "Edit Article", "Add New Page"])
def test_clean_a_publishing_systems_editing_tools_go(line):
    headline = "Tucson man indicted in scheme to buy rifles for a cartel"
    doc = _clean("\n".join(["Arizona Daily Star", line, "Local News", "Crime", "Border", "Opinion", headline,
                            "By Ana Ruiz", BODY]))
    assert line not in doc.body
    assert doc.title == headline


@pytest.mark.parametrize("line", ["Dona aquí", "Apóyanos hoy"])
def test_clean_a_donation_button_under_the_story_goes(line):
    doc = _clean(f"{COLUMN}\nAna Ruiz\n{BODY_ES}\nSi te gusta nuestro trabajo, considera apoyarnos con una donación.\n"
                 f"{line}\nEste trabajo está bajo una licencia Creative Commons.\nEtiquetas: frontera, Sonora\n")
    assert line not in doc.body
