"""A generic body's name every country gives its own ("the Interior Ministry", "the Finance Ministry"): organizations.yaml
lists it in ``setting_only`` as a plain alias of one country's body, which it names unless the story is set in another
country. The setting is the dateline's country ("MADRID, Oct 3 (Reuters) - ... the Interior Ministry said": Spain's);
with no dateline (or one the lexicon cannot place), a story that names another country most (by its name, its nationality
or its places) and never the body's own is set there."""

from __future__ import annotations

import re
from collections import Counter
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


@cache
def _generic_forms() -> dict[str, frozenset[str]]:
    """Each country's generic aliases (``setting_only`` without ``context_only``), folded: made once, where every
    entity mention folded every alias of every organization again."""
    out: dict[str, set[str]] = {}
    for e in load_lexicon().organizations.values():
        if e.country is not None:
            out.setdefault(e.country, set()).update(fold(f) for f in e.setting_only if f not in e.context_only)
    return {country: frozenset(forms) for country, forms in out.items()}


def _countries_named(text: str) -> Counter[str]:
    """How often ``text`` names each country: by its name or a nationality, or by one of its places the lexicon knows
    ("Guayaquil": ec), of one or two words."""
    words = re.findall(r"[A-ZÁÉÍÓÚ][\wáéíóúñ.]*", text)
    table, lex = _country_words(), load_lexicon()
    out: Counter[str] = Counter()
    for form in [*words, *(f"{a} {b}" for a, b in pairwise(words))]:
        key = table.get(fold(form)) or lex.place_key(form.rstrip("."))
        country = key.split("-")[0] if key else None
        if country and len(country) == 2 and country in lex.places:
            out[country] += 1
    return out


def generic_set_elsewhere(text: str, form: str, country: str | None) -> str | None:
    """The other country whose story it is, where ``form`` is a generic alias of a body of ``country``
    (``setting_only`` without ``context_only``) and the story is set in another country (see the module docstring);
    else None."""
    form = re.sub(r"^(?:[Tt]he|[Ee]l|[Ll]a)[ \xa0]+", "", form)  # the model's "The Interior Ministry"
    if country is None or fold(form) not in _generic_forms().get(country, ()):
        return None
    where = dateline_country(text)
    if where is not None:
        return where if where != country else None
    named = _countries_named(text)  # on a tie, the country named first ("Colombian police ... the United States")
    return named.most_common(1)[0][0] if named and not named[country] else None


def generic_name(form: str, country: str) -> str:
    """The name a generic body's alias stands by in a story set in ``country``: "Interior Ministry (Spain)", which no
    lexicon entry claims (resolution keys a name again)."""
    form = re.sub(r"^(?:[Tt]he|[Ee]l|[Ll]a)[ \xa0]+", "", form)
    place = load_lexicon().places.get(country)
    return f"{form} ({place.name})" if place is not None else form
