"""An event told again with its day: the event told before takes it.

"Gunmen ambushed a patrol ... authorities said Sunday. The attack happened late Saturday on a highway near
Apatzingán", "Noem visitará México la próxima semana ... La reunión con la mandataria está prevista para el miércoles 9
de diciembre": the sentence that names the event again ("the attack", "la reunión", as its subject) tells no new one,
but the day of the one told before, which had none or only its month. So does a release that first announces an arrest
("The DEA announced today the arrest of X") and then tells it with its day ("X was arrested on Nov. 30"): the day of
the announcement was none of the arrest's. A headline tells the story's event without its day ("Cartel drone attack
kills 3 Mexican soldiers in Michoacán" over "Three soldiers were killed Saturday"): it takes the one day the story
gives events of its type, so that another outlet's report of the day can meet it (its toll, its people).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from pesquisa._required import caseless, holds, required
from pesquisa.extract.events._clauses import starts_state
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._crime_day import date_crime_day
from pesquisa.extract.events._cues import cues_here, trigger_matches
from pesquisa.extract.events._headline_day import day_of_same_amount, recent_month
from pesquisa.extract.events._headline_told_day import date_lead_from_headline, is_headline
from pesquisa.extract.events._lead_retold import date_lead_retold
from pesquisa.extract.events._next_day import date_next_day
from pesquisa.extract.events._operation_day import date_operation
from pesquisa.extract.quotes import is_speech_verb
from pesquisa.records import DateMention, Event, Span


def _restating(ctx: DocumentContext, sentence: Span) -> list[tuple[str, Span]]:
    """(type, trigger) of each trigger that opens a sentence's subject referring back ("The attack happened ...")."""
    text = ctx.body[sentence.start:sentence.end]
    out = []
    present = cues_here(ctx.body)  # the phrases the document holds: the others are in none of its sentences
    # the triggers' matches as the sentence's events found them (``trigger_matches``), then "la entrega"
    restated = [(kind, [list(p.finditer(text)) for p in patterns])
                for kind, patterns in restatements_in(ctx.body, ctx.cues.restatements)]
    for kind, of_kind in [*zip((k for k, _p in present.triggers), trigger_matches(ctx.body, text), strict=True), *restated]:
        for matches in of_kind:
            for match in matches:
                before = text[max(0, match.start() - 12):match.start()]
                if not any(p.search(before) for p in ctx.cues.back_references):
                    continue
                trigger = Span(sentence.start + match.start(), sentence.start + match.end())
                span = ctx.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
                if span is not None and len(span) and span.root.dep_.startswith("nsubj"):
                    out.append((kind, trigger))
    return out


Restatements = tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]


@lru_cache(maxsize=1)
def restatements_in(body: str, restatements: Restatements) -> Restatements:
    """``restatements`` (type, patterns) without the patterns that need a string (``required``) the document ``body``
    lacks: they match in none of its sentences, where each ran over every sentence."""
    folded = caseless(body)
    return tuple((kind, tuple(p for p in patterns if holds(required(p), folded))) for kind, patterns in restatements)


def _day_of(ctx: DocumentContext, sentence: Span, trigger: Span) -> DateMention | None:
    """The one day the sentence tells, not when it was told nor since when it counts, or None."""
    days = [d for d in ctx.dates if sentence.contains(d.span) and d.value and len(d.value) == 10
            and not ctx.told_on(d, trigger) and not ctx.in_dateline(d.span)
            and not starts_state(ctx.body, ctx.cues, d)]  # "the third load since the start of the fiscal year on Oct. 1"
    return days[0] if len({d.value for d in days}) == 1 else None


