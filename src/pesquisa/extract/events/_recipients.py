"""Who the arrested or the seized goods were handed to: no actor of the arrest or seizure.

"Los detenidos fueron puestos a disposición del Ministerio Público de la Federación", "quedaron a disposición del
Agente del Ministerio Público", "were turned over to federal prosecutors": the prosecutor receives the case once the
arrest is made; the body that arrested or seized is named elsewhere in the sentence, or not at all.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._cues import compile_entry
from pesquisa.lexicon import read_data
from pesquisa.records import LocalEntity, Mention

HANDED_OVER = frozenset({"arrest", "seizure"})  # the events whose people or goods are handed to a prosecutor
REACH = 60  # characters before a body in which the words that hand something to it stand


@cache
def _recipients() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_entry(e) for e in read_data("events.yaml")["recipients"])


def received(ctx: DocumentContext, mention: Mention) -> bool:
    """True when ``mention`` names the body the arrested or the seized goods were handed to ("a disposición del")."""
    before = ctx.body[max(0, mention.span.start - REACH):mention.span.start]
    return any(p.search(before) for p in _recipients())


def without_recipients(ctx: DocumentContext, actors: list[tuple[Mention, LocalEntity]],
                       kind: str) -> list[tuple[Mention, LocalEntity]]:
    """``actors`` less the bodies an arrest's people or a seizure's goods were handed to."""
    if kind not in HANDED_OVER:
        return actors
    return [(m, e) for m, e in actors if not (e.type == "organization" and received(ctx, m))]
