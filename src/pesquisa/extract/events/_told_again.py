"""A meeting or call named again by a definite description in a later sentence: the gathering told before, not another.

"Sheinbaum received Noem at the National Palace. During the meeting, Foreign Minister X said ...", "En la reunión, el
titular de la Defensa presentó un informe", "Ambassador Y, who took part in the talks, described them as productive":
the trigger is the gathering already told (``told_again_frames`` in ``data/events.yaml``), and so is one after a
definite article or in a judgement ("described the meeting as cordial", "«Fue una reunión muy productiva»",
``told_again_determiners``) with no "with X" after it; the people the sentence names join it and no report of their
own is left, unless it gives a day or place the one told lacks. Such a report named someone the gathering's own
report did not, and so looked like another gathering of that day with another counterpart, which is what "Más tarde,
el funcionario sostuvo una reunión con X" or "luego de su encuentro con la presidenta" tell (``resolve._gatherings``).
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.lexicon import read_data
from pesquisa.records import Event

NAMED_AGAIN = {"meeting", "call"}


@cache
def _frames() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = read_data("events.yaml")
    return tuple(tuple(compile_entry(e) for e in data[key])
                 for key in ("told_again_frames", "told_again_determiners", "told_again_withs"))  # type: ignore[return-value]


def names_again(ctx: DocumentContext, event: Event) -> bool:
    """True when the event's trigger is a meeting or call named again: a frame of ``told_again_frames`` right before it
    in its sentence, or a definite article or a judgement's predicate (``told_again_determiners``) with no "with X"
    after it."""
    if event.type not in NAMED_AGAIN or event.planned or event.trigger_span is None:
        return False
    frames, determiners, withs = _frames()
    before = ctx.body[event.span.start:event.trigger_span.start]
    if any(p.search(before) for p in frames):
        return True
    after = ctx.body[event.trigger_span.end:event.span.end]
    words = event.trigger.split()  # the trigger may open with its article ("the call")
    opening = before + words[0] + " " if len(words) > 1 else before
    return any(p.search(before) or p.search(opening) for p in determiners) and not any(p.match(after) for p in withs) \
        and not _told_by_verb(ctx, event)


def _told_by_verb(ctx: DocumentContext, event: Event) -> bool:
    """True when the trigger opens on a verb ("la mandataria conversó con el presidente", "the president spoke with"):
    the article before it is its subject's, not a description of a gathering told before."""
    assert event.trigger_span is not None
    span = ctx.doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ in {"VERB", "AUX"}


def _adds_nothing(event: Event, told: Event) -> bool:
    """True when ``event`` gives no day or place that ``told`` lacks (a body's "The meeting took place Thursday at the
    palace" under an undated headline is the report that dates it)."""
    return (event.date is None or event.date == told.date) and (event.place is None or told.place is not None)


def fold_told_again(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` without the meetings and calls named again (``names_again``), whose people join the last one of their
    type told before that took place, on no other day; the others as they were (changes the events joined)."""
    out: list[Event] = []
    for event in events:
        told = [e for e in out if e.type == event.type and not e.planned and e.span.start < event.span.start
                and not (e.date and event.date and len(e.date) == len(event.date) == 10 and e.date != event.date)]
        target = max(told, key=lambda e: e.span.start) if told else None
        if target is not None and _adds_nothing(event, target) and names_again(ctx, event):
            target.participants += [p for p in event.participants if p not in target.participants]
            continue
        out.append(event)
    return out
