"""A call its own party says she held, with no day of its own: the day she told it.

"Sheinbaum said on Monday she had a phone call with Trump", "La presidenta informó este martes que sostuvo una llamada
telefónica con su homólogo de Guatemala": a leader reports her calls the day she holds them, so the day of the telling
dates the call when the sentence gives it no other ("said Thursday she spoke with Trump on Wednesday" keeps Wednesday,
``DocumentContext.date``). Not when someone else tells it ("the White House said Monday"), nor a call told in the
pluperfect ("had spoken", "había sostenido": before the telling), nor one still to come.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.events._backdrops import told_in_pluperfect
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._frames import governing_verb, speech_verb_before
from pesquisa.records import DateMention, Event

TOLD_THE_DAY = frozenset({"call"})


def date_told_calls(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """Each undated call of ``events`` its teller took part in takes the day of the telling. Changes the events of
    ``events``, and returns it."""
    for event in events:
        if event.type not in TOLD_THE_DAY or event.date or event.planned or event.trigger_span is None:
            continue
        if told_in_pluperfect(ctx.doc, event.trigger_span):
            continue
        told = [d for d in ctx.dates if event.span.contains(d.span) and d.value and len(d.value) == 10
                and not ctx.in_dateline(d.span) and ctx.told_on(d, event.trigger_span)]
        day = next((d for d in told if set(_tellers(ctx, d)) & set(event.participants)), None)
        if day is not None:
            event.date = day.value
    return events


def _tellers(ctx: DocumentContext, date: DateMention) -> list[str]:
    """The people named as subject of the speech verb ``date`` dates ("Sheinbaum said on Monday", "La presidenta
    Claudia Sheinbaum informó este martes")."""
    span = ctx.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    verb: Token | None = speech_verb_before(span) or governing_verb(span.root)
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return [e.local_id for m, e in ctx.mentions if e.type == "person" for s in subjects
            if s.left_edge.idx <= m.span.start < s.right_edge.idx + len(s.right_edge)]
