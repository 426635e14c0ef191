"""Two gatherings of a host and her regulars on consecutive days, each told by several outlets.

A president, her security secretary and her foreign minister receive the U.S. homeland security secretary on Tuesday
and the DEA administrator on Wednesday: every outlet names the three regulars, so the two meetings share three people
and more, which ``_counterparts.days_and_company_apart`` reads as one meeting whose day two outlets counted apart.
Outlets that count the day apart do not agree among themselves on who came, though: when two articles or more give
each side's day, all of them that day, and all of them name a guest whom no article of the other side names, the
sides are two gatherings, however many regulars they share. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

Sides = Mapping[str, Iterable[tuple[str | None, frozenset[str]]]]  # document -> the (where, people) its reports name


def _one_day(days: Mapping[str, set[str]], docs: Iterable[str]) -> str | None:
    """The one day every article of ``docs`` gives (two articles or more, each known to the day), else None."""
    docs = list(docs)
    given = [days.get(d, set()) for d in docs]
    if len(docs) < 2 or any(len(g) != 1 for g in given):
        return None
    day = next(iter(given[0]))
    return day if len(day) == 10 and all(g == {day} for g in given) else None


def _guests(parties: Sides) -> frozenset[str]:
    """The people every article of a side names in its gathering reports."""
    named = [frozenset().union(*(people for _where, people in groups)) for groups in parties.values()]
    return frozenset.intersection(*named) if named else frozenset()


def regulars_a_day_apart(days_a: Mapping[str, set[str]], parties_a: Sides,
                         days_b: Mapping[str, set[str]], parties_b: Sides) -> bool:
    """True when two clusters of gathering reports of other articles are each told by two articles or more that agree
    on its day, the days one apart, and each side's articles all name someone no article of the other names."""
    if parties_a.keys() & parties_b.keys():
        return False
    day_a, day_b = _one_day(days_a, parties_a), _one_day(days_b, parties_b)
    if not (day_a and day_b) or abs((dt.date.fromisoformat(day_a) - dt.date.fromisoformat(day_b)).days) != 1:
        return False
    named_a = frozenset().union(*(p for groups in parties_a.values() for _w, p in groups))
    named_b = frozenset().union(*(p for groups in parties_b.values() for _w, p in groups))
    return bool(_guests(parties_a) - named_b) and bool(_guests(parties_b) - named_a)
