"""A day counted from an event told again in the sentences between ("the next day", "two days later", "al día siguiente").

"Mexican soldiers killed 13 suspected cartel gunmen in a clash late Tuesday ... Soldiers on patrol were ambushed by
gunmen and returned fire ... The next day, troops arrested four people", "Un comando atacó a policías el pasado 10 de
diciembre ... Dos agentes murieron en el lugar ... Dos días después, agentes detuvieron a cuatro hombres": the reader of
dates counts "the next day" only from a day of its own sentence or the one before, since a sentence between may tell
news of an unknown day ("La SRE no precisó los motivos del aplazamiento. Un día antes, ...", "El alcalde pidió calma.
Tres días después, ..."). A sentence between that tells only events of the types the dated sentence told (the clash told
again, its toll: calendar.yaml ``toll_words``) brings no news of its own:
the day counts from the dated sentence's, and the undated events of the counting sentence (or those that took the
dated sentence's day) take it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pesquisa._required import matches_in
from pesquisa.calendar import alternation
from pesquisa.extract.dates import DAY_APART, DAYS_APART, TOLD_ON, days_apart
from pesquisa.extract.events._background import tells_background, tells_the_pair
from pesquisa.extract.events._context import DocumentContext
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Span


def date_next_day(ctx: DocumentContext, events: list[Event], sentences: list[Span]) -> None:
    """Give the events of a sentence that counts a day from a day told sentences before ("The next day, troops
    arrested ...") that day, when the sentences between tell only that day's events again. Writes the events."""
    for pattern, match in [(p, m) for p in (DAY_APART, DAYS_APART) for m in matches_in(p, ctx.body)]:
        at = Span(match.start(), match.end())
        if any(d.span.overlaps(at) for d in ctx.dates):
            continue
        here = _index(sentences, at.start)
        days = [d for d in ctx.dates if d.value and len(d.value) == 10 and d.span.end <= at.start
                and not TOLD_ON.search(ctx.body[max(0, d.span.start - 30):d.span.start])]
        there = _index(sentences, days[-1].span.start) if days else None
        if here is None or there is None or there >= here - 1:
            continue  # none, or in its sentence or the one before: the reader of dates counted it
        told, anchor = {e.type for e in events if sentences[there].contains(_at(e))}, str(days[-1].value)
        between = [_told_kinds(ctx, events, sentences[i], told) for i in range(there + 1, here)]
        if not told or not all((kinds and kinds <= told) or (not kinds and tells_background(ctx, sentences[i]))
                               or tells_the_pair(ctx, sentences[i])  # "ambos funcionarios coincidieron": more of it
                               for i, kinds in zip(range(there + 1, here), between, strict=True)):
            continue  # a sentence of no event may be news of an unknown day ("El alcalde pidió calma.")
        value = (dt.date.fromisoformat(anchor) + dt.timedelta(days=days_apart(pattern, match))).isoformat()
        if ctx.published is not None and value > ctx.published[:10]:
            continue
        for event in events:
            if sentences[here].contains(_at(event)) and not event.planned and event.date in (None, anchor):
                event.date = value


def _told_kinds(ctx: DocumentContext, events: list[Event], sentence: Span, told: set[str]) -> set[str]:
    """The types of the events ``sentence`` tells; an attack's, when it tells none but the toll of the attack ``told``
    before ("Dos agentes murieron en el lugar"); a seizure's, when it tells the search that made it."""
    kinds = {e.type for e in events if sentence.contains(_at(e))}
    if not kinds and "attack" in told and _words("toll_words").search(ctx.body[sentence.start:sentence.end]):
        return {"attack"}
    if not kinds and "seizure" in told and _words("search_words").search(ctx.body[sentence.start:sentence.end]):
        return {"seizure"}  # the search that made the seizure ("Officers searched the house and found 28kg of cocaine")
    return kinds


@cache
def _words(key: str) -> re.Pattern[str]:
    """Any of the words of ``key`` in ``data/calendar.yaml`` (``toll_words``, ``search_words``)."""
    return re.compile(rf"\b(?:{alternation(' '.join(str(w).split()) for w in read_data('calendar.yaml')[key])})\b", re.I)


def _index(sentences: list[Span], at: int) -> int | None:
    """The index of the sentence holding the offset ``at``, or None."""
    return next((i for i, s in enumerate(sentences) if s.start <= at < s.end), None)


def _at(event: Event) -> Span:
    """Where the event's trigger is (its span when it has none)."""
    return event.trigger_span or event.span
