"""The day of an operation told after its arrests and seizures, by a word for the whole of it.

"La Semar aseguró mil kilos de cocaína y detuvo a cuatro personas ... La acción se realizó el pasado domingo", "Agents
seized 40 rifles and arrested two men ... The operation took place Tuesday near Nogales": the second sentence names
no event of a type, but all of the operation the one before told ("la acción", "el operativo", "the raid" as its
subject, after "la", "the"): its undated arrests and seizures take the one day it gives.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from pesquisa._required import matches_of
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.extract.events._retold_month import recent_months
from pesquisa.lexicon import read_data
from pesquisa.records import DateMention, Event, Span

OPERATION_TYPES = frozenset({"arrest", "seizure"})


@cache
def _nouns(happenings: bool = False) -> tuple:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["happening_references" if happenings else
                                                                    "operation_references"])


@cache
def _plurals() -> tuple:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["operation_plural_references"])


def _names_operation(ctx: DocumentContext, sentence: Span, seized: bool) -> Span | None:
    """The word for the operation told before that is the sentence's subject, after an article or demonstrative; a
    word for what happened ("Los hechos tuvieron lugar") only after a seizure and no attack (``seized``): after a
    shooting, or an arrest for a crime ("por su probable participación en el delito de homicidio"), it is the crime's."""
    text = ctx.body[sentence.start:sentence.end]
    for match in matches_of(_nouns() + (_nouns(happenings=True) if seized else ()), text):  # (pattern after pattern)
        if not any(p.search(text[max(0, match.start() - 12):match.start()]) for p in (*ctx.cues.back_references,
                                                                                        *_plurals())):
            continue
        at = Span(sentence.start + match.start(), sentence.start + match.end())
        span = ctx.doc.char_span(at.start, at.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_.startswith("nsubj"):
            return at
    return None


def date_operation(ctx: DocumentContext, events: list[Event], sentences: list[Span],
                   day_of: Callable[[DocumentContext, Span, Span], DateMention | None]) -> None:
    """Give the undated arrests and seizures of the last sentence before one that names their operation with a day
    (``day_of``: the one day a sentence tells), or a stretch of days just past ("La operación culminó la semana pasada":
    its month, ``_month_of``), that day, none after publication. Writes the events."""
    for sentence in sentences:
        before = [e for e in events if e.type in OPERATION_TYPES and e.span.end <= sentence.start and not e.planned]
        seized = any(e.type == "seizure" for e in before) and not any(
            e.type == "attack" and e.span.end <= sentence.start for e in events)
        noun = _names_operation(ctx, sentence, seized) if before else None
        day = (day_of(ctx, sentence, noun) or _month_of(ctx, sentence, noun)) if noun is not None else None
        if day is None or day.value is None or (ctx.published is not None and day.value > ctx.published):
            continue
        last = max(e.span.start for e in before)
        told = next((s for s in sentences if s.start <= last < s.end), None)
        for event in before:
            # (a release's lead took the day of its place-and-date line, which is publication's: the operation's own day
            # told after it is earlier, and wins: "Ciudad de México, 06 de diciembre ... Los operativos se llevaron a
            # cabo el viernes")
            if told is not None and told.contains(event.span) and (event.date is None or (
                    event.date == ctx.published and day.value < event.date)):
                event.date = day.value


def _month_of(ctx: DocumentContext, sentence: Span, noun: Span) -> DateMention | None:
    """The one month the sentence tells by a stretch of days ("la semana pasada", "el pasado fin de semana"), not when
    it was told, when it is publication's month or the one before it; else None."""
    months = {d.value for d in ctx.dates if sentence.contains(d.span) and d.value and len(d.value) == 7
              and not ctx.told_on(d, noun) and not ctx.in_dateline(d.span)}
    month = next(iter(months)) if len(months) == 1 else None
    if month is None or not ctx.published or month not in recent_months(ctx.published):
        return None
    return next(d for d in ctx.dates if sentence.contains(d.span) and d.value == month)
