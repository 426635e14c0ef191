"""A fiscal year so far, with the month it runs to after a comma ("So far in fiscal year 2026, through April"; "En lo
que va del año fiscal 2026, hasta abril"), with or without a publication date; and, with no date to count to and no
month, no period rather than the whole year. Hand-written EN/ES sentences."""

from __future__ import annotations

import pytest

from pesquisa.analyze.periods import find_periods


@pytest.mark.parametrize("published", [None, "2026-05-20"])
@pytest.mark.parametrize("text", [
    "So far in fiscal year 2026, through April, CBP has seized 6,726 pounds of fentanyl.",
    "En lo que va del año fiscal 2026, hasta abril, la CBP decomisó 6,726 libras de fentanilo.",
])
def test_year_so_far_through_a_month(text, published):
    [period] = find_periods(text, published=published, fiscal_context=True)
    assert (period.start, period.end, period.form) == ("2025-10", "2026-04", "to-date")


def test_year_so_far_without_a_date_is_no_whole_year():
    text = "So far in fiscal year 2026, CBP has seized 6,726 pounds of fentanyl."
    assert find_periods(text, published=None, fiscal_context=True) == []
    [period] = find_periods(text, published="2026-03-02", fiscal_context=True)
    assert (period.start, period.end) == ("2025-10", "2026-02")


def test_named_fiscal_year_through_a_month_unchanged():
    [period] = find_periods("In fiscal year 2026 through April, CBP seized 6,726 pounds.", fiscal_context=True)
    assert (period.start, period.end) == ("2025-10", "2026-04")
