"""A month's name that is a person's name: "la detención de Julio César «N»" tells no July.

Spanish writes its months in lower case ("en julio"), so a Spanish month that is also a given name
(calendar.yaml ``given_name_months``: Abril, Mayo, Julio ...) written with a capital before another
capital word ("Julio César", "Mayo Hernández") or a withheld surname ("Abril «N»", "Julio N.") is
the name of someone. English months are capitalized anyway and stay months ("in May Mexican officials").
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Span

# what follows a given name: another capital word, or a withheld surname ("«N»", "N.", "\"N\"")
_NAME_GOES_ON = re.compile(r"\s+(?:[«\"“]?N\b|[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)")


@cache
def _given_name_months() -> frozenset[str]:
    return frozenset(str(m).lower() for m in read_data("calendar.yaml")["given_name_months"])


def names_person(text: str, span: Span) -> bool:
    """True when the month written at ``span`` is a given name: capitalized, one of ``given_name_months``, and a
    name going on after it."""
    word = text[span.start:span.end]
    return word[:1].isupper() and word[1:].islower() and word.lower() in _given_name_months() \
        and bool(_NAME_GOES_ON.match(text, span.end))
