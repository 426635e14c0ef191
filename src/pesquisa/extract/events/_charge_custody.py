"""A charge is an arrest only where the story tells its people in custody.

"Federal prosecutors on Thursday charged three men with conspiring to distribute fentanyl" files a case; nobody was
taken anywhere. A charge (``day_bound`` in events.yaml) states an arrest only when the page says someone was arrested,
detained or held (``custody_told``: "were arrested Tuesday", "taken into custody", "fueron detenidos"); otherwise, and
where it is background (an indictment, a month or year only, the charged still at large), it states none.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa._required import searched
from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.lexicon import read_data
from pesquisa.records import Span


@cache
def _custody_told() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(w) for w in read_data("events.yaml")["custody_told"])


def custody_told(ctx: DocumentContext) -> bool:
    """The page says someone was arrested, detained or held ("were arrested", "in custody", "detenidos"); words that
    say the charged are not held (``at_large``: "He has not been arrested") are no custody."""
    body = ctx.body
    for pattern in ctx.cues.at_large:
        body = pattern.sub(lambda m: " " * len(m.group(0)), body)
    return any(p.search(body) for p in _custody_told())


def background_charge(ctx: DocumentContext, sentence: Span, match: re.Match[str], date: str | None) -> bool:
    """A charge (``day_bound`` in events.yaml) no arrest: the page tells nobody in custody, or its sentence dates it
    only to a month or a year, or tells it as an indictment: told as background ("was charged in 2024 by federal
    prosecutors", "charged in a superseding indictment"). A day, even one an undated page leaves unresolved ("late
    Wednesday"), keeps it where the page tells an arrest."""
    word = " ".join(match.group(0).casefold().split())
    if word not in ctx.cues.day_bound and word.removesuffix("s") not in ctx.cues.day_bound:
        return False
    if ctx.cues.indictments.search(ctx.body[sentence.start:sentence.end]) or not custody_told(ctx):
        return True
    dated = [d for d in ctx.dates if sentence.contains(d.span)]
    if date and len(date) == 10:
        return False
    if not any(d.value is None or len(d.value) == 10 for d in dated) and at_large_after(ctx, sentence):
        return True  # "The other four defendants were charged with conspiracy ... They remain fugitives."
    return bool(dated) and not any(d.value is None or len(d.value) == 10 for d in dated)


def at_large_after(ctx: DocumentContext, sentence: Span) -> bool:
    """The sentence, or one of the two after it, says the charged are not in custody ("They remain fugitives",
    "Neither man has been taken into custody", "permanece prófugo")."""
    following = [s for s in ctx.doc.sents if s.start_char >= sentence.end and s.text.strip()][:2]
    spans = [(sentence.start, sentence.end)] + [(s.start_char, s.end_char) for s in following]
    return any(searched(ctx.cues.at_large, ctx.body[a:b]) for a, b in spans)
