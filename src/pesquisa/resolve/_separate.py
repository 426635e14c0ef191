"""One article telling two events of a kind: the sentence that opens with "En otro hecho" tells another one.

"Dos hombres murieron ... en la colonia Tierra Blanca de Culiacán. ... En otro hecho, un hombre fue asesinado a
balazos en la sindicatura de El Dorado": two attacks of one article, the second undated and placed where the first
can lie. "In a separate attack, gunmen shot dead three men at a car wash in the nearby city of Irapuato." Whatever
else the reports share, the article says they are two: a report whose sentence opens so (``opens_apart``, with the
words of ``data/separate_events.yaml``) is not the event of any report told before it in its article. Reports told
after it may be either one (a later paragraph goes back to the first: "El detenido en Reynosa ...").

Arrests told a day apart: "A day after officers arrested the driver, FBI agents detained Roberto Villarreal". The
article dates them apart (Tuesday, Wednesday) and names only the second one's man. An arrest naming whom it took,
dated after an arrest of its article naming no one, is another arrest (``DAYS_APART``). The other way round it is one
told again: a lead dated by the day the arrest was made known ("arrested Thursday the alleged leader ...") before
the detail naming the man taken on Tuesday; a reaction told with its own day after the arrest of a man named.

A cluster keeps, per document, the earliest start of its reports, the latest start of those opening apart, the
earliest day of its arrests naming no one and the latest day of those naming someone (``Openings``); two clusters
are apart when one opens apart after a report of the other in the same document, or names a man arrested on a
day after the other's arrest naming no one.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.lexicon import read_data
from pesquisa.text import fold_chars, fold_form

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

OPENING_CHARS = 80  # how much of a report's sentence is read for the words (the store reads this much)

DAYS_APART = frozenset({"arrest"})  # the types whose reports a day apart in one article are told so (the module)
UNKNOWN = 1 << 62  # the start of a report not told where (no report is told after it)
NO_DAY, NO_NAMED = "9999-12-31", ""  # the earliest day of no report naming no one; the latest of no report naming someone
# document -> (earliest start, latest start of a report opening apart or -1, earliest day of an arrest naming no one,
# latest day of an arrest naming someone)
Openings = dict[str, tuple[int, int, str, str]]


@cache
def _opening() -> re.Pattern[str]:
    """The words of another event, at the start of a sentence or after a comma near it, as whole words."""
    data = read_data("separate_events.yaml")
    words = sorted({fold_form(w) for lang in data.values() for w in lang}, key=len, reverse=True)
    return re.compile(r"(?:^|,\s*)(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def opens_apart(opening: str | None) -> bool:
    """True when a sentence's first characters say it tells another event ("En otro hecho,", "In a separate attack")."""
    if not opening:
        return False
    head = " ".join(fold_chars(opening[:OPENING_CHARS]).split()).lstrip("-—–•* ")
    return bool(_opening().search(head))


def openings_of(r: EventReport) -> Openings:
    """What a cluster of ``r`` alone keeps of where and when its report is told in its article."""
    day = r.date if r.type in DAYS_APART and r.date and len(r.date) == 10 and r.status == "happened" else None
    named = any(p.startswith("per-") for p in r.target_ids)
    if r.start is None and day is None:
        return {}
    start = UNKNOWN if r.start is None else r.start
    return {r.document_id: (start, start if r.apart and r.start is not None else -1, day if day and not named else NO_DAY,
                            day if day and named else NO_NAMED)}


def absorb_openings(mine: Openings, other: Openings) -> None:
    """Add ``other``'s openings to ``mine`` (changes ``mine``)."""
    for doc, (first, apart, bare, named) in other.items():
        had = mine.get(doc)
        mine[doc] = (first, apart, bare, named) if had is None else (
            min(had[0], first), max(had[1], apart), min(had[2], bare), max(had[3], named))


def opened_apart(a: Openings, b: Openings) -> bool:
    """True when, in one document, one cluster has a report opening apart after a report of the other, or an arrest
    naming someone on a day after the other's arrest naming no one."""
    return any(b[d][1] > a[d][0] or a[d][1] > b[d][0] or b[d][3] > a[d][2] or a[d][3] > b[d][2]
               for d in a.keys() & b.keys())
