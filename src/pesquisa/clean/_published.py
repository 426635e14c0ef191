"""The publication date an article states in its own top lines."""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.calendar import DMY, MDY, parse_date


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
