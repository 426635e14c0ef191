"""Bars, hotels and restaurants named with their venue word: in Spanish and in English before the name, capitalized
("el Bar El Ranchito", "el Restaurante La Casona de Tlaquepaque", "the Hotel Playa Encantada"), in lower case
before it ("el bar Los Cantaritos": the name alone), in English after it ("the Los Cantaritos bar"; names.yaml
``venue_heads`` and ``venue_tails``). Shootings and raids happen at such
venues; the model reads the name after the word as a place ("El Ranchito"), a person, or nothing. A venue is an
organization (a business); a name the lexicon knows as a place before an English tail is that place ("the Tijuana
bar"). A police station named by its town is a place ("Wexford Garda Station", names.yaml ``station_tails``)."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import is_known_place
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]*"
_NAME = rf"{_WORD}(?:[ \xa0]+(?:(?:de|del|la|las|los|el|y)[ \xa0]+)?{_WORD}){{0,3}}"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = read_data("names.yaml")
    heads = "|".join(re.escape(h).replace(r"\ ", r"[ \xa0]+") for h in sorted(data["venue_heads"], key=len, reverse=True))
    tails = "|".join(re.escape(t).replace(r"\ ", r"[ \xa0]+") for t in sorted(data["venue_tails"], key=len, reverse=True))
    return (re.compile(rf"(?<![\w-])(?:{heads})[ \xa0]+{_NAME}"),
            re.compile(rf"\b(?:the|a)[ \xa0]+(?P<name>{_NAME})[ \xa0]+(?:{tails})\b"),
            re.compile(rf"\b(?:el|del|al|un|the|a)[ \xa0]+(?:{heads.lower()})[ \xa0]+(?P<name>{_NAME})"))


def _without_place(name: str) -> str:
    """``name`` without a closing "de"/"del" and a known place: where the venue stands ("La Cueva| de Tlaquepaque")."""
    cut = re.search(r"[ \xa0]+(?:de|del)[ \xa0]+(?P<place>[^ \xa0].*)$", name)
    return name[:cut.start()] if cut and (is_known_place(cut.group("place")) or load_lexicon().place_key(cut.group("place"))) \
        else name


def venue_mentions(text: str) -> list[Mention]:
    """An organization for each venue named with its venue word (see the module docstring)."""
    headed, *named = _patterns()
    out = []
    for m in headed.finditer(text):
        name = _without_place(m.group())
        if " " in name:
            out.append(Mention("organization", name, Span(m.start(), m.start() + len(name)), name, source="rule"))
    for m in (m for pattern in named for m in pattern.finditer(text)):
        name = _without_place(m.group("name"))
        if not (is_known_place(name) or load_lexicon().place_key(name) or load_lexicon().org_key(name)):
            out.append(Mention("organization", name, Span(m.start("name"), m.start("name") + len(name)), name, source="rule"))
    return out


@cache
def _station_pattern() -> re.Pattern[str]:
    tails = "|".join(re.escape(t).replace(r"\ ", r"[ \xa0]+")
                     for t in sorted(read_data("names.yaml")["station_tails"], key=len, reverse=True))
    return re.compile(rf"\b(?!(?:The|A|At|In|To|From)\b){_WORD}(?:[ \xa0]+{_WORD})?[ \xa0]+(?:{tails})\b")


def station_places(text: str) -> list[Mention]:
    """A place for each police station named by its town before the force's word and "Station" ("brought to Mayfield
    Garda Station"): the building, where the model reads a body or a person."""
    return [Mention("place", m.group(), Span(m.start(), m.end()), m.group(), source="rule")
            for m in _station_pattern().finditer(text)]
