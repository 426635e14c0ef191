"""A lexicon name of one country's place or body that the text sets in another country: "el penal de |Las Cruces|,
en Acapulco" is a prison in Guerrero, not the town in New Mexico; Michoacán's "|Guardia Civil|" (named "la Guardia
Civil de Michoacán", or "la Guardia Civil estatal") is that state's police, not Spain's. The key goes; a body named
short beside its local name in full is that local body."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._generic_setting import generic_name, generic_set_elsewhere
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention

_PLACE_WORDS = r"[A-ZÁÉÍÓÚÑ][\w.'’-]+(?:[ \xa0]+(?:de[ \xa0]+|del[ \xa0]+)?[A-ZÁÉÍÓÚÑ][\w.'’-]+){0,3}"
_SET_IN = re.compile(rf",[ \xa0]+(?:(?:en|in)[ \xa0]+)?({_PLACE_WORDS})")
_OF_PLACE = re.compile(rf"[ \xa0]+(?:de|del|of)[ \xa0]+({_PLACE_WORDS})")


@cache
def _local_modifiers() -> frozenset[str]:
    return frozenset(read_data("names.yaml")["local_body_modifiers"])


def key_country(key: str) -> str | None:
    """The country of a place or organization key ("us-las-cruces": us), or None for a body of no country."""
    lex = load_lexicon()
    if key in lex.organizations:
        return lex.organizations[key].country
    country = key.split("-")[0]
    return country if len(country) == 2 and country in lex.places else None


def _place_country(words: str) -> str | None:
    """The country of the longest lexicon place that opens ``words`` ("Acapulco, Guerrero": mx), or None."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        key = load_lexicon().place_key(" ".join(parts[:n]))
        if key:
            return key_country(key)
    return None


def set_elsewhere(text: str, m: Mention, key: str) -> bool:
    """The text sets the mention right after it in a place of another country than ``key``'s: ", en Acapulco" after
    a town of New Mexico, "de Michoacán" or "estatal" after Spain's police."""
    country = key_country(key)
    if country is None:
        return False
    after = text[m.span.end:m.span.end + 60]
    placed = _SET_IN.match(after) if m.type == "place" else _OF_PLACE.match(after)
    if placed is not None and _place_country(placed.group(1)) not in {None, country}:
        return True
    return m.type == "organization" and fold(after.split(maxsplit=1)[0] if after.split() else "") in _local_modifiers()


def _local_tail(name: str, short: str, country: str | None) -> bool:
    """``name`` is ``short`` and words that make it local: a place of another country than ``country`` ("de
    Michoacán") or a local modifier ("estatal")."""
    tail = name[len(short):].split()
    if not name.startswith(short + " ") or not tail:
        return False
    of = _OF_PLACE.match(name, len(short))
    return fold(tail[0]) in _local_modifiers() or (of is not None and _place_country(of.group(1)) not in {None, country})


def local_reading(text: str, m: Mention, key: str | None, mentions: list[Mention]) -> tuple[str | None, str]:
    """The key and name ``m`` groups by: no key where the text sets it, or the same name elsewhere, in another country
    (``set_elsewhere``); a body named short beside its local name in full ("la Guardia Civil de Michoacán" ... "la
    Guardia Civil") takes that name; a generic body's name in a story set in another country no key; else ``key``
    and its name."""
    if not key or m.type not in {"organization", "place"}:
        return key, m.name
    name = fold(m.name)
    if any(set_elsewhere(text, o, key) for o in mentions if o.type == m.type and fold(o.name) == name):
        return None, m.name
    if m.type != "organization":
        return key, m.name
    country = key_country(key)
    if (other := generic_set_elsewhere(text, m.text, country)) is not None:
        return None, generic_name(m.text, other)  # "MADRID (Reuters) - ... the Interior Ministry said": Spain's
    local = {o.name for o in mentions if o.type == "organization" and not o.key and _local_tail(o.name, m.name, country)}
    return (None, next(iter(local))) if len(local) == 1 else (key, m.name)
