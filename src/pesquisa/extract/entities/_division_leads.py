"""A place the model spans with the lower-case noun of its kind of division ("el municipio de Tumaco, |departamento de
Nariño|", "la |provincia de Esmeraldas|", "the |province of Guayas|"): the division's name after the noun, which the
model's span would otherwise lose for opening in lower case. names.yaml ``division_nouns``; "estado de" is left out,
since "el estado de México" may name the state whose name holds the word."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data


@cache
def _division_lead() -> re.Pattern[str]:
    nouns = sorted(read_data("names.yaml")["division_nouns"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(n) for n in nouns)})[ \xa0]+(?:de|del|of)[ \xa0]+(?=[A-ZÁÉÍÓÚÑ])")


def division_named(surface: str) -> str:
    """``surface`` without a lower-case division noun and its "de"/"of" before a capitalized name."""
    lead = _division_lead().match(surface)
    return surface[lead.end():] if lead else surface
