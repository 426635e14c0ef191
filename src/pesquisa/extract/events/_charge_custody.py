"""A charge told as background is no arrest.

A charge (``day_bound`` in events.yaml) states no arrest where it is background: an indictment, a month or year only,
or a page that says the charged are still at large ("He has not been arrested"). A bare charge ("Prosecutors charged
three men") still reads as the story's arrest: the relations read who charged whom from it (``charged_by``).
"""

from __future__ import annotations

import re

from pesquisa._required import searched
from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Span


def background_charge(ctx: DocumentContext, sentence: Span, match: re.Match[str], date: str | None) -> bool:
    """A charge (``day_bound`` in events.yaml) no arrest: the page says the charged are not held, or its sentence dates it
    only to a month or a year, or tells it as an indictment: told as background ("was charged in 2024 by federal
    prosecutors", "charged in a superseding indictment"). A day, even one an undated page leaves unresolved ("late
    Wednesday"), keeps it where the page tells an arrest."""
    word = " ".join(match.group(0).casefold().split())
    if word not in ctx.cues.day_bound and word.removesuffix("s") not in ctx.cues.day_bound:
        return False
    if ctx.cues.indictments.search(ctx.body[sentence.start:sentence.end]):
        return True
    dated = [d for d in ctx.dates if sentence.contains(d.span)]
    if date and len(date) == 10:
        return False
    if searched(ctx.cues.at_large, ctx.body):  # (an undated charge on a page that says "He has not been arrested")
        return True
    if not any(d.value is None or len(d.value) == 10 for d in dated) and at_large_after(ctx, sentence):
        return True  # "The other four defendants were charged with conspiracy ... They remain fugitives."
    return bool(dated) and not any(d.value is None or len(d.value) == 10 for d in dated)


def at_large_after(ctx: DocumentContext, sentence: Span) -> bool:
    """The sentence, or one of the two after it, says the charged are not in custody ("They remain fugitives",
    "Neither man has been taken into custody", "permanece prófugo")."""
    following = [s for s in ctx.doc.sents if s.start_char >= sentence.end and s.text.strip()][:2]
    spans = [(sentence.start, sentence.end)] + [(s.start_char, s.end_char) for s in following]
    return any(searched(ctx.cues.at_large, ctx.body[a:b]) for a, b in spans)
