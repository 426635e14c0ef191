"""Two seizures one article tells on two days, with amounts none of which can be the other's.

A wire tells the navy's find at a port on Monday and, lower down, "On Sunday, marines seized 350 kilograms of
methamphetamine in a truck at a checkpoint" in the same city; a state paper, "El domingo ... aseguraron 40 kilos de
cocaína. Este lunes, en la misma carretera, 200 mil litros de combustible". One place, one body, one day apart: the
one-day tolerance meant for outlets counting from different days made them one seizure. A seizure's own report and
another telling its day of a reaction ("celebró este miércoles el aseguramiento de una tonelada") carry the same amount,
or none, so two days alone do not keep them apart; two days and no amount in common do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Amount = tuple[str, str, float, bool]  # unit, item, value, floor (``_clusters.seized``)
SeizedDay = tuple[str, frozenset[Amount]]


def seized_day(kind: str, date: str | None, amounts: frozenset[Amount]) -> SeizedDay | None:
    """A seizure report's day and what it says was seized, when it tells both."""
    if kind != "seizure" or not (date and len(date) == len("2026-12-14")) or not amounts:
        return None
    return date, amounts


def days_and_amounts_differ(a: Iterable[SeizedDay], b: Iterable[SeizedDay], agree: Callable[[Amount, Amount], bool]) -> bool:
    """True when a seizure of one side and one of the other, both of one article, give two days and no amount that
    can be one (``agree``)."""
    others = list(b)
    return any(day_a != day_b and not any(agree(x, y) for x in amounts_a for y in amounts_b)
               for day_a, amounts_a in a for day_b, amounts_b in others)
