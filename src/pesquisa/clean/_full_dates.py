"""Full dates written in a line, with their year: named months ('Jun 27 2025', '01 de Abril de 2025') or digits ('2025-10-14',
'14.10.2025', '14/10/2025'). The publication-date rules (`_published`) read every stamp, banner and dateline with them."""

from __future__ import annotations

import re

from pesquisa.calendar import DMY, MDY, parse_date, safe_date, weekday_numbers
from pesquisa.clean._signals import ISO_DAY, WEEKDAY

YEAR = re.compile(r"\b(19|20)\d\d\b")
# (a slash after a space parts a place from its date: "Ciudad de México /05.12.2026 00:15:00"; one glued to a word or a
# number is a path's or a longer number's)
NUMERIC_DAY = re.compile(r"(?<![\d.,])(?<!\S/)([0-3]?\d)([./-])([0-3]?\d)\2((?:19|20)\d\d)(?![\d.,]\d)")


def full_date(text: str) -> str | None:
    """ISO date of a date with its year written in ``text`` ('Jun 27 2025', '01 de Abril de 2025',
    '2025-10-14', '14.10.2025', '14/10/2025'), or None."""
    if not YEAR.search(text):
        return None
    if MDY.search(text) or DMY.search(text):
        return parse_date(text)
    return numeric_date(text)


def numeric_date(text: str, month_first: bool = False) -> str | None:
    """ISO date of the first all-digit date in ``text``: ISO '2025-10-14', or day first as Spanish
    and most of the world write it ('14.10.2025', '14/10/2025'), month first on a page that writes
    so (``month_first``: '12/02/2026' is 2 December) or where the other reading is no date
    ('10/14/2025'); None where there is none."""
    iso = ISO_DAY.search(text)
    if iso:
        day = safe_date(int(iso.group(1)), int(iso.group(3)), int(iso.group(4)))
        return day.isoformat() if day else None
    match = NUMERIC_DAY.search(text)
    if not match:
        return None
    a, b, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings = [d for d in (safe_date(year, b, a), safe_date(year, a, b)) if d]
    readings = readings[::-1] if month_first else readings
    named = WEEKDAY.search(text)  # "Fri, 12/04/2026": the weekday tells which reading the page meant
    if named and len(readings) == 2:
        weekday = weekday_numbers(abbreviations=True).get(named.group(1).lower().rstrip("."))
        readings = [d for d in readings if d.weekday() == weekday] or readings
    return readings[0].isoformat() if readings else None
