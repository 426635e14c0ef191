"""Quantities of a hand-written sentence by their text, for the quantity tests."""

from __future__ import annotations

from pesquisa.extract.quantities import extract_quantities
from pesquisa.records import Quantity


def by_text(text: str, lang: str) -> dict[str, Quantity]:
    """Quantities of ``text`` by their text, each checked to sit exactly at its span."""
    quantities = extract_quantities(text, lang=lang)
    for q in quantities:
        assert text[q.span.start:q.span.end] == q.text
    return {q.text: q for q in quantities}


def one(text: str, lang: str, written: str) -> Quantity:
    """The quantity written ``written`` in ``text`` (fails naming the ones found when it is absent)."""
    found = by_text(text, lang)
    assert written in found, f"{written!r} not in {list(found)}"
    return found[written]
