"""A dateline closed by a full stop, a colon or a wire's bracket rather than a dash.

Colombian and Central American papers close the place and date with a full stop ("Bogotá, 17 de julio de 2025. La
Policía ..."), Indian papers with a colon ("Amritsar, Jan 9, 2025: The police ...") or with the wire's name in brackets
and no dash at all ("Imphal, Aug 5, 2025 (PTI) Security forces ..."). The date has its year: a place and a full date
opening the first paragraph are the day the story was filed, as the dashed dateline's are (`_published.text_date`).
"""

from __future__ import annotations

import re

from pesquisa.calendar import DMY, MDY, parse_date

# a place (a few words, the first capitalized), a comma, a date ending in its year, perhaps a wire's name in brackets,
# then a full stop or a colon (or the bracket alone) before the capital that opens the first sentence
# (the place may go on with its state, whole or shortened: "Zacatecas, Zac., 5 de julio de 2025:")
_STOPPED = re.compile(r"^(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]*\.?(?:\s+[\w'’-]+\.?){0,4}(?:,\s+[A-ZÁÉÍÓÚÑ][\w'’-]*\.?){0,1}),\s+"
                      r"(?P<date>[^:()\n]{5,32}?\b(?:19|20)\d\d)"
                      r"(?P<wire>\s*\([A-Z][A-Za-z ]{1,20}\))?\s*(?P<stop>[.:])?\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“‘'])")


def stopped_dateline(text: str) -> tuple[str, int] | None:
    """ISO day and end (after the stop and its space) of a dateline that ``text`` opens with, closed by a full stop,
    a colon or a wire's bracket, or None."""
    match = _STOPPED.match(text)
    if not match or not (match.group("stop") or match.group("wire")):
        return None
    date = match.group("date").strip()
    if not (DMY.fullmatch(date) or MDY.fullmatch(date)):
        return None
    iso = parse_date(date)
    return (iso, match.end()) if iso and len(iso) == 10 else None


def stopped_dateline_date(line: str) -> str | None:
    """ISO day of a dateline that ``line`` opens with, closed by a full stop, a colon or a wire's bracket, or None."""
    found = stopped_dateline(line.strip())
    return found[0] if found else None
