"""The date of an event named again ("the arrest", "la detención") by a sentence that tells its own time.

"La Policía Nacional ha detenido en Sevilla a un ciudadano mexicano ... La detención se produjo el pasado fin de
semana": the second sentence names the arrest told before and says when it happened, by a stretch of days that names
no day (a weekend, "last week"), which resolves to its month. An event named again takes the day of the last report of
its type ("The arrest is the latest in a string of blows since last year": the background's year is no date of it);
with none told before, its own month stands when that month is publication's or the one before it: a stretch of days
just past, not background months or years back.
"""

from __future__ import annotations

from pesquisa.records import Event


def retold_date(own: str | None, events: list[Event], kind: str, published: str | None) -> str | None:
    """The date of an event of type ``kind`` named again: the last report of its type's (``events`` so far), else,
    when that one has none, ``own`` when it is a month just past (publication's or the one before it), else None."""
    told = next((e.date for e in reversed(events) if e.type == kind), None)
    if told or not own or len(own) != 7 or not published:
        return told
    return own if own in recent_months(published) else None


def recent_months(published: str) -> set[str]:
    """The month of ``published`` (an ISO date) and the one before it: where a stretch of days just past lies."""
    year, month = int(published[:4]), int(published[5:7])
    return {published[:7], f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"}
