"""Lengths and distances: "a tunnel of 300 meters", "un narcotúnel de 300 m de longitud", "200 nautical miles off".

The units (metres, kilometres, miles, feet...) are in units.yaml; this module holds the two readings a unit's word
alone cannot decide: a bare "m" is a metre only before a dimension ("300 m de longitud", "a 5m tall wall"; "$5m" and
"5m people" are millions), and a length per time is a speed, no quantity ("80 miles per hour", "120 km por hora"),
as a container's size is none ("contenedores de 20 pies").
"""

from __future__ import annotations

import re

from pesquisa.extract.quantities._lexicon import Unit, load_quantity_lexicon, words_pattern

METRE = Unit("m", 1.0)  # a bare "m" before a dimension


def short_length(scan: str, pos: int, lang: str) -> re.Match[str] | None:
    """The match of a short length ("m", "mts") at ``pos`` when a dimension follows it ("300 m de longitud", "5m tall");
    its group 1 is the unit as written."""
    words = load_quantity_lexicon().words["short_lengths"][lang]
    m = re.compile(r"\s*([a-z]+)(?![a-z])").match(scan, pos)
    if m is None or m.group(1) not in words:
        return None
    return m if words_pattern(r"\s*WORDS(?![a-z])", "dimension_words", lang).match(scan, m.end()) else None


def unread_length(scan: str, unit: re.Match[str], start: int, lang: str) -> bool:
    """True when the length unit matched by ``unit`` (its number at ``start``) is no length of its own: the distance
    of a speed ("80 miles per hour", "120 km/h") or the size that names a container ("contenedores de 20 pies", "40 ft
    containers")."""
    lex = load_quantity_lexicon()
    if lex.units[lang].get(" ".join(unit.group(1).split()), METRE).unit != METRE.unit:
        return False
    if words_pattern(r"\s*WORDS", "speed_after", lang).match(scan, unit.end()) or \
            words_pattern(r"\s+WORDS", "container_words", lang).match(scan, unit.end()):
        return True  # "80 miles per hour", "two 40 ft containers"
    return words_pattern(r"(?<![a-z])WORDS\s+(?:de|of)\s+\Z", "container_words", lang).search(scan, max(0, start - 40),
                                                                                          start) is not None
