"""Armed units named after a person: Colombian guerrilla fronts, columns and blocs carry a dead commander's name ("la
columna Jaime Martínez", "el frente Carolina Ramírez", "del bloque Jorge Suárez Briceño"). After the unit's word
(names.yaml ``namesake_units``), in lower case after an article or "de", the capitalized name is the unit, an
organization, though a given name opens it (``_rules.org_cue_mentions`` reads no such name after other group nouns).
Pure."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span

_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü-]+"
_PARTICLE = r"(?:de|del|de[ \xa0]+la|de[ \xa0]+los|y)"


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(read_data("names.yaml")["namesake_units"], key=len, reverse=True)
    units = "|".join(re.escape(w).replace(r"\ ", r"[ \xa0]+") for w in words)
    return re.compile(rf"\b(?:la|el|del|de[ \xa0]+la|otra|otro)[ \xa0]+(?P<unit>{units})[ \xa0]+"
                      rf"(?P<name>{_WORD}(?:[ \xa0]+(?:{_PARTICLE}[ \xa0]+)?{_WORD}){{1,3}})")


def namesake_units(text: str) -> list[Mention]:
    """Units named after a person, each with its unit word ("columna Jaime Martínez"; see the module docstring)."""
    out = []
    for match in _pattern().finditer(text):
        start, end = match.start("unit"), match.end("name")
        surface = text[start:end]
        out.append(Mention("organization", surface, Span(start, end), " ".join(surface.split()), source="rule"))
    return out
