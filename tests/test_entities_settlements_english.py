"""Entities, stop 41: a settlement named after an English word for its kind and "of" is a place."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _types(text: str) -> dict[str, str]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published="2026-12-04")))
    return {e.name: e.type for e in ex.entities}


def test_a_community_of_a_given_name_is_a_place():
    text = ("Army troops dismantled a drug lab near the community of Mariano Escobedo, in the municipality of Badiraguato, "
            "officials said.")
    assert _types(text).get("Mariano Escobedo") == "place"


def test_an_ejido_named_after_a_person_is_a_place():
    text = "Soldiers seized 40 rifles at a ranch in the ejido of Emiliano Zapata, near Culiacán, on Tuesday."
    assert _types(text).get("Emiliano Zapata") == "place"
