"""Two meetings or calls one article tells: who each names, and where.

An official's day is told in one article: "met Bondi at the Justice Department ... Más tarde, el funcionario sostuvo
una reunión con el director del FBI, Kash Patel"; "se reunió ayer con García Harfuch en la SSPC, luego de su encuentro
con la presidenta en Palacio Nacional". The second gathering names only its counterpart: the official is the subject
left unsaid ("el funcionario", "su", "el canciller"). Nothing else told them apart, so they were one meeting, which took
in both counterparts and then met neither outlet's report of either. A meeting or call report naming one person, none
of those another report of the article names together (two or more), is now another gathering. Mentions of the
gathering told before ("During the meeting, X said", "X, who attended the talks") are no reports of their own
(``extract.events._told_again``); a visit is told with whomever the outlet saw fit to name, so it is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.resolve._counterparts import COUNTERPARTS

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

# types whose reports in one article on two days are two events: one official meets several people on
# consecutive days ("met Noem on Wednesday. On Thursday, he met Patel"); a sanction or an arrest is often
# told again with the day of a reaction to it ("Sheinbaum responded Thursday to US sanctions")
DAY_DISTINCT = {"meeting", "call", "visit"}
# and attacks: an article tells the night's attack and "a separate attack on Saturday evening" in the same city,
# each by its own day; the one-day tolerance is for outlets counting from different days, not for one article
ARTICLE_DAYS = DAY_DISTINCT | {"attack"}

Parties = tuple[str | None, frozenset[str]]


def parties_of(r: EventReport) -> Parties | None:
    """Where a gathering's report puts it (its place, else the body hosting it: "also met FBI Director Kash Patel
    at FBI headquarters") and the people it names: when it gives where and two people or more, or for a meeting or
    call, when it names anyone."""
    if r.type not in DAY_DISTINCT:
        return None
    people = frozenset(p for p in r.participant_ids if p.startswith("per-"))
    where = r.place_id or r.organizer_id
    if where and len(people) >= 2:
        return where, people
    return (where, people) if r.type in COUNTERPARTS and people else None


def parties_differ(a: Parties, b: Parties) -> bool:
    """True for two gatherings of one article in two places that share at most one person, each naming someone
    the other does not: "Rubio met de la Fuente at the Foreign Ministry in Mexico City. He later met Sheinbaum at
    the National Palace". One meeting told twice with more people the second time keeps one place, or none."""
    (place_a, people_a), (place_b, people_b) = a, b
    if not (place_a and place_b and len(people_a) >= 2 and len(people_b) >= 2):
        return False
    return place_a != place_b and len(people_a & people_b) <= 1 and bool(people_a - people_b and people_b - people_a)


def counterparts_alone(a: set[Parties], b: set[Parties], *, call: bool = False) -> bool:
    """True for the reports of one article on two meetings or calls, one side naming one person in each report and
    the other two or more in one, none of them in common: "met Bondi ... later met with Patel". A side whose reports
    name someone of the other's is one gathering told again ("The two met with Videgaray and Osorio ... as Videgaray
    said"). For calls (``call``), also two sides of two people or more that share one and each name someone else: a
    call is between two parties ("spoke by phone with Trump ... Later in the day, she held a call with Carney")."""
    people_a = frozenset().union(*(people for _where, people in a))
    people_b = frozenset().union(*(people for _where, people in b))
    if call and _pair(a) and _pair(b) and len(people_a & people_b) == 1 and people_a - people_b and people_b - people_a:
        return True
    if people_a & people_b:
        return False
    return _alone(a, b) or _alone(b, a)


def _pair(side: set[Parties]) -> bool:
    return any(len(people) >= 2 for _where, people in side)


def _alone(one: set[Parties], many: set[Parties]) -> bool:
    return all(len(people) == 1 for _where, people in one) and any(len(people) >= 2 for _where, people in many)
