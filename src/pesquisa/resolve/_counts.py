"""Head counts and tolls that tell one arrest, attack or transfer of prisoners across outlets without a name in common:
"sent 26 to the United States", "cuatro elementos murieron", "arrested 14 ... in Culiacan"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pesquisa.resolve._bodies import bodies_agree, with_parents
from pesquisa.resolve._clusters import HEAD_COUNTED, SMALL_TOLL, TOLLED
from pesquisa.resolve._regions import places_nested

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport


# an arrest told undated by a wire ("detained four crew members") came out within days of the operation it tells
FRESH_DAYS = 3


def tolls(r: EventReport) -> set[float]:
    """The numbers of people an attack report says were killed or hurt (counts and figures without a unit)."""
    return {x["value"] for x in r.amounts if not x.get("unit") and x.get("kind") in {"count", "statistic"}} \
        if r.type == TOLLED else set()


def same_toll(a: EventReport, b: EventReport) -> bool:
    """Two attack reports of one day with a toll in common, unless the toll is small and they name two places."""
    shared = tolls(a) & tolls(b)
    if not shared or not (a.date and a.date == b.date and len(a.date) == 10):
        return False
    return max(shared) >= SMALL_TOLL or not (a.place_id and b.place_id and a.place_id != b.place_id)


def counted_here(r: EventReport) -> set[float]:
    """The head counts of an arrest or tolls of an attack a report gives with its place, and the head counts of a
    transfer of prisoners (told without a place: "sent 26 to the United States"), the numbers that tell one operation,
    attack or transfer without its day (a wire story whose dateline gives no year)."""
    counts = tolls(r) if r.type == TOLLED else {x["value"] for x in r.amounts if not x.get("unit")
                                                 and x.get("kind") == "count"} if r.type in HEAD_COUNTED else set()
    return {n for n in counts if n >= SMALL_TOLL} if r.place_id or r.type == "extradition" else set()


def same_count_undated(a: EventReport, b: EventReport) -> bool:
    """True for an arrest or attack told without its day by one report and on a day by the other, in one place with
    the same count of three or more: "soldiers arrested 14 suspected cartel members in Culiacan on Wednesday" under
    "MEXICO CITY, Dec 3 (Reuters) -", and "detuvo a 14 personas" in Culiacán in the army's communiqué of that day; a
    town and its state are one place here ("arrested 14 ... in the northern state of Sinaloa"). An arrest told undated
    by an article that came out days after the other's day is another one (``_fresh``): "arrested five men"
    in Culiacan nine days on."""
    return (not a.date) != (not b.date) and bool(counted_here(a) & counted_here(b)) and \
        (a.place_id == b.place_id or a.type == "extradition" or places_nested(a.place_id, b.place_id)) and \
        (a.type != "arrest" or _fresh(*((b, a) if a.date else (a, b)), unknown=True))


def _bodies_of(r: EventReport) -> set[str]:
    """The state bodies acting in a report (its organizer and the organizations taking part) and those they belong to."""
    ids = {p for p in r.participant_ids if p.startswith("org-")} | ({r.organizer_id} if r.organizer_id else set())
    return with_parents(ids)


def _fresh(undated: EventReport, dated: EventReport, *, unknown: bool = False) -> bool:
    """True when the undated report's article came out from the day before the dated report's day (an outlet a time
    zone away) to ``FRESH_DAYS`` after it; ``unknown`` when either day is not known."""
    if not (undated.published and len(undated.published) >= 10 and dated.date and len(dated.date) == 10):
        return unknown
    gap = (dt.date.fromisoformat(undated.published[:10]) - dt.date.fromisoformat(dated.date)).days
    return -1 <= gap <= FRESH_DAYS


def same_count_by_body(a: EventReport, b: EventReport) -> bool:
    """True for an arrest told undated by one article, within days of the other's dated one, by one body with the same
    head count of three or more: the navy's "fueron detenidas cuatro personas" of 3 November (the place told in the
    sentence before) and a wire's "detained four crew members" on the 5th."""
    if a.type != "arrest" or bool(a.date) == bool(b.date):
        return False
    undated, dated = (b, a) if a.date else (a, b)
    shared = {n for n in head_counts_of(a) & head_counts_of(b) if n >= SMALL_TOLL}
    return bool(shared) and _fresh(undated, dated) and any(bodies_agree(x, y) for x in _bodies_of(a) for y in _bodies_of(b))


def head_counts_of(r: EventReport) -> set[float]:
    """How many people an arrest report says were arrested (counts without a unit)."""
    return {x["value"] for x in r.amounts if not x.get("unit") and x.get("kind") == "count"}


def body_count_keys(r: EventReport) -> set[str]:
    """Blocking keys of ``same_count_by_body``: each head count of three or more with each acting body."""
    if r.type != "arrest":
        return set()
    return {f"arrest|bodycount|{n}|{b}" for n in head_counts_of(r) if n >= SMALL_TOLL for b in _bodies_of(r)}
