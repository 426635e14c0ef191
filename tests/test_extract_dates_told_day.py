"""Dates (evdates6, stop 42): a day word ("ayer", "yesterday", "anoche") in what was told on a day before publication
("informó este lunes que ayer ...", on a page stamped Tuesday just after midnight) counts from the day of telling."""

from __future__ import annotations

from pesquisa.extract.dates import extract_dates
from pesquisa.records import Span


def _values(text: str, published: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, published=published, sentences=[Span(0, len(text))])}


def test_extract_dates_ayer_counts_from_the_day_it_was_told():
    text = "La Fiscalía informó este lunes que ayer fue detenido en Uruapan un presunto jefe de plaza."
    assert _values(text, "2026-12-08")["ayer"] == "2026-12-06"  # told Monday the 7th: Sunday
    assert _values(text, "2026-12-07")["ayer"] == "2026-12-06"  # published the day it was told: the same


def test_extract_dates_yesterday_counts_from_the_day_it_was_told():
    text = "Police said Monday that the two suspects were arrested yesterday near the border."
    assert _values(text, "2026-12-08")["yesterday"] == "2026-12-06"


def test_extract_dates_ayer_not_inside_what_was_told_keeps_the_publication_day():
    text = "Ayer fue detenido un presunto jefe de plaza, informó este lunes la Fiscalía."
    assert _values(text, "2026-12-08")["Ayer"] == "2026-12-07"
