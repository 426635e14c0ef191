"""Where a country's armed forces named bare are that country's: "En Puerto Morelos, Quintana Roo, la Marina aseguró
...". A body named only in its country's stories ("la Marina", "el Ejército", "the Navy") is that country's where the
text names the country or one of its bodies; an armed force, which a state or a city never has, is also the country's
where the text names a place of the lexicon lying in it ("Cancún", "Quintana Roo"). A legislature is not: "el
Congreso" in a story set in Culiacán may be Sinaloa's."""

from __future__ import annotations

from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Mention

_NATIONAL_ONLY = frozenset({"military"})


def home_of(mentions: list[Mention], key: str) -> set[str]:
    """The countries whose places ``mentions`` name, where the body ``key`` is an armed force; else no country."""
    lex = load_lexicon()
    body = lex.organizations.get(key)
    if body is None or body.kind not in _NATIONAL_ONLY:
        return set()
    prefixes = {m.key.split("-")[0] for m in mentions if m.type == "place" and m.key}
    return {p for p in prefixes if len(p) == 2 and p in lex.places}


def names_with(name: str, form: str) -> bool:
    """True when a body's ``name`` closes with the bare ``form`` ("U.S. Navy": "Navy") or opens with it before its
    owner ("Armada de Colombia": "Armada"), compared folded."""
    name, form = fold(name), fold(form)
    return name.endswith(" " + form) or name.startswith((form + " de ", form + " del ", form + " of "))
