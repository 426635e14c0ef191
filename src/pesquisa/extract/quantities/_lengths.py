"""Lengths and distances: "a tunnel of 300 meters", "un narcotúnel de 300 m de longitud", "200 nautical miles off".

The units (metres, kilometres, miles, feet...) are in units.yaml; this module holds the readings a unit's word alone
cannot decide: a bare "m" is a metre before a dimension ("300 m de longitud"), apart from its number or in Spanish
("300 m from the border"), while "$5m" and "5m people" are millions; a length squared is an area and a length per time
a speed, neither a length ("500 metros cuadrados", "80 miles per hour"), as a container's or a vehicle's size is none
("contenedores de 20 pies", "a 53-foot trailer"); feet and inches told together are one length ("5 feet 9 inches")."""

from __future__ import annotations

import re

from pesquisa.extract.quantities._lexicon import Unit, load_quantity_lexicon, words_pattern

METRE = Unit("m", 1.0)  # a bare "m" before a dimension
SQUARED = re.compile(r"[2²3³](?![0-9])")  # "300 m2", "1,200 m²"
SPEED_GLUED = re.compile(r"\s*/\s*(?:h|hr|hora)(?![a-z])")  # "150 km/h"
FOOT = 0.3048  # m
INCHES_AFTER = re.compile(r"(?:\s*,)?\s+(?:and\s+)?(1[01]|\d)\s+(?:inches|inch|in\.)(?![a-z])")  # "6 feet 2 inches"
PLURAL_AFTER = re.compile(r"\s+[a-z]+s(?![a-z])")
# a capitalized abbreviation before a capitalized name is the name's: "Ft. Worth", "Ft. Bliss" (Fort), no feet
ABBREVIATED_NAME = re.compile(r"[A-Z][a-z]{0,2}\.\s+[A-Z]")


def short_length(scan: str, pos: int, lang: str) -> re.Match[str] | None:
    """The match of a short length ("m", "mts") at ``pos``: before a dimension ("a 5 m tall wall", "300 m de longitud"),
    set apart from its number ("300 m from the border") or in Spanish ("a 500 m de la escuela"); not a scale glued to
    its number ("5m people") nor one before a currency or a unit ("3.6 m litres"). Its group 1 is the unit as written."""
    lex = load_quantity_lexicon()
    m = re.compile(r"\s*([a-z]+)(?![a-z])").match(scan, pos)
    if m is None or m.group(1) not in lex.words["short_lengths"][lang]:
        return None
    if words_pattern(r"\s*WORDS(?![a-z])", "dimension_words", lang).match(scan, m.end()):
        return m
    if lex.unit_re[lang].match(scan, m.end() + 1) or lex.currency_after_re[lang].match(scan, m.end() + 1):
        return None  # "3.6 m litres", "5 m dollars": millions of them
    if lang == "es":
        return m
    # English writes millions "5m", glued: a spaced "m" is a metre, unless a plural counts ("5 m people")
    counted = PLURAL_AFTER.match(scan, m.end()) or words_pattern(r"\s+WORDS", "people_nouns", lang).match(scan, m.end())
    return m if m.start(1) > pos and not counted else None


def unread_length(scan: str, unit: re.Match[str], start: int, lang: str) -> bool:
    """True when the length unit matched by ``unit`` (its number at ``start``) is no length of its own: a side of an
    area ("500 metros cuadrados", "300 m2"), the distance of a speed ("80 miles per hour", "120 km/h") or the size
    that names a container ("contenedores de 20 pies", "40 ft containers")."""
    lex = load_quantity_lexicon()
    if lex.units[lang].get(" ".join(unit.group(1).split()), METRE).unit != METRE.unit:
        return False
    if SQUARED.match(scan, unit.end()) or words_pattern(r"\s*WORDS", "area_after", lang).match(scan, unit.end()):
        return True  # "500 metros cuadrados", "300 m2": an area
    if SPEED_GLUED.match(scan, unit.end()) or words_pattern(r"\s*WORDS", "speed_after", lang).match(scan, unit.end()):
        return True  # "80 miles per hour"
    # "40 ft containers", "a 53-foot trailer", "un tráiler de 53 pies": a size naming what it measures
    return any(words_pattern(r"\s+WORDS(?![a-z])", name, lang).match(scan, unit.end()) or
               words_pattern(r"(?<![a-z])WORDS\s+(?:de|of)\s+\Z", name, lang).search(scan, max(0, start - 40), start)
               for name in ("container_words", "sized_vehicles"))


def with_inches(scan: str, end: int, measure: Unit, value: float) -> tuple[float, int]:
    """(metres, end) of a ``value`` in feet ending at ``end`` with the inches told after it ("6 feet 2 inches", "5 feet,
    10 inches"); ``value`` and ``end`` as they are when none follow."""
    m = INCHES_AFTER.match(scan, end) if measure.unit == METRE.unit and measure.factor == FOOT else None
    return (value + int(m.group(1)) * FOOT / 12, m.end()) if m else (value, end)


def names_a_place(text: str, unit: re.Match[str]) -> bool:
    """True for a unit's abbreviation written as a place's ("five Ft. Worth officers", "Ft. Bliss"): no unit."""
    return ABBREVIATED_NAME.match(text, unit.start(1)) is not None


def sizes_packages(scan: str, m: re.Match[str], lang: str) -> bool:
    """True for a singular unit sizing the packages named right after it: "40 kilo bricks", "25 kilogram packages",
    "12 pound bundles": the figure counts the packages (40 bricks of a kilo each), it weighs nothing itself."""
    return not m.group(1).endswith("s") and words_pattern(r"[\s-]WORDS(?![a-z])", "unit_sized_packages", lang).match(
        scan, m.end()) is not None
