"""What two seizure reports must have in common, besides their amounts, to be one seizure across outlets.

A seizing body or the place in common (or a town and its state), as a rule. But a small seizure at a crossing is told
by a TV station as "CBP officers at the DeConcini Port of Entry seized about 18 pounds of fentanyl pills on Tuesday,
June 10" and by the local paper, from the criminal complaint, as "federal officers at the border found 18 pounds of
fentanyl pills hidden in the dashboard" that day: no place, no body in common. The same day, the same measured amount
of one commodity (its head word, not a family such as drugs; the amount to three figures, not the 10 % two counts
of one load may differ by) and nothing that sets them apart, neither two places nor two seizing bodies named, make
them one. Two ports do seize the same round amount on one day now and then: each outlet then names its port or its
body, and that keeps them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.lexicon import fold
from pesquisa.resolve._bodies import bodies_agree
from pesquisa.resolve._regions import places_nested

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport


def _measured(r: EventReport) -> list[tuple[str, dict]]:
    """(day|unit|value to three figures, amount) of each measured amount a dated seizure report says was seized."""
    if r.type != "seizure" or not (r.date and len(r.date) == len("2026-06-10")):
        return []
    return [(f"{r.date}|{x['unit']}|{float(x['value']):.3g}", x) for x in r.amounts
            if x.get("unit") and x.get("kind") == "seizure" and x.get("item")]


def same_day_amount_keys(r: EventReport) -> set[str]:
    """The blocking keys of ``same_day_amount``: the day with each measured amount seized."""
    return {f"{r.type}|amount|{key}" for key, _x in _measured(r)}


def same_day_amount(a: EventReport, b: EventReport) -> bool:
    """True for two seizures of one day with one measured amount of one commodity, neither two places nor two
    seizing bodies named (see the module docstring)."""
    if (a.place_id and b.place_id) or (a.organizer_id and b.organizer_id):
        return False
    theirs = _measured(b)
    return any(k == j and _commodity(x) == _commodity(y) for k, x in _measured(a) for j, y in theirs)


def _commodity(x: dict) -> str:
    """The commodity an amount names, its item's head word ("fentanyl" of "fentanyl pills"): a family ("drugs") is
    too broad a kind for a day and an amount alone to make two seizures one."""
    return fold(str(x["item"])).split()[0] if fold(str(x["item"])) else ""


def seizing_side_in_common(a: EventReport, b: EventReport, *, same_org: bool, same_place: bool) -> bool:
    """True when two seizure reports with the same amounts share a seizing body or the place (or a town and its state:
    ``places_nested``), an organization taking part in one agreeing with one in the other, or tell the same day and
    amount with nothing that sets them apart (``same_day_amount``)."""
    return same_org or same_place or places_nested(a.place_id, b.place_id) or any(
        p.startswith("org-") and any(bodies_agree(p, q) for q in b.participant_ids) for p in a.participant_ids
    ) or same_day_amount(a, b)
