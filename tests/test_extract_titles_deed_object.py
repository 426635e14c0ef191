"""Titles, stop 41: the one a deed was done to holds no title of the words before the verb."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _titles(text: str) -> dict[str, list[str]]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-04")))
    return {e.name: list(e.titles) for e in ex.entities if e.type == "person"}


def test_the_arrested_holds_no_title_of_the_office_that_told_it():
    text = ("The Sonora State Attorney General's Office said its agents arrested Rubén Escalante Meza, 27, on Friday in "
            "Hermosillo.")
    assert _titles(text).get("Rubén Escalante Meza") == []


def test_a_title_before_a_name_stays():
    text = "Sonora Attorney General Gustavo Salas said the suspect was arrested on Friday in Hermosillo."
    assert _titles(text).get("Gustavo Salas")
