"""Names opened by a given name that the model reads whole as a place or an organization: "la presidenta del DIF
municipal de Uruapan, |Cruz Elena Mendoza|, denunció", "detuvieron a |Cruz Sánchez|, de 19 años". A name given to
both sexes that is a word or a place too ("Cruz", "Trinidad"; ``unisex_given_names``) misleads it most. After an
apposition's comma or the personal "a" of a Spanish object, a name of given name and capitalized words that is no
known place nor body's name is a person; a town named for one ("la colonia Emiliano Zapata", "en José María
Morelos") comes after other words."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.entities._names import clean_person_name, is_given_name, is_known_place, names_data
from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Mention

_PERSON_BEFORE = re.compile(r"(?:,|\ba)[ \xa0]+$")


@cache
def _unisex() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("names.yaml")["unisex_given_names"])


def _person_shaped(name: str) -> bool:
    """Two to four capitalized words opened by a given name, none a body's or a title's word nor a known place, and no
    lexicon name."""
    names = names_data()
    words = name.split()
    if not 2 <= len(words) <= 4 or not (is_given_name(words[0]) or fold(words[0]) in _unisex()):
        return False
    if any(not w[:1].isupper() or w.lower() in names.org_words | names.title_words or is_known_place(w) for w in words):
        return False
    return not load_lexicon().place_key(name) and not load_lexicon().org_key(name)


def given_opened_people(text: str, model: list[Mention]) -> list[Mention]:
    """``model`` with each place or organization of the model shaped as a person's name after a comma or a personal
    "a" read as that person (see the module docstring)."""
    out = []
    for m in model:
        if m.type != "person" and m.source == "model" and not m.key and _person_shaped(m.name) and \
                _PERSON_BEFORE.search(text, max(0, m.span.start - 4), m.span.start) and \
                (cleaned := clean_person_name(m.text, m.span.start)) is not None and cleaned[0] == m.name:
            m = Mention("person", m.text, m.span, m.name, source="model")
        out.append(m)
    return out
