"""The day a headline names dates the undated events of the lead below it.

"NCB busts heroin racket in Amritsar on July 12, two held" over "The NCB has seized 4.5 kg of heroin and arrested two
persons in Amritsar, officials said": the lead tells the news the headline tells, without its day; the one day the
headline names (up to publication, and in the two weeks before it) is theirs. Only the lead's, the first paragraph
below the headline that tells events: what follows may be background of other days.
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Event

HEADLINE_LENGTH = 160  # a headline is a short first line that ends with no full stop (``is_headline``)
# a headline may end in an abbreviation's point ("Capturan a narcotraficante requerido en EE. UU.", "... to U.S."):
# initials, each with its point, are no sentence's full stop
INITIALS_END = re.compile(r"(?:\b[A-Z]{1,2}\.\s?){2,}$")
RECENT = dt.timedelta(days=14)  # news of a day further back in a headline is of a case, not of the lead's deed
WORDS_BEYOND_DATE = 15  # a headline says more than its date (a line that is only a date is a banner's)


def date_lead_from_headline(ctx: DocumentContext, events: list[Event]) -> None:
    """Undated, unplanned events of the headline and the lead take the one day the headline names. Writes the events."""
    if len(ctx.paragraphs) < 2:
        return
    head = ctx.paragraphs[0]
    text = ctx.body[head.start:head.end].strip()
    if not is_headline(text):
        return
    dates = [d for d in ctx.dates if head.contains(d.span) and d.value and not ctx.in_dateline(d.span)]
    days = {d.value for d in dates}
    if len(days) != 1 or len(text) - sum(len(d.text) for d in dates) < WORDS_BEYOND_DATE:
        return
    day = str(next(iter(days)))
    if len(day) != 10 or not _recent(day, ctx.published):
        return
    lead = next((p for p in ctx.paragraphs[1:] if any(p.contains(e.span) for e in events)), None)
    for event in events:
        if event.date is None and not event.planned and (head.contains(event.span) or (lead and lead.contains(event.span))):
            event.date = day


def _recent(day: str, published: str | None) -> bool:
    """``day`` is no later than publication and within ``RECENT`` before it (any day, with no publication day)."""
    if not published or len(published) < 10:
        return True
    told = dt.date.fromisoformat(published[:10])
    return told - RECENT <= dt.date.fromisoformat(day) <= told


def is_headline(text: str) -> bool:
    """``text``, a first line, is a headline: short, ending with no full stop (initials' points apart)."""
    return bool(text) and len(text) <= HEADLINE_LENGTH and (not text.endswith(".") or bool(INITIALS_END.search(text)))
