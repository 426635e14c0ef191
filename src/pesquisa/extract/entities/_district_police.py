"""A district's or a city's police named in lower case after the place, as Indian, Pakistani and British papers write
it ("The Moga police on Sunday arrested ...", "the Ludhiana police", "Amritsar rural police", with a kind between
from names.yaml ``district_police_kinds``): the place's own force, an organization named as written. Not a country's
police ("Mexican police", "the Indian police": a country or a demonym is no force's name), nor a word that opens a
sentence or a title before "police"."""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention, Span

_WORD = r"[A-Z][a-z][\w'’-]*"


@cache
def _pattern() -> re.Pattern[str]:
    kinds = "|".join(re.escape(w) for w in read_data("names.yaml")["district_police_kinds"])
    return re.compile(rf"(?<![\w’'.-])((?:{_WORD}[ \xa0]+){{1,2}})(?:(?:{kinds})[ \xa0]+)?police\b(?!['’-])")


@cache
def _openers() -> frozenset[str]:
    return frozenset({"The", "A", "An", *read_data("names.yaml")["headline_function_words"]})


def _no_force(words: list[str]) -> bool:
    """The words name no place's force: a country, a demonym, a title or an opener among them."""
    names, lex = names_data(), load_lexicon()
    key = lex.place_key(" ".join(words))
    return (key is not None and "-" not in key) or any(
        fold(w) in names.demonyms or w.lower() in names.title_words or w in _openers() or w.lower() in names.not_names
        for w in words)


def district_police(text: str) -> list[Mention]:
    """Each place's police of the module docstring, from the place's first word."""
    out = []
    for match in matches_in(_pattern(), text):
        words = list(re.finditer(r"\S+", match.group(1)))
        while words and words[0].group() in _openers():
            words = words[1:]
        if not words or _no_force([w.group() for w in words]):
            continue
        start = match.start(1) + words[0].start()
        name = text[start:match.end()]
        out.append(Mention("organization", name, Span(start, match.end()), name, source="rule"))
    return out
