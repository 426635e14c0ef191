"""A lexicon body named with the state's body it belongs to: "la |Agencia de Investigación Criminal| de la |Fiscalía
General del Estado de Coahuila|", "la Policía de Investigación de la Fiscalía General de Justicia del Estado de
México". The lexicon match grows to the state that owns it, as for a state's own body ("la Secretaría de Seguridad
Pública de Michoacán"), and so swallowed the owner. Where the words after "de la"/"del" open with an institution's
head (names.yaml ``institution_heads``) and the words before are a body the lexicon knows, they are two bodies: the
unit (the state's, so with no key of the federal one) and its owner."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Mention, Span


@cache
def _owner_split() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(names_data().institution_heads, key=len, reverse=True))
    return re.compile(rf"(?P<unit>.+?)[ \xa0]+(?:de[ \xa0]+la|del)[ \xa0]+(?P<owner>(?:{heads})[ \xa0]+\S.*)")


def _split(m: Mention) -> tuple[Mention, Mention] | None:
    """The unit and its owner that ``m`` names together, or None."""
    if m.type != "organization" or m.key or m.name != m.text:
        return None
    found = _owner_split().fullmatch(m.text)
    if found is None or len(found.group("owner").split()) < 2 or len(found.group("unit").split()) < 3 or \
            load_lexicon().org_key(found.group("unit")) is None:
        return None
    unit = found.group("unit")
    owner = found.group("owner")
    start = m.span.start + found.start("owner")
    return (Mention("organization", unit, Span(m.span.start, m.span.start + len(unit)), unit, source="rule"),
            Mention("organization", owner, Span(start, start + len(owner)), owner, source="rule"))


def owner_bodies_split(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each lexicon body named with its owner (see the module docstring) as two bodies."""
    out = []
    for m in mentions:
        pair = _split(m)
        out += list(pair) if pair else [m]
    return out
