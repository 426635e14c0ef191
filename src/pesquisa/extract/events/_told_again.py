"""A meeting or call named again by a definite description in a later sentence: the gathering told before, not another.

"Sheinbaum received Noem at the National Palace. During the meeting, Foreign Minister X said ...", "En la reunión, el
titular de la Defensa presentó un informe", "Ambassador Y, who took part in the talks, described them as productive":
the trigger is the gathering already told (``told_again_frames`` in ``data/events.yaml``), so the people the sentence
names join it and no report of their own is left. Such a report named someone the gathering's own report did not, and
so looked like another gathering of that day with another counterpart, which is what "Más tarde, el funcionario
sostuvo una reunión con X" or "luego de su encuentro con la presidenta" tell (``resolve._gatherings``).
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
def _frames() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["told_again_frames"])


def names_again(ctx: DocumentContext, event: Event) -> bool:
    """True when the event's trigger is a meeting or call named again: a frame of ``told_again_frames`` right before it
    in its sentence."""
    if event.type not in NAMED_AGAIN or event.planned or event.trigger_span is None:
        return False
    before = ctx.body[event.span.start:event.trigger_span.start]
    return any(p.search(before) for p in _frames())


def fold_told_again(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` without the meetings and calls named again (``names_again``), whose people join the last one of their
    type told before that took place, on no other day; the others as they were (changes the events joined)."""
    out: list[Event] = []
    for event in events:
        told = [e for e in out if e.type == event.type and not e.planned and e.span.start < event.span.start
                and not (e.date and event.date and len(e.date) == len(event.date) == 10 and e.date != event.date)]
        if told and names_again(ctx, event):
            target = max(told, key=lambda e: e.span.start)
            target.participants += [p for p in event.participants if p not in target.participants]
            continue
        out.append(event)
    return out
