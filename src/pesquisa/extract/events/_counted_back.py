"""The day an earlier event is counted from when the sentence's main clause names again, as its subject, an event told
before: "Mexico sent 26 suspects to the U.S. on Friday. ... The transfer came a day after Sheinbaum spoke by phone with
Trump", "Marinos aseguraron el martes 500 kilos ... El decomiso se dio dos días después de que la presidenta se reuniera
con ...". The subject tells no event of its own (it is the one told before, ``references``, ``restatements`` and
``action_references`` of events.yaml, or a trigger of its type after "the", "la"), and the days are counted from that
event's day ("The action comes a week after Mexican authorities arrested": the sanction's).
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry, cues_here, trigger_matches
from pesquisa.extract.events._restated import restatements_in
from pesquisa.lexicon import read_data
from pesquisa.records import Event, Span

OPENING = 40  # how far into the sentence the subject naming the event again may start


@cache
def _actions() -> tuple[re.Pattern[str], ...]:
    """``action_references`` of events.yaml: "The action", "La medida" opening a sentence."""
    return tuple(compile_entry(e) for e in read_data("events.yaml")["action_references"])


def _kinds_named_again(ctx: DocumentContext, opening: str) -> set[str] | None:
    """The types the words ``opening`` a sentence name again after an article ("The seizure", "La entrega"); None for
    a reference to any operation told before ("The transfer", "the operation", "el operativo")."""
    if any(m.start() < OPENING for p in ctx.cues.references for m in p.finditer(opening)):
        return None
    if any(p.match(opening) for p in _actions()):  # "The action comes a week after": a sanction, seizure or arrest
        return {"sanction", "seizure", "arrest", "extradition"}
    present = cues_here(ctx.body)
    restated = [(kind, [list(p.finditer(opening)) for p in patterns])
                for kind, patterns in restatements_in(ctx.body, ctx.cues.restatements)]
    kinds = set()
    for kind, of_kind in [*zip((k for k, _p in present.triggers), trigger_matches(ctx.body, opening), strict=True), *restated]:
        for match in (m for matches in of_kind for m in matches if m.start() < OPENING):
            if any(p.search(opening[max(0, match.start() - 12):match.start()]) for p in ctx.cues.back_references):
                kinds.add(kind)
    return kinds


def referred_day(ctx: DocumentContext, clause: Span, events: list[Event]) -> str | None:
    """The day of the last event told before the sentence of ``clause`` that its main clause names again as its subject
    (of a reference to an operation, "The transfer came a day after ...", the last arrest, seizure or extradition), or
    None."""
    token = ctx.doc.char_span(clause.start, clause.end, alignment_mode="expand")
    if token is None or not len(token):
        return None
    start = token[0].sent.start_char
    opening = ctx.body[start:clause.start]
    if not re.match(r"\W*\w+", opening):
        return None
    kinds = _kinds_named_again(ctx, opening)
    told = [e for e in events if e.span.end <= start and e.date and len(e.date) == 10 and not e.planned
            and (e.type in kinds if kinds is not None else e.type in {"seizure", "arrest", "extradition"})]
    return told[-1].date if told else None
