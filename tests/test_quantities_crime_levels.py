"""The level a change of crimes or records reaches is a statistic; of other things a count."""

from __future__ import annotations

from _quantity_helpers import one


def test_the_level_of_crime_reports_after_a_change_is_a_statistic() -> None:
    text = "Reports of extortion rose by a third, to 240, the state prosecutor said."
    assert one(text, "en", "240").kind == "statistic"
    assert one("Robberies fell 20%, to 1,300, in the first quarter.", "en", "1,300").kind == "statistic"


def test_the_level_of_crimes_in_spanish() -> None:
    q = one("Las extorsiones subieron 15%, a 410, según la fiscalía.", "es", "410")
    assert (q.kind, q.value) == ("statistic", 410.0)


def test_the_level_of_deportations_stays_a_count() -> None:
    assert one("Deportations rose 12%, to 198,000, last year.", "en", "198,000").kind == "count"
