"""Operations of one article in two places by two bodies: two events, whatever else they share.

"En Zapopan, Jalisco, elementos de la Marina capturaron a «El Pelón» ... Por otro lado, en Celaya, Guanajuato, agentes
de la FGR aprehendieron a «El Lalo»": two arrests of one day, each with its place and the body that made it. A
report that names neither (the lead's "detuvieron este lunes a dos presuntos líderes") may join either; one that
names a person the other names is one event told twice (the Marina arrested X in Culiacán; the FGR said X was
arrested in Sinaloa).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

SITED = {"seizure", "arrest", "attack"}

Site = tuple[str, str, frozenset[str]]


def site_of(r: EventReport) -> Site | None:
    """Where an operation's report puts it, the body that made it, and the people it names; None without both."""
    if r.type not in SITED or not r.place_id or not r.organizer_id:
        return None
    return r.place_id, r.organizer_id, frozenset(p for p in [*r.participant_ids, *r.target_ids] if p.startswith("per-"))


def sites_differ(a: Site, b: Site) -> bool:
    """True for two places and two bodies, with no person in common."""
    (place_a, body_a, people_a), (place_b, body_b, people_b) = a, b
    return place_a != place_b and body_a != body_b and not people_a & people_b
