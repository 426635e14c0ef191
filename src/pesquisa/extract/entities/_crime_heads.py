"""Criminal groups named by their kind and a complement that the model reads as places or people: "al servicio de la
|Familia del Norte|", "la |Mafia del Sur|", "el |Clan de la Sierra|".

A model place or person opened by a criminal group's word (names.yaml ``crime_group_heads``) and going on with
"del"/"de la"/"de los" and a capitalized word is that group, an organization; "la familia Pérez" (lower case, no
complement) names a family, and is left as it was."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Mention

_HEADED = re.compile(r"(?:(?:La|El|Los|Las)[ \xa0]+)?(?P<head>[A-ZÁÉÍÓÚÑ]\w+)[ \xa0]+"
                     r"(?:del|de[ \xa0]+la|de[ \xa0]+las|de[ \xa0]+los)[ \xa0]+[A-ZÁÉÍÓÚÑ]\w+")


@cache
def _crime_heads() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["crime_group_heads"])


def crime_groups_retyped(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each model place or person named by a criminal group's word and its complement an
    organization."""
    out = []
    for m in mentions:
        named = _HEADED.match(m.name)
        if m.source == "model" and m.type in {"place", "person"} and named and named.group("head") in _crime_heads():
            m = dataclasses.replace(m, type="organization")
        out.append(m)
    return out
