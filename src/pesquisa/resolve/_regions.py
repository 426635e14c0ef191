"""Places that cannot hold one operation: two states, or two towns of one article.

An arrest, seizure or attack has one place, but outlets name it at different levels (Culiacán, Sinaloa) and sometimes
name two neighbouring towns of one state (one says Culiacán, the other Navolato). So across articles only two states
tell two events apart ("the army arrested a cell leader in Río Bravo on Thursday" is not the Thursday arrest in
Navolato, Sinaloa, that a raid by the same army made); inside one article two towns do too ("En Zapopan ... detuvieron
a X. En Hermosillo ... capturaron a Y", "attacks in Celaya and, hours later, in Salamanca"). A town and the state or
municipality it lies in fit, and so does any place the lexicon does not place (``within`` in ``data/places.yaml``).
Place ids are the resolved entities' (``make_id("plc", key)``, as ``resolve.entities.make_entity`` makes them).
"""

from __future__ import annotations

from functools import cache

from pesquisa.lexicon import load_lexicon
from pesquisa.records import make_id

SITED = {"seizure", "arrest", "attack"}  # the types told by where they were done


@cache
def _chains() -> dict[str, tuple[str, ...]]:
    """Place entity id -> the keys from the place up to its state ("mx-cabo-san-lucas", "mx-los-cabos", ...), for the
    lexicon's places that lie in one and for the states and municipalities they name."""
    places = load_lexicon().places
    chains: dict[str, tuple[str, ...]] = {}
    for key, entry in places.items():
        if not entry.within:
            continue
        chain: list[str] = [key]
        parent: str | None = entry.within
        while parent and parent not in chain:
            chain.append(parent)
            parent = places[parent].within if parent in places else None
        for i, part in enumerate(chain):
            chains.setdefault(make_id("plc", part), tuple(chain[i:]))
    return chains


def places_apart(a: str | None, b: str | None, *, one_article: bool) -> bool:
    """True when places ``a`` and ``b`` (entity ids) cannot be one operation's: in two states; in one article, also
    two towns neither of which lies in the other."""
    if not a or not b or a == b:
        return False
    chains = _chains()
    ca, cb = chains.get(a), chains.get(b)
    if ca is None or cb is None:
        return False
    if ca[-1] != cb[-1]:
        return True
    return one_article and len(ca) > 1 and len(cb) > 1 and ca[0] not in cb and cb[0] not in ca


def places_nested(a: str | None, b: str | None) -> bool:
    """True when one of two different places (entity ids) lies in the other: a town and its state ("en el municipio de
    Cosalá, Sinaloa" and "in the mountains of Sinaloa state"), as ``within`` in ``data/places.yaml`` chains them."""
    if not a or not b or a == b:
        return False
    chains = _chains()
    ca, cb = chains.get(a), chains.get(b)
    return ca is not None and cb is not None and (ca[0] in cb or cb[0] in ca)


def state_of(place: str | None) -> str | None:
    """The key of the state a place (entity id) lies in, or is, where ``data/places.yaml`` says so."""
    chain = _chains().get(place) if place else None
    return chain[-1] if chain else None
