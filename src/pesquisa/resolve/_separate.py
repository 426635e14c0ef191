"""One article telling two events of a kind: the sentence that opens with "En otro hecho" tells another one.

"Dos hombres murieron ... en la colonia Tierra Blanca de Culiacán. ... En otro hecho, un hombre fue asesinado a
balazos en la sindicatura de El Dorado": two attacks of one article, the second undated and placed where the first
can lie. "In a separate attack, gunmen shot dead three men at a car wash in the nearby city of Irapuato." Whatever
else the reports share, the article says they are two: a report whose sentence opens so (``opens_apart``, with the
words of ``data/separate_events.yaml``) is not the event of any report told before it in its article. Reports told
after it may be either one (a later paragraph goes back to the first: "El detenido en Reynosa ...").

A cluster keeps, per document, the earliest start of its reports and the latest start of those opening apart
(``Openings``); two clusters are apart when one opens apart after a report of the other in the same document.
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

Openings = dict[str, tuple[int, int]]  # document -> (earliest start, latest start of a report opening apart, or -1)


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
    """What a cluster of ``r`` alone keeps of where its report is told (nothing without a start)."""
    if r.start is None:
        return {}
    return {r.document_id: (r.start, r.start if r.apart else -1)}


def absorb_openings(mine: Openings, other: Openings) -> None:
    """Add ``other``'s openings to ``mine`` (changes ``mine``)."""
    for doc, (first, apart) in other.items():
        had = mine.get(doc)
        mine[doc] = (first, apart) if had is None else (min(had[0], first), max(had[1], apart))


def opened_apart(a: Openings, b: Openings) -> bool:
    """True when, in one document, one cluster has a report opening apart after a report of the other."""
    return any(b[d][1] > a[d][0] or a[d][1] > b[d][0] for d in a.keys() & b.keys())
