"""All-digit dates in the body ("incautadas el 03/04/2026", "arrested on 04/03/2026", "el 12.03.2026").

Spanish writes the day first, so a date after a Spanish article or preposition ("el", "del", "al", "fechado el") is read
day first. Elsewhere a date that reads as a day one way only is that day ("25/03/2026", "03/25/2026"); one that reads
both ways ("03/04/2026": 3 April or 4 March) is the reading nearest before the day of publication (a story tells what
happened lately; a US page's "04/03/2026" and a British one's "03/04/2026" under 9 April are both 3 April), none
when the text has no day of publication.
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.calendar import safe_date
from pesquisa.records import DateMention, Span

# (not inside a longer number, a path or a case number: "expediente 123/03/2026/ABC")
NUMERIC = re.compile(r"(?<![\w./-])([0-3]?\d)([./-])([0-3]?\d)\2((?:19|20)\d\d)(?![\w/-]|\.\d)")
DAY_FIRST_CUE = re.compile(r"\b(?:el|del|al|desde el|hasta el|fechad[oa]s?(?:\s+el)?|de\s+fecha)\s+$", re.I)
GRACE = dt.timedelta(days=7)  # a date set a few days ahead of publication is still read


def numeric_days(text: str, anchor: dt.date | None) -> list[DateMention]:
    """Each all-digit date of ``text`` that reads as a day, read against the day of publication ``anchor`` (None when
    unknown)."""
    out: list[DateMention] = []
    for match in NUMERIC.finditer(text):
        span = Span(match.start(), match.end())
        a, b, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        day_first, month_first = safe_date(year, b, a), safe_date(year, a, b)
        if DAY_FIRST_CUE.search(text[max(0, span.start - 20):span.start]):
            chosen = day_first
        elif not (day_first and month_first) or day_first == month_first:
            chosen = day_first or month_first
        else:
            chosen = _nearest_before((day_first, month_first), anchor)
        if chosen is not None:
            out.append(DateMention(match.group(0), span, chosen.isoformat(), relative=False))
    return out


def _nearest_before(readings: tuple[dt.date, dt.date], anchor: dt.date | None) -> dt.date | None:
    """The reading nearest before ``anchor`` (a week's grace after it), or None."""
    if anchor is None:
        return None
    before = [d for d in readings if d <= anchor + GRACE]
    return max(before) if before else None
