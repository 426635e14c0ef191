"""Dates: absolute date expressions and relative ones resolved (the publication date is found by clean).

Hand-written rather than dateparser's ``search_dates``: news dates are few and
formulaic, and a relative weekday needs the tense around it ("met Thursday" is the
Thursday before publication, "will meet Thursday" the one after), which no parser
library takes into account.
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.calendar import DMY, MDY, alternation, parse_date, weekday_numbers
from pesquisa.records import DateMention, Span

WEEKDAYS = weekday_numbers()
_W = alternation(WEEKDAYS)

WEEKDAY = re.compile(rf"\b(?:(this|next|last|on|el pasado|el próximo|este|el|pasado|próximo)\s+)?({_W})\b", re.I)
RELATIVE = re.compile(
    r"\b(yesterday|today|tomorrow|ayer|hoy|mañana|last year|this year|next year|el año pasado|"
    r"este año|el próximo año|last month|el mes pasado|last week|la semana pasada)\b", re.I)
FUTURE = re.compile(r"\b(will|would|plan|planning|next|upcoming|próximo|próxima|realizará|será|"
                    r"llevará|se reunirá|se reunirán)\b", re.I)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


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
