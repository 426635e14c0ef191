"""A release's date on the first line of its page ("December 4, 2026" over "Treasury Sanctions ..." and "WASHINGTON –
Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned ...").

A date alone opening a page is mostly a site's 'today' banner, no date of the article (``_published.banner_date``).
A release sets its date there too; it is told apart by a date without its weekday (a banner names the day) and either
a government office's address (``release_first_line.hosts`` in ``data/calendar.yaml``), which shows no 'today' banner,
or a lede that opens, after its place and dash, with the day it tells ("Today, ...", "Hoy, ...": the release is written
on the day it dates). The fallback when nothing else dates the page.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import parse_date
from pesquisa.clean._signals import WEEKDAY, is_date_only
from pesquisa.lexicon import read_data

LEDE_LINES = 12  # the lede stands this near the top
# the place a release's lede opens with, in capitals, then a dash ("WASHINGTON –", "CIUDAD DE MÉXICO.-")
LEDE_PLACE = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .,'-]{2,40}?\s*(?:\([^()]{1,20}\)\s*)?\.?\s*[—–-]{1,2}\s*")


@cache
def _data() -> tuple[tuple[str, ...], re.Pattern[str]]:
    data = read_data("calendar.yaml")["release_first_line"]
    today = re.compile(rf"(?:{'|'.join(map(re.escape, data['today']))})\b", re.I)
    return tuple(str(h).lower() for h in data["hosts"]), today


def official_host(url: str | None) -> bool:
    """True when ``url``'s host is a government office's ("home.treasury.gov", "www.gob.mx")."""
    host = re.sub(r"^[a-z]+://", "", url or "").split("/", 1)[0].split(":", 1)[0].lower()
    return bool(host) and any(host == h or host.endswith("." + h) for h in _data()[0])


def today_lede(lines: list[str]) -> bool:
    """True when a lede near the top opens, after its place and dash, with "Today," or "Hoy,"."""
    today = _data()[1]
    for line in lines[1:LEDE_LINES]:
        place = LEDE_PLACE.match(line.strip())
        if place and today.match(line.strip()[place.end():]):
            return True
    return False


def opening_date(lines: list[str], url: str | None = None) -> str | None:
    """The full date alone on the page's first line, without its weekday, when the page is a release (a government
    office's address, or a lede opening with "Today,"); else None."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first or WEEKDAY.search(first) or not is_date_only(first):
        return None
    found = parse_date(first)
    if not found or len(found) != 10 or not (official_host(url) or today_lede(lines)):
        return None
    return found
