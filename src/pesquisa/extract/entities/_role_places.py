"""A role of the trade whose last word heads a place's name ("jefe de plaza", "encargado de plaza": relations.yaml
``membership.member_of``) right before a name in lower case: "el jefe de plaza |Jorge Herrera Cota|" names the man who
holds the role, not a square or a settlement named after a person ("la plaza |Juan Escutia|"). Pure."""

from __future__ import annotations

from functools import cache

from pesquisa.extract.entities._names import names_data
from pesquisa.lexicon import read_data


@cache
def _roles() -> frozenset[str]:
    """Roles of the trade whose last word heads a place's name (relations.yaml ``membership.member_of``: "jefe de plaza")."""
    geo = {w.lower() for w in names_data().geo_words}
    return frozenset(r.lower() for r in read_data("relations.yaml")["membership"]["member_of"]
                     if not r.startswith("re:") and r.split()[-1].lower() in geo)


def role_before(text: str, at: int) -> bool:
    """True when a role ending in a place's head word stands right before ``at`` ("el jefe de plaza |Jorge Herrera|"):
    the name is the role holder's, no settlement's."""
    words = " ".join(text[max(0, at - 40):at].lower().split())
    return any(words.endswith(" " + r) or words == r for r in _roles())
