"""Dates and seizures (evdates10, stop 43): British "at the weekend" is a weekend like "over the weekend" (the one just
past, or the next one in the future tense); an Argentine seizure ("secuestraron el pasado fin de semana 400 kilos de
marihuana") keeps its goods for object across the weekend told between, so it is no kidnapping."""

from __future__ import annotations

from _event_helpers import event_dicts

from pesquisa.extract.dates import extract_dates
from pesquisa.records import Span


def _values(text: str, published: str) -> dict[str, str | None]:
    return {d.text: d.value for d in extract_dates(text, published=published, sentences=[Span(0, len(text))])}


def test_extract_dates_at_the_weekend_is_the_weekend_just_past():
    text = "Police seized two firearms in raids across Leeds at the weekend, the force said."
    assert _values(text, "2026-12-01")["at the weekend"] == "2026-11"  # Saturday the 28th, Sunday the 29th


def test_extract_events_british_weekend_raids_and_the_arrests_after_them_take_its_month():
    text = ("Drugs and guns seized in Leeds raids\n\n"
            "West Yorkshire Police seized two firearms and a kilo of cocaine in raids across Leeds at the weekend, the "
            "force said on Monday.\n\n"
            "Three men were arrested and remain in custody.")
    events = event_dicts(text, "2026-12-14")
    assert {e["date"] for e in events if e["type"] in {"seizure", "arrest"}} == {"2026-12"}


def test_extract_events_secuestraron_el_pasado_fin_de_semana_kilos_es_un_decomiso():
    text = ("Efectivos de Gendarmería Nacional secuestraron el pasado fin de semana 300 kilos de marihuana en una "
            "camioneta en la ruta nacional 14, en Misiones.")
    events = event_dicts(text, "2026-05-11")
    assert [e["type"] for e in events] == ["seizure"]
    assert events[0]["date"] == "2026-05"
