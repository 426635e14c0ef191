"""Stretches of days told relative to publication: a weekend ("el fin de semana", "over the weekend", "next weekend")
and weeks or months counted back ("hace dos semanas", "two weeks ago", "hace tres meses").

A weekend or months back name no day: each resolves to the month the whole stretch lies in (else its year), like
"last week" (``dates.week_value``): a day would contradict the report that gives the real one, and no date at all lets
the event join one of another month that shares its people. Weeks back count whole weeks from the day of publication
("hace una semana" told on 5 December is 28 November), the day a reader works out, as "two days ago" is; the
resolver takes reports a day apart as the same day, so a week told loosely still meets the report that names it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pesquisa._required import matches_in
from pesquisa.calendar import alternation, periods_ago_numbers
from pesquisa.records import Span

_PERIODS = periods_ago_numbers()
PERIODS_AGO = re.compile(rf"\bhace\s+({alternation(_PERIODS)})\b|\b({alternation(_PERIODS)})\s+ago\b", re.I)
# a weekend needs a word that makes it one ("el fin de semana", "over the weekend", British "at the weekend"; "los fines
# de semana" is a habit)
# (one named by what fell in it, "the weekend of Oct. 31", "el fin de semana de Muertos", is dated by that)
WEEKEND = re.compile(r"\b(last|next|this|over\s+the|at\s+the|el\s+pasado|el\s+próximo|el|este|durante\s+el)\s+"
                     r"(?:weekend|fin\s+de\s+semana)(?:\s+(pasado|anterior|próximo|que\s+viene|entrante))?\b"
                     r"(?!\s+(?:of|de|del)\b)", re.I)
WEEKEND_AHEAD = {"next", "el próximo", "próximo", "que viene", "entrante"}
WEEKEND_PAST = {"last", "el pasado", "pasado", "anterior"}
SATURDAY = 5


def days_value(first: dt.date, last: dt.date) -> str | None:
    """The month (else the year) the days from ``first`` to ``last`` lie in; None across years."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return str(first.year) if first.year == last.year else None


def weekend_value(said: str, published: dt.date, future_clause: bool) -> str | None:
    """The month of the weekend told: the one after publication when the words or the clause's tense say so ("next
    weekend", "se reunirán este fin de semana"), else the last one begun by then; told on a weekend, "last weekend",
    "el pasado fin de semana" is the one before it."""
    said = " ".join(said.lower().split())
    ahead = said in WEEKEND_AHEAD or (said not in WEEKEND_PAST and future_clause)
    back = (published.weekday() - SATURDAY) % 7 + (7 if said in WEEKEND_PAST and published.weekday() >= SATURDAY else 0)
    saturday = published + dt.timedelta(days=(SATURDAY - published.weekday()) % 7) if ahead else \
        published - dt.timedelta(days=back)
    return days_value(saturday, saturday + dt.timedelta(days=1))


def ago_value(said: str, published: dt.date) -> str | None:
    """The day ``said`` weeks ("una semana", "two weeks") count back, or the month (else year) ``said`` months do."""
    unit, count = _PERIODS[" ".join(said.lower().split())]
    if unit == "weeks":
        return (published - dt.timedelta(days=7 * count)).isoformat()
    months = published.year * 12 + published.month - 1 - count
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def period_dates(text: str, published: dt.date | None,
                 future_clause: Callable[[Span], bool]) -> list[tuple[Span, str | None]]:
    """(span, value) of the weekends and the weeks or months back in ``text``; ``future_clause`` tells whether the
    clause a span stands in is in the future."""
    out: list[tuple[Span, str | None]] = []
    for match in matches_in(WEEKEND, text):
        span = Span(match.start(), match.end())
        said = match.group(2) or match.group(1)
        out.append((span, weekend_value(said, published, future_clause(span)) if published else None))
    for match in matches_in(PERIODS_AGO, text):
        said = match.group(1) or match.group(2)
        out.append((Span(match.start(), match.end()), ago_value(said, published) if published else None))
    return out
