"""Days counted from the day a story was told, when that is not its publication day.

"La Fiscalía informó este lunes que ayer fue detenido ..." on a page stamped Tuesday just after midnight: the story was
written on Monday, and its "ayer" is the Sunday before that, not the Monday before publication. A day word
("yesterday", "ayer", "anoche", "hoy") that follows, in its sentence, a verb of telling dated before publication
("said Monday that ...", "informó este lunes que ...") counts from that day, and so do weeks or months counted back
("señaló el 2 de junio que hace dos semanas ...": two weeks before 2 June, not before publication).
"""

from __future__ import annotations

import datetime as dt
import re

from pesquisa.extract.date_periods import PERIODS_AGO, ago_value
from pesquisa.records import DateMention, Span

# the day words and how many days before the day of telling each names
_BACK = {"yesterday": 1, "last night": 1, "ayer": 1, "anoche": 1, "anteayer": 2, "antier": 2, "antenoche": 2,
         "the day before yesterday": 2, "today": 0, "hoy": 0, "overnight": 0}
_THAT = re.compile(r"\b(?:that|que)\b", re.I)


def _sentence_of(sentences: list[Span], at: int) -> Span | None:
    return next((s for s in sentences if s.start <= at < s.end), None)


def counted_from_telling(text: str, found: list[DateMention], sentences: list[Span], told_on: re.Pattern[str],
                         published: dt.date | None) -> list[DateMention]:
    """``found`` with each day word that follows a day of telling (right after a verb ``told_on`` matches before it)
    before ``published`` in its sentence, past a "that" or "que" (what was told), counted from that day instead."""
    if published is None:
        return found
    told = {d.span for d in found if told_on.search(text[max(0, d.span.start - 30):d.span.start])}  # "informó este lunes"
    days = [d for d in found if d.span in told and d.value and len(d.value) == 10 and d.value < published.isoformat()]
    out = []
    for mention in found:
        back = _BACK.get(" ".join(mention.text.lower().split()))
        ago = PERIODS_AGO.fullmatch(mention.text)
        back = -1 if back is None and ago else back
        sentence = _sentence_of(sentences, mention.span.start)
        day = None if back is None or sentence is None else next(
            (d for d in reversed(days) if sentence.start <= d.span.start and d.span.end <= mention.span.start
             and _THAT.search(text, d.span.end, mention.span.start)), None)
        if day is not None and day.value is not None:
            said_on = dt.date.fromisoformat(day.value)
            value = ago_value(ago.group(1) or ago.group(2), said_on) if ago else \
                (said_on - dt.timedelta(days=back or 0)).isoformat()
            mention = DateMention(mention.text, mention.span, value, relative=mention.relative)
        out.append(mention)
    return out
