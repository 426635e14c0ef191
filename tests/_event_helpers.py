"""Events of one hand-written page as plain dicts, their entities by name (the shape the event tests assert on)."""

from __future__ import annotations

from pesquisa.clean import clean_document
from pesquisa.extract import extract_document
from pesquisa.records import RawDocument


def event_dicts(text: str, published: str | None) -> list[dict]:
    """Each event of ``text`` cleaned and extracted: type, trigger, date, planned, place, organizer and participants
    (entity names)."""
    ex = extract_document(clean_document(RawDocument(source="t.txt", raw=text, published=published)))
    names = {e.local_id: e.name for e in ex.entities}
    return [{"type": e.type, "trigger": e.trigger, "date": e.date, "planned": e.planned, "place": names.get(e.place),
             "organizer": names.get(e.organizer), "participants": [names.get(p) for p in e.participants]}
            for e in ex.events]
