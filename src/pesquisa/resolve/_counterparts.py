"""Meetings and calls of one day told with different counterparts: a visitor meets one official after another.

A minister in Washington meets the FBI director in the morning and the DEA administrator in the afternoon; a president
speaks with two leaders the same day. Reports of two articles sharing a person, a city or a host and the day are one
gathering only when they share two people or neither names someone the other does not: "met with FBI Director Kash
Patel" and "met with DEA Administrator Terrance Cole" are two, while an outlet naming the minister and his ministry, or
the counterpart by title only, still joins the one that names both. The test is made on the people each side's
reports name together, so a headline naming the minister alone ("Se reúne García Harfuch con director del FBI") does
not carry its article's meeting into the other one. A visit is told with whomever each outlet saw fit to name, so it
is left out.

The one day two outlets may count apart is no licence for two gatherings of the regulars: a president and her security
secretary receive a visiting minister on Tuesday ("recibió este martes en Palacio Nacional a Kristi Noem") and two
governors on Wednesday ("se reunió este miércoles en Palacio Nacional con las gobernadoras"). Reports of two articles
dated a day apart are one gathering only when one names no one the other does not, or they share three people or more
(``company_a_day_apart``).

A gathering an article retells more than a week on, with its day ("Una semana después de la reunión del 1 de marzo en
Palacio Nacional, García Harfuch viajó a Washington, donde se reunió con Kash Patel"), is told in a sentence about the
news of that article: the people the sentence names are the later gathering's, not a company of the earlier one
(``retold``), so they do not set it apart from the outlets that reported it at the time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

COUNTERPARTS = {"meeting", "call"}
# how long after a gathering an outlet still tells it as the news of the day (``_told.NEWS_DAYS``): later, a retelling
RETOLD_AFTER_DAYS = 7
# people two reports a day apart must share, when each names someone the other does not, to be one gathering
SHARED_A_DAY_APART = 3


def gathered(r: EventReport) -> frozenset[str]:
    """The people a meeting or call report names together, two or more (none for one person, or for other types): "met
    with FBI Director Kash Patel" tells whom the minister met; "U.S. Ambassador Ronald Johnson also attended the
    meeting" tells who else was there, not another counterpart."""
    if r.type not in COUNTERPARTS or retold(r):
        return frozenset()
    people = frozenset(p for p in r.participant_ids if p.startswith("per-"))
    return people if len(people) >= 2 else frozenset()


def retold(r: EventReport) -> bool:
    """True for a gathering report dated to the day more than ``RETOLD_AFTER_DAYS`` before its article came out: a
    retelling, whose sentence names the people of that article's news ("after the March 1 meeting at the National
    Palace, Harfuch flew to Washington to meet Patel")."""
    published = r.published[:10] if r.published else None
    if r.status != "happened" or not (r.date and published and r.date < published):
        return False
    gap = _day_gap(r.date, published)
    return gap is not None and gap > RETOLD_AFTER_DAYS


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


def _day_gap(a: str | None, b: str | None) -> int | None:
    """Days between two dates known to the day, else None."""
    if not (a and b and len(a) == len(b) == 10):
        return None
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def company_a_day_apart(a: EventReport, b: EventReport) -> bool:
    """True for meeting or call reports of two articles dated one day apart, each naming a person the other does not,
    sharing fewer than ``SHARED_A_DAY_APART``: the host and her aides on Tuesday with a minister, on Wednesday with
    governors."""
    if a.type not in COUNTERPARTS or b.type not in COUNTERPARTS or a.document_id == b.document_id:
        return False
    pa = {p for p in a.participant_ids if p.startswith("per-")}
    pb = {p for p in b.participant_ids if p.startswith("per-")}
    return days_and_company_apart({a.date} if a.date else set(), pa, {b.date} if b.date else set(), pb)


def days_and_company_apart(days_a: Iterable[str | None], company_a: Iterable[str], days_b: Iterable[str | None],
                           company_b: Iterable[str]) -> bool:
    """True when two gatherings (reports, or clusters of other articles) give no day in common but days one apart,
    and each names a person the other does not, sharing fewer than ``SHARED_A_DAY_APART``: a report with no day
    ("held a meeting at the National Palace, her office said") does not join Tuesday's and Wednesday's."""
    da, db = {d for d in days_a if d and len(d) == 10}, {d for d in days_b if d and len(d) == 10}
    if not da or not db or da & db or 1 not in {_day_gap(x, y) for x in da for y in db}:
        return False
    pa, pb = set(company_a), set(company_b)
    return bool(pa - pb) and bool(pb - pa) and len(pa & pb) < SHARED_A_DAY_APART
