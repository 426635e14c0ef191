"""An arrest, extradition or seizure an article tells without its own day is dated by the day the article came out.

A Spanish portal runs the arrest in Texas two days after it ("Agentes del FBI detuvieron en Katy a ..."), with no day:
the report carries the portal's day, two days after the wire's "arrested ... on Thursday". Such a report, naming the
same man acted on (or, for a seizure, the same amount: "alrededor de 400 mil pastillas de fentanilo"), is the same
event when it comes up to ``LATE_DAYS`` after the other; dates farther apart, or reports naming no one and nothing in
common, keep the one-day rule of ``_clusters.dates_agree`` (``_late.days_agree`` reads both).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

LATE_DAYS = 3
# told again by name, or by the amount seized, for days after; a gathering is told by its day
LATE_TYPES = {"arrest", "extradition", "seizure"}


def dated_late(r: EventReport) -> bool:
    """True for an arrest, extradition or seizure report whose day is the day its article came out."""
    return r.type in LATE_TYPES and bool(r.date and r.published and len(r.date) == 10 and r.date == r.published[:10])


def late_agree(date_a: str | None, late_a: bool, date_b: str | None, late_b: bool) -> bool:
    """True when the later of two days is its article's own day (``dated_late``) and the earlier up to ``LATE_DAYS``
    before it."""
    if not (date_a and date_b and len(date_a) == 10 and len(date_b) == 10):
        return False
    gap = (dt.date.fromisoformat(date_b) - dt.date.fromisoformat(date_a)).days
    return (0 < gap <= LATE_DAYS and late_b) or (0 < -gap <= LATE_DAYS and late_a)
