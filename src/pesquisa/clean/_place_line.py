"""A dateline of places alone on its line: "San Pedro Sula, Honduras." over the first paragraph (and a wire's with
its date: "WASHINGTON (AP) — May 20, 2026").

Central American and some Mexican papers print the story's place on a line of its own between the standfirst and
the first paragraph, closed by a full stop or nothing, with no date and no dash. Its words alone read to the line
model like a label; what tells it apart from a section tag or a desk is that its last part is a place the lexicon
knows (a country, a state or a city of ``places.yaml``, a state as datelines abbreviate it).
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import parse_date
from pesquisa.lexicon import read_data

# a wire's dateline with its date and no sentence: "WASHINGTON (AP) — May 20, 2026"
_WIRE_DATED = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w .,'’-]{1,40}\s\([A-Z][\w .]{1,20}\)\s*[—–-]{1,2}\s*(?P<date>[^—–]{5,30}?)\.?$")
PLACE_WORDS = 7  # a dateline of places is this short, at most
_PART = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|las|los|el)(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|las|los|el))*$")


@cache
def _places() -> frozenset[str]:
    """Folded names and aliases of the places a dateline may end with."""
    names: set[str] = set()
    for place in read_data("places.yaml"):
        names.update(str(form) for form in [place["name"], *(place.get("aliases") or [])])
    for forms in read_data("dateline_states.yaml").values():
        names.update(str(form) for form in forms)
    return frozenset(name.casefold().rstrip(".") for name in names)


def is_place_line(line: str) -> bool:
    """Whether ``line`` is only places joined by commas, the last one known, closed by a full stop or nothing."""
    text = line.strip().removesuffix(".").strip()
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2 or len(text.split()) > PLACE_WORDS or not all(_PART.match(part) for part in parts):
        return False
    return parts[-1].casefold().rstrip(".") in _places()


def is_wire_dateline(line: str) -> bool:
    """Whether ``line`` is a place, its wire in brackets, a dash and a full date alone: the article's dateline."""
    match = _WIRE_DATED.match(line.strip())
    return bool(match and (iso := parse_date(match.group("date").strip())) and len(iso) == 10)
