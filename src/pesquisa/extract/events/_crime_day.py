"""The day of a crime the story dates first by its year or month, told later with its scene.

"Police arrested a 19-year-old in the 2024 killing of a man found shot inside his truck ... Officers were called on
Oct. 3, 2024, to the 4800 block of ..., where they found the man with multiple gunshot wounds. He died at the scene":
the attack took "2024" from its own sentence, and the day the story gives it two paragraphs on went to no event (no
trigger of an attack stands there, only the scene). An attack dated only to a year or month takes the one day inside it
that the story tells in a sentence of the crime's scene or toll (calendar.yaml ``scene_words``, ``toll_words``), or in
the sentence right before such one, when that sentence tells no event of another type ("He was indicted on Dec. 5,
2024" is no day of the killing).
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.calendar import alternation
from pesquisa.extract.events._context import DocumentContext
from pesquisa.lexicon import read_data
from pesquisa.records import DateMention, Event, Span


@cache
def _scene() -> re.Pattern[str]:
    data = read_data("calendar.yaml")
    words = [" ".join(str(w).split()) for w in [*data["scene_words"], *data["toll_words"]]]
    return re.compile(rf"\b(?:{alternation(words)})\b", re.I)


def date_crime_day(ctx: DocumentContext, events: list[Event], sentences: list[Span]) -> None:
    """Give each attack dated only to a year or month the one day inside it told with the crime's scene. Writes the
    events."""
    for event in events:
        if event.type != "attack" or event.planned or event.date is None or len(event.date) not in {4, 7}:
            continue
        days = {d.value for d in ctx.dates if d.value and len(d.value) == 10 and d.value.startswith(event.date)
                and not ctx.in_dateline(d.span) and not (ctx.published and d.value > ctx.published)
                and _at_scene(ctx, d, events, sentences)}
        if len(days) == 1:
            event.date = days.pop()


def _at_scene(ctx: DocumentContext, day: DateMention, events: list[Event], sentences: list[Span]) -> bool:
    """The day's sentence, or the next one, tells the crime's scene or toll; the day's sentence no event of another
    type than an attack."""
    at = next((i for i, s in enumerate(sentences) if s.start <= day.span.start < s.end), None)
    if at is None or any(e.type != "attack" and sentences[at].contains(e.trigger_span or e.span) for e in events):
        return False
    told = ctx.body[sentences[at].start:sentences[at + 1].end if at + 1 < len(sentences) else sentences[at].end]
    return bool(_scene().search(told))
