"""Meetings and calls of one day told with different counterparts: a visitor meets one official after another.

A minister in Washington meets the FBI director in the morning and the DEA administrator in the afternoon; a president
speaks with two leaders the same day. Reports of two articles sharing a person, a city or a host and the day are one
gathering only when they share two people or neither names someone the other does not: "met with FBI Director Kash
Patel" and "met with DEA Administrator Terrance Cole" are two, while an outlet naming the minister and his ministry, or
the counterpart by title only, still joins the one that names both. The test is made on the people each side's
reports name together, so a headline naming the minister alone ("Se reúne García Harfuch con director del FBI") does
not carry its article's meeting into the other one. A visit is told with whomever each outlet saw fit to name, so it
is left out.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

COUNTERPARTS = {"meeting", "call"}


def gathered(r: EventReport) -> frozenset[str]:
    """The people a meeting or call report names together, two or more (none for one person, or for other types): "met
    with FBI Director Kash Patel" tells whom the minister met; "U.S. Ambassador Ronald Johnson also attended the
    meeting" tells who else was there, not another counterpart."""
    people = frozenset(p for p in r.participant_ids if p.startswith("per-")) if r.type in COUNTERPARTS else frozenset()
    return people if len(people) >= 2 else frozenset()


def company_differs(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two gatherings share at most one person and each names someone the other does not."""
    return len(a & b) <= 1 and bool(a - b) and bool(b - a)


def counterparts_apart(a: EventReport, b: EventReport) -> bool:
    """True for meeting or call reports of two articles with different counterparts (``company_differs``)."""
    return a.document_id != b.document_id and company_differs(gathered(a), gathered(b))


def a_day_off(a: EventReport, b: EventReport) -> bool:
    """True for meeting or call reports dated one day apart that name one body taking part in common: an outlet of the
    visitor's country counts the day of the other ("se reunió el miércoles en Ciudad de México con su homólogo", the
    ministry's "recibió este jueves en la sede de la Cancillería"). The caller asks for a person in common too."""
    if a.type not in COUNTERPARTS or b.type not in COUNTERPARTS or not (a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    bodies = {p for p in a.participant_ids if p.startswith("org-")} & set(b.participant_ids)
    return bool(bodies) and abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) == 1
