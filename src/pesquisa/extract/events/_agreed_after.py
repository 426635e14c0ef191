"""An agreement a wire's lead tells before the gathering it came out of: the people of that gathering agreed it.

"The United States and Mexico agreed on Tuesday to create a working group ..., officials said after a meeting in
Mexico City. U.S. Deputy Secretary of State Christopher Landau met with Juan Ramón de la Fuente ...": the agreement
names no one (the countries are places), but its sentence says it came after a meeting, and the next sentence tells
that meeting with its people. The words that say so are events.yaml ``gathering_afters``; only the first gathering
told (not planned) in the two sentences after, and only for an agreement or commitment that names no one.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from pesquisa.extract.events._cues import compile_entry
from pesquisa.extract.nlp import doc_text, sentence_starts
from pesquisa.lexicon import read_data
from pesquisa.records import Event

DEALS = frozenset({"agreement", "commitment"})
GATHERING_TYPES = frozenset({"meeting", "call", "visit"})
REACH = 2  # sentences from the agreement to the gathering it came out of


@cache
def _afters() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["gathering_afters"])


def join_agreed_after(events: list[Event], doc: Doc) -> list[Event]:
    """``events``, where each agreement or commitment naming no one, told as reached after a gathering ("after a
    meeting", "tras una reunión"), takes the people of the gathering told in the ``REACH`` sentences after it. Changes
    the events of ``events``, and returns it."""
    starts = sentence_starts(doc, blank=False)
    for deal in events:
        if deal.type not in DEALS or deal.participants or deal.planned or \
                not any(p.search(doc_text(doc)[deal.span.start:deal.span.end]) for p in _afters()):
            continue
        after = [g for g in events if g.type in GATHERING_TYPES and not g.planned and g.participants
                 and g.span.start >= deal.span.end
                 and sum(deal.span.start < x <= g.span.start for x in starts) <= REACH]
        if after:
            deal.participants = list(after[0].participants)
    return events
