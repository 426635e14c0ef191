"""Events told by their numbers: a sanction by how many it designated, an arrest by what was seized with it.

A Treasury release and the outlets that retell it give the same tallies ("six individuals and nine companies",
"seis personas y nueve empresas", "seis mexicanos y nueve compañías"), seldom the same day (a portal's copy
has none, "ayer" counts from the next morning) and seldom the same actor (the Treasury, its OFAC, "el gobierno de
Estados Unidos"). Two sanction reports of dates that agree, acting on one party in common (the cartel the network
served, a person), with the same tallies, are one action: two tallies in common, or one of three or more that is
each report's only one. Another action on the same cartel designates other numbers ("four Mexicans and 12
companies").

An arrest told in the sentence of a seizure carries its amounts ("aseguró ... mil 540 kilogramos de cocaína y detuvo
a tres tripulantes"): two arrest reports with one amount seized, by one body or at one place, are one arrest, though
a wire gives no day ("MEXICO CITY, Dec 8 (Reuters) - Mexico's navy seized 1,540 kilograms ... and detained three crew
members").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

SANCTION = "sanction"
LONE_TALLY = 3  # a single tally in common this large or larger tells the action ("sanctioned 13 companies")


def same_sanctioner(a: EventReport, b: EventReport, shared: list[str]) -> bool:
    """True when two sanctions of one day share the body that imposed one of them and one more party ("Treasury's OFAC
    sanctioned four Mexicans and 11 companies laundering for the CJNG", "La OFAC del Tesoro sancionó a ... por lavar
    dinero para el CJNG": one outlet names the Treasury as the actor, the other its office)."""
    bodies = {x for x in (a.organizer_id, b.organizer_id) if x}
    return a.type == "sanction" and bool(a.date and a.date == b.date and len(a.date) == 10) and \
        bool(bodies & set(shared)) and len(shared) >= 2


def tallies(r: EventReport) -> frozenset[float]:
    """The counts without a unit a sanction report gives (people, companies, vessels designated)."""
    if r.type != SANCTION:
        return frozenset()
    return frozenset(x["value"] for x in r.amounts if not x.get("unit") and x.get("kind") == "count")


def same_tallies(a: EventReport, b: EventReport) -> bool:
    """True for two sanction reports acting on one party in common with the same tallies (the dates are checked by
    the caller): two tallies in common, or one of ``LONE_TALLY`` or more that is all each report gives."""
    ta, tb = tallies(a), tallies(b)
    shared = ta & tb
    if not shared or not set(a.target_ids) & set(b.target_ids):
        return False
    return len(shared) >= 2 or (ta == tb == shared and max(shared) >= LONE_TALLY)


def tally_keys(r: EventReport) -> set[str]:
    """Blocking keys of ``same_tallies``: one per tally."""
    return {f"{SANCTION}|tally|{n}" for n in tallies(r)}


def seized_amounts(r: EventReport) -> list[dict]:
    """The amounts seized an arrest report gives (with a unit: "detuvo a tres tripulantes con 1,540 kilos de cocaína")."""
    return [x for x in r.amounts if x.get("unit") and x.get("kind") == "seizure"] if r.type == "arrest" else []


def seized_alike(a: EventReport, b: EventReport, same: Callable[[dict, dict], bool]) -> bool:
    """True for two arrest reports told with one amount seized (``same`` compares two amounts): the crew a navy
    detained with a cargo is the same crew in the communiqué and in the wire that retells it without its day
    ("seized 1,540 kilograms of cocaine ... and detained three crew members"); the body or place in common is
    checked by the caller, as for the seizure itself."""
    return any(same(x, y) for x in seized_amounts(a) for y in seized_amounts(b))
