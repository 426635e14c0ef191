"""The day an article came out bounds the gathering it tells as done without its day.

"Trump and Sheinbaum spoke by phone", in an article of 12 October, is a call held by then: not the call of
20 October that another outlet dates, whatever people the two share; nor the call another article tells undated
more than a week later. A report dated to the day has its date, a
planned one is still to come, and other types are told again long after (an arrest, a seizure), so only a call,
meeting or visit told as done without its day is bounded so.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

# the gatherings an article tells when they just took place (``_clusters.DAY_DISTINCT``)
BOUNDED = frozenset({"meeting", "call", "visit"})
# an outlet dated in its own time zone, or a report filed past midnight, tells yesterday's call as today's
SLACK_DAYS = 1
# how long after a call or meeting an outlet still tells it as news without its day
NEWS_DAYS = 7


Told = tuple[str, str | None] | None  # (the day by which it took place, where) of a gathering told undated


def told_by(r: EventReport) -> Told:
    """The day by which the gathering a report tells had taken place, when that is all it says of its day (the
    publication day of the article telling it as done without its day), and its place; None otherwise."""
    if r.type not in BOUNDED or r.status != "happened" or not r.published or (r.date and len(r.date) == 10):
        return None
    return r.published[:10], r.place_id


def _days(told: Told) -> dt.date | None:
    return dt.date.fromisoformat(told[0]) if told and len(told[0]) == 10 else None


def after_telling(told: Told, date: str | None) -> bool:
    """True when ``date`` (a day) comes after the day ``told`` by more than the slack: an article cannot have told it."""
    by = _days(told)
    return bool(by and date and len(date) == 10 and (dt.date.fromisoformat(date) - by).days > SLACK_DAYS)


def long_before_telling(told: Told, date: str | None) -> bool:
    """True when ``date`` (a day) comes more than a week before the day ``told`` of a report that names no place: an
    outlet tells a call as news without its day for a week at most ("said Monday she had a phone conversation", told
    on 23 September, is not the call of 14 September another article dated, now that a leader's own report dates hers);
    a retelling at its place ("when Rubio met Sheinbaum at the National Palace") may come later."""
    by = _days(told)
    return bool(by and told and not told[1] and date and len(date) == 10
                and (by - dt.date.fromisoformat(date)).days > NEWS_DAYS)


def told_apart(told_a: Told, date_a: str | None, told_b: Told, date_b: str | None) -> bool:
    """True when two reports (the day by which each was told, ``told_by``, and its date) cannot be one gathering: one
    gives a day after the other's article came out (``after_telling``) or more than a week before it
    (``long_before_telling``), or both are told undated by articles more than
    a week apart ("spoke by phone" on 14 September and on 23 September: two calls, a week being the span an outlet
    tells a call as news without saying its day), unless both give the same place: a weekly retells "when Rubio met
    Sheinbaum at the National Palace" nine days on."""
    if after_telling(told_a, date_b) or after_telling(told_b, date_a):
        return True
    if long_before_telling(told_a, date_b) or long_before_telling(told_b, date_a):
        return True
    day_a, day_b = _days(told_a), _days(told_b)
    if not (told_a and told_b and day_a and day_b) or (told_a[1] and told_a[1] == told_b[1]):
        return False
    return abs((day_a - day_b).days) > NEWS_DAYS


def told_before(a: EventReport, b: EventReport) -> bool:
    """True when two reports cannot be one gathering by the days their articles came out (``told_apart``)."""
    return told_apart(told_by(a), a.date, told_by(b), b.date)