def date_restated(ctx: DocumentContext, events: list[Event], sentences: list[Span]) -> None:
    """Give the last event of a type told before a sentence that names it again with a day that day, when it had no
    day (none, or a month that holds it); a day after publication only to one still planned. Writes the events."""
    for sentence in sentences:
        for kind, trigger in _restating(ctx, sentence):
            earlier = [e for e in events if e.type == kind and e.span.end <= sentence.start]
            day = _day_of(ctx, sentence, trigger)
            if not earlier or day is None or day.value is None:
                continue
            last = earlier[-1]
            if last.date is not None and (len(last.date) == 10 or not day.value.startswith(last.date)):
                continue
            if not last.planned and ctx.published and day.value > ctx.published:
                continue
            last.date = day.value
    date_operation(ctx, events, sentences, _day_of)  # "La acción se realizó el pasado domingo"
    date_lead_retold(ctx, events, sentences)  # "said Thursday it seized ... The vessel was intercepted on Tuesday"
    date_next_day(ctx, events, sentences)  # "... in a clash late Tuesday. Soldiers were ambushed ... The next day, ..."
    date_crime_day(ctx, events, sentences)  # "in the 2024 killing of a man ... Officers were called on Oct. 3, 2024"
    date_lead_from_headline(ctx, events)  # "NCB busts heroin racket in Amritsar on July 12" over an undated lead
    _date_announced(ctx, events)
    _date_hand_overs(events, sentences)
    date_headline(ctx, events)


def _date_hand_overs(events: list[Event], sentences: list[Span]) -> None:
    """An undated extradition told in the sentence right after one told with its day is its hand-over ("La FGR extraditó
    ayer a X. El detenido fue entregado a agentes del FBI en el aeropuerto"): it takes that day. Writes the events."""
    starts = sorted(s.start for s in sentences)
    sent = [e for e in events if e.type == "extradition" and not e.planned]
    for event in sent:
        if event.date is None:
            at = bisect_right(starts, event.span.start)
            before = [g for g in sent if g.date and len(g.date) == 10 and 0 < at - bisect_right(starts, g.span.start) <= 1]
            event.date = before[-1].date if before else None


_ANNOUNCED = {"arrest", "seizure", "extradition"}


def _announced(ctx: DocumentContext, event: Event) -> bool:
    """The event is the object of a verb announcing it ("announced today the arrest of X", "anunció la captura")."""
    if event.trigger_span is None:
        return False
    span = ctx.doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return root is not None and root.pos_ == "NOUN" and root.dep_ in {"dobj", "obj"} and is_speech_verb(root.head)


def _date_announced(ctx: DocumentContext, events: list[Event]) -> None:
    """An announced arrest, seizure or extradition dated by its announcement takes the earlier day that a later report
    of the type naming the same person gives ("Quiñones was arrested on Nov. 30 in Phoenix"). Writes the events."""
    for i, event in enumerate(events):
        if event.type not in _ANNOUNCED or not event.date or not event.targets or not _announced(ctx, event):
            continue
        told = next((e for e in events[i + 1:] if e.type == event.type and e.date and len(e.date) == 10
                     and e.date < event.date and set(e.targets) & set(event.targets)), None)
        if told is not None:
            event.date = told.date


def date_headline(ctx: DocumentContext, events: list[Event]) -> None:
    """An undated event of the headline takes the day of the story's events of its type that happened, when they give
    one day and no event of the type goes without one (two arrests, one dated, leave the headline's open); the month of
    publication (or of the week before it) when that is all they tell ("arrested ... last weekend"); the day of the one
    of its amount among others (``_headline_day``). Writes the events."""
    head = ctx.paragraphs[0] if ctx.paragraphs else None
    text = ctx.body[head.start:head.end].strip() if head else ""
    if head is None or not is_headline(text):
        return
    for event in events:
        if event.date or event.planned or not head.contains(event.span):
            continue
        told = [e for e in events if e.type == event.type and not e.planned and not head.contains(e.span)]
        days = {e.date for e in told}  # background told by its month or year before the day does not count ("follows
        full = {d for d in days if d and len(d) == 10}  # the designation of its leaders in June 2025")
        day = next(iter(full)) if len(full) == 1 else None
        if day and None not in days and all(d in full or d < day[:len(d)] for d in days if d):
            event.date = day
        elif not full:
            event.date = recent_month(ctx.published, days)  # a week just past ("capturaron a principios de semana")
        elif full:
            event.date = day_of_same_amount(ctx, event, told)  # the one of its amount
