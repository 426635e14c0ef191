"""A given name and one surname set off by commas after a common noun: "A relative of one of the men, |Ana Lugo|, told
reporters", "su hermana, |Rosa Beltrán|, pidió". The small models leave such a short name untagged where it stands in
apposition, and the full-name rule wants two surnames; the commas, the lower-case word before and after, and a known
given name first say it is someone's name. Two given names ("Jesús María") or a known place as the second word are no
one's. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pesquisa.extract.entities._names import is_given_name, is_known_place

_APPOSED = re.compile(r"(?<=[a-záéíóúñ]),[ \xa0]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[ \xa0]+(?:(?:de|del|de la)[ \xa0]+)?"
                      r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?),[ \xa0]+(?=[a-záéíóúñ])")


def appositive_names(text: str) -> Iterator[re.Match[str]]:
    """Matches (group 1 the name) of a given name and one surname in apposition (module docstring)."""
    for match in _APPOSED.finditer(text):
        first, last = match.group(1).split()[0], match.group(1).split()[-1]
        if is_given_name(first) and not is_given_name(last) and not is_known_place(last):
            yield match
