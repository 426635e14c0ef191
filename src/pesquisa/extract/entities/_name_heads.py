"""A lexicon name that is only a piece of a longer proper name.

A body's one-word alias before an article or a saint's name (names.yaml ``name_openers``) is the head word of an
estate's or a business's name: "la Hacienda Las Palomas" (a ranch), "el hotel Marina El Cid"; an acronym never is
("FBI El Paso", "DEA San Diego": the agency's field office). An alias that is also a place's head word (names.yaml
``geo_words``: "Hacienda") heads an estate's name before any capitalized word but a body's qualifier
(``body_qualifiers``): "la Hacienda Guadalupe" is a ranch, "la Hacienda Pública" the ministry. A place right after a
capitalized head word of a place is the tail of that place's name: "a 180 millas de Puerto Chiapas" names the port,
not the state; "Colonia Juárez", "Isla Guadalupe"."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import read_data
from pesquisa.records import Span

_NEXT = re.compile(r"[ \xa0]+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)")
_PREVIOUS = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)[ \xa0]+$")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(read_data("names.yaml")[key])


@cache
def _geo_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _words("geo_words"))


def _after_place_head(text: str, span: Span) -> bool:
    """True when a capitalized head word of a place stands right before ``span`` ("Puerto Chiapas")."""
    prev = _PREVIOUS.search(text[max(0, span.start - 20):span.start])
    return prev is not None and prev.group(1).lower() in _geo_words()


def opens_longer_name(text: str, span: Span, kind: str = "organization") -> bool:
    """True when the lexicon name at ``span`` is a piece of a longer proper name (module docstring)."""
    if kind == "place":
        return _after_place_head(text, span)
    alias = text[span.start:span.end].strip()
    nxt = _NEXT.match(text, span.end)
    if " " in alias or nxt is None or alias.isupper():
        return False  # an acronym heads no estate's name: "FBI El Paso", "DEA San Diego" are the agency's field office
    return nxt.group(1) in _words("name_openers") or \
        (alias.lower() in _geo_words() and nxt.group(1) not in _words("body_qualifiers"))
