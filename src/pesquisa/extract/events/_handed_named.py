"""The one handed over, named a sentence or two later: "A man wanted in the shooting death of an El Paso officer was
arrested in Ciudad Juárez and handed over to U.S. authorities ... The Chihuahua State Attorney General's Office said its
agents arrested Luis Alberto Sotelo, 31, on Tuesday": a local report tells the arrest and the hand-over of someone
unnamed, then names him in the arrest told again. An extradition or transfer naming no one sent, told in one sentence
with an arrest naming no one arrested, takes the person the next arrest (in the two sentences after) names, when it
names one only who holds no official title.
"""

from __future__ import annotations

from pesquisa.extract.events._context import DocumentContext
from pesquisa.extract.events._roles import is_agent
from pesquisa.extract.nlp import sentence_starts
from pesquisa.records import Event

REACH = 2  # sentences from the hand-over to the arrest that names the one handed over


def _named_arrested(ctx: DocumentContext, arrest: Event) -> str | None:
    """The one person ``arrest`` takes in who is not an agent (no official title), or None."""
    entities = {e.local_id: e for _m, e in ctx.mentions}
    people = [p for p in dict.fromkeys([*arrest.targets, *arrest.participants])
              if p in entities and entities[p].type == "person" and not is_agent(entities[p], ctx.cues)]
    return people[0] if len(people) == 1 else None


def name_the_handed(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events``, where each extradition naming no one sent, told beside an arrest naming no one in its sentence,
    takes the one the arrest in the ``REACH`` sentences after names (``_named_arrested``). Changes the events of
    ``events``, and returns it."""
    starts = sentence_starts(ctx.doc, blank=False)
    for sent in events:
        if sent.type != "extradition" or sent.planned or sent.targets or any(p in ctx.people for p in sent.participants):
            continue
        if not any(e.type == "arrest" and e.span == sent.span and not e.targets for e in events):
            continue
        later = [e for e in events if e.type == "arrest" and e.span.start >= sent.span.end
                 and sum(sent.span.start < x <= e.span.start for x in starts) <= REACH]
        named = _named_arrested(ctx, later[0]) if later else None
        if named:
            sent.targets.append(named)
            sent.participants.append(named)
    return events
