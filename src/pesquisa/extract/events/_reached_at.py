"""The gathering told before that an undated deal or sequel was made at.

"Arévalo received Noem at the palace on Monday. Noem arrived in the capital on Sunday evening. During the meeting,
Arévalo pledged ...": the pledge names the gathering it was made at ("the meeting"), so of the dated gatherings
told before it takes the last one of that kind (the words are ``occasion_kinds`` in ``data/events.yaml``), not the
arrival told last. A deal that names none was reached in talks, not where someone only arrived ("The two also
signed an agreement"): an arrival (``arrival_triggers``) is left aside while another gathering is at hand.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Span


@cache
def _occasions() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {w.casefold(): k for w, k in read_data("events.yaml")["occasion_kinds"].items()}
    nouns = "|".join(sorted((re.escape(w) for w in kinds), key=len, reverse=True))
    return re.compile(rf"\b(?:the|this|that|la|el|esta|este|esa|ese|dicha|dicho|su|his|her|their)\s+"
                      rf"(?:[\w-]+\s+)?({nouns})\b", re.I), kinds


@cache
def _arrivals() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["arrival_triggers"])


def named_occasion(ctx: DocumentContext, event: Event) -> str | None:
    """The kind of gathering the event's sentence names before its trigger ("During the meeting, X pledged")."""
    end = event.trigger_span.start if event.trigger_span else event.span.end
    pattern, kinds = _occasions()
    found = pattern.search(ctx.body[event.span.start:max(event.span.start, end)])
    return kinds.get(found.group(1).casefold()) if found else None


def reached_at(ctx: DocumentContext, event: Event, before: list[Event], index: dict[Span, int]) -> Event:
    """Of ``before`` (dated events told before ``event``), the one it was made at: the last of the kind its
    sentence names, else, for an agreement or commitment, the last that is no mere arrival, else the last (of events
    told in one sentence, the one of its own type: an arrest after "seized on Friday ... arrested on December 29")."""
    kind = named_occasion(ctx, event)
    pool = [g for g in before if g.type == kind] if kind else []
    if not pool and event.type in {"agreement", "commitment"}:
        pool = [g for g in before if g.trigger.casefold() not in _arrivals()]
    return max(pool or before, key=lambda g: (index[g.span], g.type == event.type))
