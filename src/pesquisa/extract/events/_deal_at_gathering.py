"""A deal told in the sentence of the gathering it was made at is of the gathering's people.

"India and the United States held the second meeting of their working group in New Delhi on Tuesday and agreed to
expand intelligence sharing, the ministry said", "Los cancilleres se reunieron el martes y acordaron ...": the
agreement's verb shares the meeting's subject, so whoever met agreed, though the meeting's people may be told only
in the delegation lists of the sentences after it (joined to the meeting) and the sentence's own names are the
countries and the body that told it. The agreement or commitment told by a verb after the trigger of a meeting,
call or visit of its sentence that took place, whose people are all among the gathering's, takes all of them, and
the gathering's day when it has none. A deal its sentence names by a noun ("gave an account of the cooperation pact,
as described during the summit at which ...") was no more made there than told.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pesquisa.records import Event

DEALS = {"agreement", "commitment"}
GATHERED = {"meeting", "call", "visit"}


def _verb_after(doc: Doc, deal: Event, held: Event) -> bool:
    """True when the deal's trigger is a verb told after the gathering's ("held talks ... and agreed to"), not a
    participle of a deal's noun ("to review the agreement signed by their predecessors")."""
    at, before = deal.trigger_span, held.trigger_span
    if at is None or before is None or before.end > at.start:
        return False
    span = doc.char_span(at.start, at.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ in {"VERB", "AUX"} and span[0].dep_ not in {"acl", "amod"}


def join_gathering_people(events: list[Event], doc: Doc) -> list[Event]:
    """``events``, each agreement or commitment told by a verb after a gathering of its sentence that took place,
    naming no one the gathering does not, with the gathering's people (and day, where it has none)."""
    for deal in (e for e in events if e.type in DEALS and not e.planned):
        held = next((g for g in events if g.type in GATHERED and not g.planned and g.span == deal.span
                     and set(deal.participants) <= set(g.participants) and _verb_after(doc, deal, g)), None)
        if held is None or (deal.date and held.date and deal.date != held.date):
            continue
        deal.participants = list(held.participants)
        deal.date = deal.date or held.date
    return events
