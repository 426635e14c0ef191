"""Streets named after states and heroes: "circulaba por la calle Guerrero y Durango", "en la avenida Sinaloa", "on
Durango Street". A place right after a Spanish street word, before an English one, or joined by "y" or "esquina con"
to such a street, names the street, not the state (names.yaml ``street_words``)."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Mention

# a second street of a crossing: "calle Guerrero |y| Durango", "avenida Juárez |esquina con| Morelos"
_JOINED = re.compile(r"[ \xa0]+(?:y|e|esquina(?:[ \xa0]+con)?|casi[ \xa0]+esquina[ \xa0]+con)[ \xa0]+")


@cache
def _street_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a Spanish street word ending the text before a name, an English one opening the text after it)."""
    words = read_data("names.yaml")["street_words"]
    before = "|".join(re.escape(w) for w in sorted(words["before"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(words["after"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{before})[ \xa0]+$", re.I), re.compile(rf"[ \xa0]+(?:{after})(?![\w])")


def without_street_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the places that name a street (see the module docstring)."""
    before, after = _street_patterns()
    streets: list[Mention] = []
    for m in sorted((m for m in mentions if m.type == "place"), key=lambda m: m.span.start):
        joined = bool(streets) and _JOINED.fullmatch(text, streets[-1].span.end, m.span.start) is not None
        if joined or before.search(text, max(0, m.span.start - 20), m.span.start) or after.match(text, m.span.end):
            streets.append(m)
    return [m for m in mentions if not any(m is s for s in streets)]
