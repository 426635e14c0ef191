"""Dates (evdates6, stop 42): a month followed by a decimal amount is no month-first date ("incautó el 31 de diciembre
3,2 toneladas de cocaína" is the 31st, in the year before a story of early January), while "December 3, 2025" and
"Dec. 3" stay dates."""

from __future__ import annotations

from pesquisa.extract.dates import extract_dates


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract_dates(text, published=published)]


def test_extract_dates_a_day_before_a_decimal_amount_reads_day_first():
    assert _values("La Armada incautó el 31 de diciembre 3,2 toneladas de cocaína.", "2027-01-02") == [
        ("31 de diciembre", "2026-12-31")]
    assert _values("Officers seized 4.5 tons on December 30 and 2.5 tons in January.", "2027-01-02")[0] == (
        "December 30", "2026-12-30")


def test_extract_dates_month_first_dates_stay():
    assert _values("The men were arrested on December 3, 2026 in Laredo.", "2027-01-02") == [
        ("December 3, 2026", "2026-12-03")]
    assert _values("He was arrested on Dec. 3. The next day he was charged.", "2026-12-09")[0] == ("Dec. 3", "2026-12-03")
