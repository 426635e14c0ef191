"""Dates: the publication date, absolute date expressions and relative ones resolved.

Hand-written rather than dateparser's ``search_dates``: news dates are few and
formulaic, and a relative weekday needs the tense around it ("met Thursday" is the
Thursday before publication, "will meet Thursday" the one after), which no parser
library takes into account.
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.records import DateMention, Span

MONTHS = {
    "jan": 1, "january": 1, "enero": 1, "feb": 2, "february": 2, "febrero": 2, "mar": 3, "march": 3,
    "marzo": 3, "apr": 4, "april": 4, "abril": 4, "may": 5, "mayo": 5, "jun": 6, "june": 6, "junio": 6,
    "jul": 7, "july": 7, "julio": 7, "aug": 8, "august": 8, "agosto": 8, "sep": 9, "sept": 9,
    "september": 9, "septiembre": 9, "setiembre": 9, "oct": 10, "october": 10, "octubre": 10,
    "nov": 11, "november": 11, "noviembre": 11, "dec": 12, "december": 12, "diciembre": 12,
}
WEEKDAYS = {
    "monday": 0, "lunes": 0, "tuesday": 1, "martes": 1, "wednesday": 2, "miércoles": 2, "miercoles": 2,
    "thursday": 3, "jueves": 3, "friday": 4, "viernes": 4, "saturday": 5, "sábado": 5, "sabado": 5,
    "sunday": 6, "domingo": 6,
}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

MDY = re.compile(rf"\b({_M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?\b", re.I)
DMY = re.compile(rf"\b(\d{{1,2}})\s+(?:de\s+)?({_M})\.?(?:,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d))?\b", re.I)
WEEKDAY = re.compile(rf"\b(?:(this|next|last|on|el pasado|el próximo|este|el|pasado|próximo)\s+)?({_W})\b", re.I)
RELATIVE = re.compile(
    r"\b(yesterday|today|tomorrow|ayer|hoy|mañana|last year|this year|next year|el año pasado|"
    r"este año|el próximo año|last month|el mes pasado|last week|la semana pasada)\b", re.I)
FUTURE = re.compile(r"\b(will|would|plan|planning|next|upcoming|próximo|próxima|realizará|será|"
                    r"llevará|se reunirá|se reunirán)\b", re.I)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, anchor: dt.date | None) -> int | None:
    """Year of a day-month date written without one: the latest not after the anchor."""
    if anchor is None:
        return None
    year = anchor.year
    candidate = _safe_date(year, month, day)
    if candidate and candidate > anchor + dt.timedelta(days=7):
        year -= 1
    return year


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(text: str, anchor: dt.date | None = None) -> str | None:
    """ISO date of a single date expression such as 'May 17, 2017' or '13 de agosto de 2025'."""
    for pattern, order in ((MDY, "mdy"), (DMY, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        if order == "mdy":
            month, day, year = MONTHS[match.group(1).lower().rstrip(".")], int(match.group(2)), match.group(3)
        else:
            day, month, year = int(match.group(1)), MONTHS[match.group(2).lower().rstrip(".")], match.group(3)
        year_i = int(year) if year else _infer_year(month, day, anchor)
        if year_i:
            return _iso(_safe_date(year_i, month, day))
    return None


def find_published(lines: list[str], reasons: list[str | None], lang: str) -> str | None:
    """Publication date from the text: a bare date line or a dateline near the top.

    A date banner with a weekday is the site's 'today' (page chrome), never the
    article's date, but it bounds it: a dateline without a year takes the latest
    year that does not put it after the banner or any full date of the text.
    """
    anchor = None
    for line in lines:
        iso = parse_date(line) if MDY.search(line) or DMY.search(line) else None
        if iso and re.search(r"(19|20)\d\d", line):
            date = dt.date.fromisoformat(iso)
            anchor = max(anchor, date) if anchor else date
    kept = [line for line, reason in zip(lines, reasons, strict=False) if not reason]
    for line in kept[:8]:
        stripped = line.strip()
        if len(stripped.split()) <= 6 and re.search(r"(19|20)\d\d", stripped):
            iso = parse_date(stripped)
            if iso:
                return iso
        head = re.split(r"\s[—–-]{1,2}\s|\)\.?-|\.-", stripped, maxsplit=1)
        if len(head) == 2 and len(head[0]) < 80:
            iso = parse_date(head[0], anchor)
            if iso:
                return iso
    return None


def _weekday_date(name: str, modifier: str | None, context: str, published: dt.date) -> dt.date:
    target = WEEKDAYS[name.lower()]
    delta = (published.weekday() - target) % 7
    future = bool(modifier and modifier.lower() in {"next", "el próximo", "próximo", "this", "este"}
                  and FUTURE.search(context)) or bool(FUTURE.search(context) and not modifier)
    if future:
        ahead = (target - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=delta or 7 if modifier and "last" in modifier.lower() else delta)


def _relative_date(word: str, published: dt.date) -> str:
    word = word.lower()
    if word in {"yesterday", "ayer"}:
        return (published - dt.timedelta(days=1)).isoformat()
    if word in {"today", "hoy"}:
        return published.isoformat()
    if word in {"tomorrow", "mañana"}:
        return (published + dt.timedelta(days=1)).isoformat()
    if word in {"last year", "el año pasado"}:
        return str(published.year - 1)
    if word in {"this year", "este año"}:
        return str(published.year)
    if word in {"next year", "el próximo año"}:
        return str(published.year + 1)
    if word in {"last month", "el mes pasado"}:
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    week = published - dt.timedelta(days=7)
    return week.isoformat()


def extract_dates(text: str, *, published: str | None, sentences: list[Span] | None = None) -> list[DateMention]:
    """Date expressions in ``text``; relative ones resolved against ``published`` when known."""
    anchor = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    found: list[DateMention] = []
    taken: list[Span] = []

    def context_of(span: Span) -> str:
        for sent in sentences or []:
            if sent.start <= span.start < sent.end:
                return text[sent.start:sent.end]
        return text[max(0, span.start - 80):span.end + 80]

    for pattern in (MDY, DMY):
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if any(span.overlaps(t) for t in taken):
                continue
            value = parse_date(match.group(0), anchor)
            if value is None and not match.group(3):
                continue
            taken.append(span)
            found.append(DateMention(match.group(0), span, value, relative=not match.group(3)))
    for match in WEEKDAY.finditer(text):
        span = Span(match.start(2), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        value = _iso(_weekday_date(match.group(2), match.group(1), context_of(span), anchor)) if anchor else None
        taken.append(span)
        found.append(DateMention(match.group(2), span, value, relative=True))
    for match in RELATIVE.finditer(text):
        span = Span(match.start(), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        if match.group(1).lower() == "mañana" and anchor is None:
            continue
        taken.append(span)
        found.append(DateMention(match.group(0), span, _relative_date(match.group(1), anchor) if anchor else None,
                                 relative=True))
    return sorted(found, key=lambda d: d.span.start)
