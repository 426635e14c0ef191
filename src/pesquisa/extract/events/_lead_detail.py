"""A wire's lead tells an arrest by what the arrested was; the next paragraph tells it again, by name and day.

"Mexican federal agents arrested the alleged leader of a kidnapping ring that targeted migrants in Reynosa, the Security
Ministry said Thursday. Security Secretary X said Efraín Lozano Medina, known as "El Chuta," was captured Tuesday night
in a house in Río Bravo": one arrest, told twice. The lead's has no day and names no one arrested; the detail's names
its man and gives the day. Two arrests were exported, the lead's in the ring's town. An undated arrest, seizure or
extradition that names no one acted on is the next one of its type, told in the next two sentences with a day and
someone acted on, unless that one says it is another (``other_ones``: "In a separate operation", "otro operativo").
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._restated import date_headline
from pesquisa.extract.nlp import sentence_starts
from pesquisa.lexicon import read_data
from pesquisa.records import Event

RETOLD = frozenset({"arrest", "seizure", "extradition"})
REACH = 2  # sentences after the lead in which its detail is told


@cache
def _other_ones() -> frozenset[str]:
    """``other_ones`` of events.yaml and the words of a separate operation ("In a separate operation")."""
    return frozenset(w.casefold() for w in read_data("events.yaml")["other_ones"]) | {"separate", "separado", "separada"}


def _another(ctx: DocumentContext, event: Event) -> bool:
    """True when the sentence of ``event`` says it is another operation ("In a separate operation", "otro operativo")."""
    return bool(set(ctx.body[event.span.start:event.span.end].casefold().split()) & _other_ones())


def fold_lead_into_detail(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` less each undated lead that its detail tells again (see the module); the detail takes the lead's
    participants it lacks, and an undated headline of the type may then take the day (``date_headline``)."""
    starts = sorted(p.start for p in ctx.paragraphs)
    sentences = sentence_starts(ctx.doc)
    folded: set[int] = set()
    for event in events:
        if event.type not in RETOLD or event.date or event.planned or event.targets or \
                bisect_right(starts, event.span.start) <= 1:  # the headline is dated by ``date_headline``
            continue
        at = bisect_right(sentences, event.span.start)
        later = [e for e in events if e.type == event.type and e.span.start > event.span.start
                 and bisect_right(sentences, e.span.start) - at <= REACH]
        detail = min(later, key=lambda e: e.span.start, default=None)
        if detail is None or not (detail.date and len(detail.date) == 10 and detail.targets) or _another(ctx, detail):
            continue
        detail.participants += [p for p in event.participants if p not in detail.participants]
        folded.add(id(event))
    if folded:
        events = [e for e in events if id(e) not in folded]
        date_headline(ctx, events)
    return events
