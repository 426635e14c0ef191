"""Dates (evdates10, stop 43): "overnight" as an adverb ("seized ... overnight, the agency said") is the night just
past, dated by the day of publication (or of telling, after "said Monday that"); "an overnight stay" and "overnight
into Sunday" are no date of their own."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates
from pesquisa.records import Span


def _values(text: str, published: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, published=published, sentences=[Span(0, len(text))])}


def test_extract_dates_overnight_is_the_publication_day():
    text = "Customs officers seized 300 kg of cannabis at the Elubo border overnight, the agency said."
    assert _values(text, "2026-05-20")["overnight"] == "2026-05-20"


def test_extract_dates_overnight_after_a_day_of_telling_counts_from_it():
    text = "The agency said on Tuesday that officers seized 300 kg of cannabis overnight at the border."
    assert _values(text, "2026-05-20")["overnight"] == "2026-05-19"


def test_extract_dates_overnight_before_a_noun_or_a_day_is_none():
    assert "overnight" not in _values("The suspects made an overnight stop in Tema.", "2026-05-20")
    assert "overnight" not in _values("Gunmen attacked the village overnight into Sunday.", "2026-05-20")


def test_extract_events_a_seizure_overnight_told_the_same_day_is_dated():
    text = ("Cannabis seized at Elubo border\n\n"
            "Officers of the Narcotics Control Commission intercepted one tonne of cannabis in a truck at the Elubo "
            "border overnight, the Commission said on Wednesday.")
    assert {e["date"] for e in event_dicts(text, "2026-05-20") if e["type"] == "seizure"} == {"2026-05-20"}
