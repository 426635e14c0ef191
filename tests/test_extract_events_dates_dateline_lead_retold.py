"""Event dates (evdates9, stop 43): a lead dated only by its dateline ("Accra, Feb. 3, GNA - The Commission has
arrested ...") takes the day the next sentence tells it happened, when that day is in the week before the dateline's;
a day further back, or a month, is another event's, and the dateline's day stays."""

from __future__ import annotations

from _event_helpers import event_dicts

LEAD = ("NACOC arrests two at airport with cocaine\n\n03 February 2026\n\nAccra, Feb. 3, GNA - The Narcotics Control "
        "Commission (NACOC) has arrested two Nigerian nationals at the Kotoka International Airport with 4.5kg of "
        "cocaine.\n\n")


def _arrests(text: str) -> set[str | None]:
    return {e["date"] for e in event_dicts(text, None) if e["type"] == "arrest"}


def test_extract_events_a_dateline_dated_lead_takes_the_day_told_next():
    text = LEAD + "The suspects were arrested on Sunday night while attempting to board a flight to Amsterdam.\n"
    assert _arrests(text) == {"2026-02-01"}


def test_extract_events_a_dateline_dated_lead_keeps_its_day_before_an_older_event():
    text = LEAD + "Officers arrested two other men at the same airport on January 12 with heroin.\n"
    assert "2026-02-03" in _arrests(text)
    text = LEAD + "Last month, officers arrested three men at the same airport with heroin.\n"
    assert "2026-02-03" in _arrests(text)


def test_extract_events_a_lead_cut_after_its_dateline_still_takes_the_day_told_next():
    text = ("México extradita a EEUU a exjefe de plaza del Cártel de Sinaloa\n\nCiudad de México, 27 feb 2026 (AFP) - "
            "México extraditó a Estados Unidos a un exjefe de plaza del Cártel de Sinaloa, informó este viernes la "
            "Fiscalía General de la República.\n\nEl hombre fue entregado el jueves a agentes de la DEA en el "
            "aeropuerto de Toluca.\n")
    dates = [e["date"] for e in event_dicts(text, None) if e["type"] == "extradition"]
    assert None not in dates and "2026-02-26" in dates
