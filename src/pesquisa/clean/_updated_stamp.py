"""A page stamped only with the day it was updated, under an address dated earlier: it was published that earlier day.

"Updated: 11:48 PM CST Dec 9, 2025" over ``/news/2025/12/08/agents-arrest-...`` is a story of the 8th changed on the
9th (the address is set when a story first goes up). A page that also labels its first stamp ("Published", "Posted",
"Publicado") keeps that one.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.lexicon import read_data

NEWER_BY = dt.timedelta(days=31)  # an update this much later than the address's day is no update of that story


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = read_data("calendar.yaml")
    updates = [str(w).lower() for w in data["update_labels"]]
    firsts = [str(w).lower() for w in data["stamp_labels"] if str(w).lower() not in updates]
    return (re.compile(rf"\b(?:{alternation(updates)})\b", re.I),
            re.compile(rf"(?<!last )\b(?:{alternation(firsts)})\b", re.I))


def address_day_first(found: str | None, address_day: str | None, top: list[str]) -> str | None:
    """``address_day`` when ``found`` is a later day (within ``NEWER_BY``) that only an update label of the ``top``
    lines gives (no first stamp labelled there); else ``found``."""
    if not (found and address_day and len(found) == len(address_day) == 10 and address_day < found):
        return found
    if dt.date.fromisoformat(found) - dt.date.fromisoformat(address_day) > NEWER_BY:
        return found
    updated, first = _labels()
    stamps = [line for line in top if found[:4] in line or updated.search(line)]
    if not any(updated.search(line) for line in stamps) or any(first.search(updated.sub(" ", line)) for line in top):
        return found
    return address_day
