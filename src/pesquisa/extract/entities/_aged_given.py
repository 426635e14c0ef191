"""Victims and detainees named by their given names alone, with their age, as Mexican crime desks and prosecutors
name those whose surnames they withhold ("fueron detenidos Luis Ángel, de 19 años, y Cristian Iván, de 24"). Like a
name with a withheld "N", such a name identifies no one the reader can tell: no person, unless the same article
names them in full ("Luis Ángel Ruiz Soto ... Luis Ángel, de 19 años")."""

from __future__ import annotations

import re

from pesquisa.extract.entities._names import is_given_name
from pesquisa.lexicon import fold
from pesquisa.records import Mention

# an age right after the name: ", de 19 años", ", de 24,", ", 19," , " (19)"
_AGE_AFTER = re.compile(r"(?:,[ \xa0]*(?:de[ \xa0]+)?\d{1,2}(?:[ \xa0]+años)?(?![\w.])|[ \xa0]*\(\d{1,2}\))")


def _given_alone(name: str) -> bool:
    """``name`` is two given names or more, no surname ("Luis Ángel", "Cristian Iván")."""
    words = name.split()
    return len(words) >= 2 and all(is_given_name(w) for w in words)


def without_aged_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the people named by given names alone with their age right after (see the module
    docstring), where no longer name of the article opens with those given names."""
    people = [m for m in mentions if m.type == "person"]
    out = []
    for m in mentions:
        if m.type == "person" and m.alias_of is None and _given_alone(m.name) and _AGE_AFTER.match(text, m.span.end):
            given = fold(m.name).split()
            if not any(len(p.name.split()) > len(given) and fold(p.name).split()[:len(given)] == given for p in people):
                continue
        out.append(m)
    return out
