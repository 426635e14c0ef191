"""A generic body's name every country gives its own ("the Interior Ministry", "the Finance Ministry"): organizations.yaml
lists it in ``setting_only`` as a plain alias of one country's body, which it names unless the story is set in another
country. The setting is the dateline's country ("MADRID, Oct 3 (Reuters) - ... the Interior Ministry said": Spain's);
with no dateline, a story that names another country (by name or nationality) and never the body's own is set there."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from pesquisa.extract.entities._setting import dateline_country
from pesquisa.lexicon import fold, load_lexicon, read_data


@cache
def _country_words() -> dict[str, str]:
    """Each country's names and nationalities, folded, with the country's key."""
    lex = load_lexicon()
    out: dict[str, str] = {}
    for country, words in read_data("relations.yaml")["demonyms"].items():
        for word in words:
            out.setdefault(fold(word), country)
    for key, place in lex.places.items():
        if len(key) == 2:
            for form in (place.name, *place.aliases):
                out.setdefault(fold(form), key)
    return out


def _countries_named(text: str) -> set[str]:
    """The countries ``text`` names by a name or a nationality of one or two words ("Spain", "Spanish", "New Zealand")."""
    words = re.findall(r"[A-ZÁÉÍÓÚ][\wáéíóúñ.]*", text)
    table = _country_words()
    out = {table[fold(w)] for w in words if fold(w) in table}
    out |= {table[fold(f"{a} {b}")] for a, b in pairwise(words) if fold(f"{a} {b}") in table}
    return out


def generic_set_elsewhere(text: str, form: str, country: str | None) -> str | None:
    """The other country whose story it is, where ``form`` is a generic alias of a body of ``country``
    (``setting_only`` without ``context_only``) and the story is set in another country (see the module docstring);
    else None."""
    if country is None or not any(fold(form) in {fold(f) for f in e.setting_only if f not in e.context_only} and
                                  e.country == country for e in load_lexicon().organizations.values()):
        return None
    where = dateline_country(text)
    if where is not None:
        return where if where != country else None
    named = _countries_named(text)
    return sorted(named)[0] if len(named) == 1 and country not in named else None


def generic_name(form: str, country: str) -> str:
    """The name a generic body's alias stands by in a story set in ``country``: "Interior Ministry (Spain)", which no
    lexicon entry claims (resolution keys a name again)."""
    place = load_lexicon().places.get(country)
    return f"{form} ({place.name})" if place is not None else form
