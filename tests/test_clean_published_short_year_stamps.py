"""Publication dates from a stamp with a two-digit year and its clock after a separator, as Spanish regional papers
print them ("04.12.26 | 18:30", with middle dots "04·12·26 | 18:30") (issue 11, dates round 4)."""

from __future__ import annotations

from _page_helpers import BODY_ES

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument


def _published(text: str) -> str | None:
    return clean_document(RawDocument(source="a.txt", raw=text)).published


def test_clean_published_a_middle_dot_stamp_with_a_short_year_and_its_clock():
    text = "Cae en Vigo una red de narcotráfico\n\n04·12·26 | 18:30\n\n" + BODY_ES
    assert _published(text) == "2026-12-04"


def test_clean_published_a_dotted_stamp_with_a_short_year_and_its_clock_after_a_pipe():
    text = "Cae en Vigo una red de narcotráfico\n\n05.12.26 | 09:12\n\n" + BODY_ES
    assert _published(text) == "2026-12-05"


def test_clean_published_a_url_day_without_leading_zeros():
    text = "Marina asegura cocaína en Manzanillo\n\n" + BODY_ES
    url = "https://www.proceso.com.mx/nacional/2026/12/3/marina-asegura-cocaina-371234.html"
    assert clean_document(RawDocument(source="a.txt", raw=text, url=url)).published == "2026-12-03"
