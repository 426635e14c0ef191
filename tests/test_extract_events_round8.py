"""Events of wire stories, releases and portals telling one meeting, arrest, extradition, seizure or attack
(issue 11, round 8): where, when and what each is."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def _events(text: str, published: str | None = None) -> list[dict]:
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned,
             "place": names.get(e.place), "participants": sorted(names[p] for p in e.participants)}
            for e in ex.events]


def test_extract_events_a_meeting_at_an_embassy_is_in_the_host_city():
    # the embassy's country had placed it in the United States
    (meeting,) = _events("Mexican Security Minister Omar García Harfuch met on Tuesday with FBI Director Kash Patel "
                         "at the U.S. embassy in Mexico City to review joint operations.", "2026-12-02")
    assert (meeting["type"], meeting["date"], meeting["place"]) == ("meeting", "2026-12-01", "Mexico City")
