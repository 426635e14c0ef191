"""A call its own party says she held, with no day of its own: the day she told it.

"Sheinbaum said on Monday she had a phone call with Trump", "La presidenta informó este martes que sostuvo una llamada
telefónica con su homólogo de Guatemala": a leader reports her calls the day she holds them, so the day of the telling
dates the call when the sentence gives it no other ("said Thursday she spoke with Trump on Wednesday" keeps Wednesday,
``DocumentContext.date``). Not when someone else tells it ("the White House said Monday"), nor a call told in the
pluperfect ("had spoken", "había sostenido": before the telling), nor one still to come.

A meeting told as news takes the day of its telling whoever tells it ("Mexico's Foreign Ministry said on Tuesday that
the foreign minister met the U.S. ambassador", "la Cancillería informó este martes que el canciller se reunió con"):
ministries and wires tell a meeting the day it is held; a day the sentence gives it still comes first, and a meeting
told in the pluperfect ("had met") keeps none. A call told by someone else keeps none, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.events._backdrops import told_in_pluperfect
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._frames import governing_verb, speech_verb_before
from pesquisa.records import DateMention, Event

TOLD_THE_DAY = frozenset({"call", "meeting"})
TOLD_BY_ANYONE = frozenset({"meeting"})  # whoever tells it


def date_told_calls(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Each undated call of ``events`` its teller took part in takes the day of the telling. Changes the events of
    ``events``, and returns it."""
    for event in events:
        if event.type not in TOLD_THE_DAY or event.date or event.planned or event.trigger_span is None:
            continue
        if told_in_pluperfect(ctx.doc, event.trigger_span) or _own_verb_pluperfect(ctx, event):
            continue
        told = [d for d in ctx.dates if event.span.contains(d.span) and d.value and len(d.value) == 10
                and not ctx.in_dateline(d.span) and ctx.told_on(d, event.trigger_span)]
        day = next((d for d in told if (_tells_before(ctx, d, event) if event.type in TOLD_BY_ANYONE
                                        else set(_tellers(ctx, d)) & set(event.participants))), None)
        if day is not None:
            event.date = day.value
    return events


def _tells_before(ctx: DocumentContext, date: DateMention, event: Event) -> bool:
    """True when the speech verb ``date`` dates comes before the trigger, which its clause tells ("said on Tuesday that
    X met Y"); not a gathering told before the teller's words ("After meeting X, Y told reporters on Tuesday that")."""
    verb = _verb(ctx, date)
    return verb is not None and event.trigger_span is not None and verb.idx < event.trigger_span.start


def _verb(ctx: DocumentContext, date: DateMention) -> Token | None:
    """The speech verb ``date`` dates."""
    span = ctx.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return speech_verb_before(span) or governing_verb(span.root)


def _tellers(ctx: DocumentContext, date: DateMention) -> list[str]:
    """The people named as subject of the speech verb ``date`` dates ("Sheinbaum said on Monday", "La presidenta
    Claudia Sheinbaum informó este martes")."""
    verb = _verb(ctx, date)
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return [e.local_id for m, e in ctx.mentions if e.type == "person" for s in subjects
            if s.left_edge.idx <= m.span.start < s.right_edge.idx + len(s.right_edge)]


def _own_verb_pluperfect(ctx: DocumentContext, event: Event) -> bool:
    """True when the trigger is itself a verb in the pluperfect ("said Tuesday that X had met Y"), which
    ``told_in_pluperfect`` (the verb above the trigger) does not see."""
    at = event.trigger_span
    inner = ctx.doc.char_span(at.start, at.end, alignment_mode="expand") if at is not None else None
    if inner is None or not len(inner) or inner.root.pos_ != "VERB":
        return False
    return any(c.dep_.startswith("aux") and c.lower_ in {"had", "había", "habían", "hubo"} for c in inner.root.children)
