"""Dates of a planned event: a day told without its year is the next one, not the last.

Dates are read before the events are, so a bare "June 11" told on June 1 is taken as the
latest June 11 not after publication (last year's), which suits what happened. An event
told as planned ("agreed to meet when the World Cup opens in Mexico City on June 11",
"acordaron reunirse el 11 de junio") is still to come, so its year-less day is the next
one; a week's grace keeps a day just past ("the meeting planned for Thursday" told on
Saturday). Days told with their year are left as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pesquisa.records import DateMention

GRACE = dt.timedelta(days=7)


def next_day(date: DateMention, published: dt.date) -> DateMention:
    """``date`` moved a year on when it is a year-less day more than a week before ``published``; else itself."""
    if not date.relative or not date.value or len(date.value) != 10:
        return date
    try:
        day = dt.date.fromisoformat(date.value)
        ahead = day.replace(year=day.year + 1)
    except ValueError:  # not a day, or 29 February
        return date
    if day >= published - GRACE or ahead < published:
        return date
    return replace(date, value=ahead.isoformat())


def coming_dates(dates: list[DateMention], published: str | None) -> list[DateMention]:
    """The dates of a document as a planned event reads them (``next_day`` each), given the publication date."""
    if not published or len(published) != 10:
        return dates
    day = dt.date.fromisoformat(published)
    return [next_day(d, day) for d in dates]
