"""Days that agree for one arrest, extradition or seizure told days apart: by the day of the article telling it
(``_published``), when the reports name the same man acted on or the same amount seized."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pesquisa.resolve._clusters import dates_agree, items_agree, seized, values_agree
from pesquisa.resolve._counterparts import company_a_day_apart
from pesquisa.resolve._published import dated_late, late_agree

if TYPE_CHECKING:
    from pesquisa.resolve.events import EventReport

# a count of goods seized that tells one seizure across outlets, like a weight: pills, rounds, packages
GOODS_FLOOR = 1000


def many_goods(amount: dict) -> bool:
    """True for a seized count of goods large enough to tell one seizure by ("400,000 fentanyl pills"; not "5 rifles")."""
    return amount.get("kind") == "seizure" and bool(amount.get("item")) and float(amount["value"]) >= GOODS_FLOOR


def same_goods(a: EventReport, b: EventReport) -> bool:
    """True for two seizure reports with one amount in common, measured or ``many_goods`` (``values_agree``)."""
    return any(x[0] == y[0] and (x[0] or x[2] >= GOODS_FLOOR) and items_agree(x[1], y[1]) and
               values_agree(x[2], y[2], floor_x=x[3], floor_y=y[3]) for x in seized(a)[1] for y in seized(b)[1])


def days_agree(a: EventReport, b: EventReport) -> bool:
    """``dates_agree`` (not for two gatherings a day apart with their own company, ``company_a_day_apart``), or a report
    dated by its article's day naming one person acted on, or one amount seized, in common (``late_agree``)."""
    if dates_agree(a.date, b.date):
        return not company_a_day_apart(a, b)
    shared = {p for p in a.target_ids if p.startswith("per-")} & set(b.target_ids)
    return bool(shared or same_goods(a, b)) and late_agree(a.date, dated_late(a), b.date, dated_late(b))
