"""A deal told in the sentence of the gathering it was made at is of the gathering's people.

"India and the United States held the second meeting of their working group in New Delhi on Tuesday and agreed to
expand intelligence sharing, the ministry said", "Los cancilleres se reunieron el martes y acordaron ...": the
agreement's verb shares the meeting's subject, so whoever met agreed, though the meeting's people may be told only
in the delegation lists of the sentences after it (joined to the meeting) and the sentence's own names are the
countries and the body that told it. The agreement or commitment whose people are all among those of a meeting,
call or visit of its sentence that took place takes all of them, and the gathering's day when it has none.
"""

from __future__ import annotations

from pesquisa.records import Event

DEALS = {"agreement", "commitment"}
GATHERED = {"meeting", "call", "visit"}


def join_gathering_people(events: list[Event]) -> list[Event]:
    """``events``, each agreement or commitment told in the sentence of a gathering that took place, naming no one the
    gathering does not, with the gathering's people (and day, where it has none)."""
    for deal in (e for e in events if e.type in DEALS and not e.planned):
        held = next((g for g in events if g.type in GATHERED and not g.planned and g.span == deal.span
                     and set(deal.participants) <= set(g.participants)), None)
        if held is None or (deal.date and held.date and deal.date != held.date):
            continue
        deal.participants = list(held.participants)
        deal.date = deal.date or held.date
    return events
