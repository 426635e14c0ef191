"""Calendar names (``data/calendar.yaml``) and the parsing of one written date.

Shared by cleaning (publication dates, page banners) and extraction (date expressions),
so the month and weekday names live in one data file and one module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from pesquisa.lexicon import read_data


@cache
def month_numbers() -> dict[str, int]:
    """Month name or abbreviation (lower-case, EN and ES) -> month number."""
    data = read_data("calendar.yaml")["months"]
    return {name: int(n) for n, entry in data.items() for name in [*entry["names"], *entry["abbr"]]}


@cache
def weekday_numbers(*, abbreviations: bool = False) -> dict[str, int]:
    """Weekday name (lower-case, EN and ES; abbreviations too when asked) -> 0 for Monday .. 6."""
    data = read_data("calendar.yaml")["weekdays"]
    return {name: int(n) for n, entry in data.items()
            for name in [*entry["names"], *(entry["abbr"] if abbreviations else [])]}


@cache
def days_ago_numbers() -> dict[str, int]:
    """Words counting days back from publication ("tres días", "two days", lower-case) -> how many days."""
    return {k.lower(): int(v) for k, v in read_data("calendar.yaml")["days_ago"].items()}


def periods_ago_numbers() -> dict[str, tuple[str, int]]:
    """Words counting weeks or months back from publication ("dos semanas", "three months") -> (unit, how many)."""
    data = read_data("calendar.yaml")
    return {k.lower(): (unit, int(v)) for unit in ("weeks", "months") for k, v in data[f"{unit}_ago"].items()}


@cache
def told_on_words() -> list[str]:
    """Verbs of telling (lower-case, EN and ES): a day right after one dates the telling, not the news."""
    return [str(w).lower() for w in read_data("calendar.yaml")["told_on"]]


@cache
def stamp_label_words() -> list[str]:
    """Words of a site's stamp (lower-case, EN and ES): "Published", "Última actualización"."""
    return [str(w).lower() for w in read_data("calendar.yaml")["stamp_labels"]]


def alternation(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first (so "sept" wins over "sep")."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_M = alternation(month_numbers())
# the space between a date's parts, never a paragraph's break ("se reunirán en enero" over "4 de diciembre de 2026")
DATE_GAP = r"(?![^\S\n]*\n[^\S\n]*\n)\s+"
# (a month before a decimal amount is no date: "el 31 de diciembre 3,2 toneladas de cocaína")
MDY = re.compile(rf"\b({_M})\.?{DATE_GAP}(\d{{1,2}})(?![.,]\d{{1,3}}\b)(?:st|nd|rd|th)?(?:,?{DATE_GAP}((?:19|20)\d\d))?\b",
                 re.I)
DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?{DATE_GAP}(?:de\s+|of\s+)?({_M})\.?"
                 rf"(?:,?{DATE_GAP}(?:de\s+|del\s+)?((?:19|20)\d\d))?\b", re.I)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (Feb 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, anchor: dt.date | None) -> int | None:
    """Year of a day-month date written without one: the latest not after the anchor (a week's grace)."""
    if anchor is None:
        return None
    year = anchor.year
    candidate = safe_date(year, month, day)
    if candidate and candidate > anchor + dt.timedelta(days=7):
        year -= 1
    return year


def year_after(month: int, day: int, floor: dt.date) -> int:
    """Year of a day-month date written without one in a text that tells ``floor``: the year that puts it
    nearest to ``floor`` (a story tells what happened weeks before it, "arrested on Oct. 14, 2026" under "Dec 1",
    and looks months ahead to what is set, "la sentencia se dictará el 13 de enero de 2026" under "25 de
    agosto")."""
    candidates = [(abs((c - floor).days), year) for year in (floor.year - 1, floor.year, floor.year + 1)
                  if (c := safe_date(year, month, day))]
    return min(candidates)[1] if candidates else floor.year


def parse_date(text: str, anchor: dt.date | None = None, *, floor: dt.date | None = None) -> str | None:
    """ISO date of the first date expression in ``text`` ('May 17, 2017', '13 de agosto de 2025'); None if none.

    A date without its year takes it from ``floor`` (a date the text told, `year_after`) when given, else
    from ``anchor`` (a date it is not after, `infer_year`)."""
    months = month_numbers()
    for pattern, order in ((MDY, "mdy"), (DMY, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        if order == "mdy":
            month, day, year = months[match.group(1).lower().rstrip(".")], int(match.group(2)), match.group(3)
        else:
            day, month, year = int(match.group(1)), months[match.group(2).lower().rstrip(".")], match.group(3)
        year_i = int(year) if year else year_after(month, day, floor) if floor else infer_year(month, day, anchor)
        if year_i:
            found = safe_date(year_i, month, day)
            return found.isoformat() if found else None
    return None
