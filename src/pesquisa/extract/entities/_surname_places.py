"""States and cities named like a surname ("Guerrero", "Hidalgo", "Morelos"; names.yaml ``surname_places``), which
the lexicon leaves to the model because "Juan Guerrero" is a man: a word of place right before the word alone
("detenido en |Guerrero|", "the governor of |Morelos|"; names.yaml ``surname_place_cues``) makes it the place, where
the model read a person, and keeps it the place where a person of the page bears it as a surname ("Juan Guerrero
Díaz fue detenido en |Guerrero|")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pesquisa.extract.datelines import dateline_spans
from pesquisa.lexicon import read_data
from pesquisa.records import Mention, Span


@cache
def _patterns() -> tuple[frozenset[str], re.Pattern[str]]:
    data = read_data("names.yaml")
    cues = "|".join(re.escape(c) for c in sorted(data["surname_place_cues"], key=len, reverse=True))
    return frozenset(data["surname_places"]), re.compile(rf"(?<![\w-])(?:{cues})\s+$", re.I)


def placed_surname(text: str, mention: Mention) -> bool:
    """True when ``mention`` is one of the surname places alone right after a word of place, or opening a dateline
    before its comma ("HIDALGO, Texas —", "LEÓN, Gto.—"; module docstring)."""
    places, cue = _patterns()
    word = mention.text.title() if mention.text.isupper() else mention.text
    if word not in places:
        return False
    dated = text.startswith(",", mention.span.end) and any(d.start == mention.span.start for d in dateline_spans(text))
    return dated or cue.search(text[max(0, mention.span.start - 24):mention.span.start]) is not None


def surname_place(text: str, ent: Any, taken: list[Span]) -> Mention | None:
    """The place a model span names when it is a surname place alone after a word of place ("el gobernador de
    |Morelos|") or opening a dateline, else None."""
    span = Span(ent.start_char, ent.end_char)
    name = ent.text.title() if ent.text.isupper() else ent.text
    mention = Mention("place", ent.text, span, name, source="rule")
    return mention if placed_surname(text, mention) and not any(span.overlaps(t) for t in taken) else None
