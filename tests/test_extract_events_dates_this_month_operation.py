"""Event dates (evdates10, stop 43): a seizure dated "earlier this month", "a principios de este mes" (a stretch of days
just past, like a weekend) dates by its month the undated arrest told right after it, made in the same operation; a
month named ("in March") is background and still dates none."""

from __future__ import annotations

from _event_helpers import event_dicts


def _arrests(text: str, published: str) -> list[str | None]:
    return [e["date"] for e in event_dicts(text, published) if e["type"] == "arrest"]


def test_extract_events_an_arrest_after_a_seizure_earlier_this_month_takes_the_month():
    text = ("Coast Guard offloads cocaine in Florida\n\n"
            "The Coast Guard seized 1,800 kilograms of cocaine from a go-fast vessel in the Caribbean earlier this "
            "month, officials said Friday.\n\n"
            "The four crew members were arrested and face federal charges.")
    assert _arrests(text, "2026-06-19") == ["2026-06"]


def test_extract_events_un_arresto_tras_un_aseguramiento_a_principios_de_mes_toma_el_mes():
    text = ("A principios de este mes, la Guardia Nacional aseguró 500 kilos de metanfetamina en una bodega de "
            "Culiacán. Dos hombres fueron detenidos.")
    assert _arrests(text, "2026-06-19") == ["2026-06"]


def test_extract_events_a_month_named_still_dates_no_arrest_after_it():
    text = ("The Coast Guard seized 1,800 kilograms of cocaine in the Caribbean in March.\n\n"
            "The four crew members were arrested.")
    assert _arrests(text, "2026-06-19") == [None]
