"""Dates: publication date and relative expressions resolved against it."""

from __future__ import annotations

from pesquisa.calendar import parse_date
from pesquisa.extract.dates import extract_dates


def _values(text, published):
    return [(d.text, d.value, d.relative) for d in extract_dates(text, published=published)]


def test_extract_dates_absolute_english_and_spanish():
    assert parse_date("May 17, 2017") == "2017-05-17"
    assert parse_date("13 de agosto de 2025") == "2025-08-13"
    assert parse_date("el 31 de marzo de 2025") == "2025-03-31"


def test_extract_dates_day_month_without_year_takes_the_anchor_year():
    assert _values("On January 16, the president spoke.", "2019-01-28") == [("January 16", "2019-01-16", True)]
    assert parse_date("Oct. 13", __import__("datetime").date(2024, 1, 5)) == "2023-10-13"


def test_extract_dates_relative_weekdays_follow_the_tense():
    # published on a Wednesday (2017-05-17): "will meet this Thursday" is the next day
    assert _values("They will meet this Thursday in Washington.", "2017-05-17") == [("Thursday", "2017-05-18", True)]
    # a past report: "said Friday" is the Friday before a Saturday publication
    assert _values("Ebrard said Friday that results came.", "2023-10-14") == [("Friday", "2023-10-13", True)]


def test_extract_dates_spanish_relative_expressions():
    assert _values("El pasado martes fue detenido.", "2022-06-29") == [("martes", "2022-06-28", True)]
    assert _values("El aseguramiento fue realizado ayer.", "2019-01-29") == [("ayer", "2019-01-28", True)]


def test_extract_dates_last_year():
    assert _values("Seizures rose last year.", "2024-03-01") == [("last year", "2023", True)]


def test_extract_dates_unresolved_without_publication_date():
    assert _values("They met on Thursday.", None) == [("Thursday", None, True)]
