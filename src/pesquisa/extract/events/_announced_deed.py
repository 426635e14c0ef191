"""A deed told by its noun, as what a verb of telling made known: "informaron este viernes de la detención de X",
"police announced Tuesday the arrest of two men", "la Marina confirmó el jueves el aseguramiento de ...".

The day hangs from the telling, which came after the arrest, seizure or attack it tells: their own day is unknown
unless the text states it. A sanction or an agreement is made by its announcement ("Treasury announced sanctions on
Tuesday"), and so is an extradition as a ministry tells it the day it hands the man over: those keep the day.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from pesquisa.extract.events._frames import governing_verb
from pesquisa.records import Span

# the events whose day is not the day their news was told
DEED_TYPES = frozenset({"arrest", "seizure", "attack"})
# ... and those told in a clause that describes someone ("X, quien fue detenido en Culiacán, fue trasladado el martes",
# "A man arrested after a shooting appeared in court Thursday", "X, who was extradited in May, pleaded guilty Friday"):
# a day of the sentence's main clause, outside theirs, is not their day (``DocumentContext.date``; ``verb_between``)
DESCRIBED = DEED_TYPES | {"extradition"}
_NOUNS = frozenset({"NOUN"})


def announced_deed(event: TokenSpan | None, told: Token, kind: str) -> bool:
    """True when ``event``, the trigger of a deed (``DEED_TYPES``), is a noun under ``told``, a verb of telling: the
    day ``told`` holds is the day of the telling, none of the deed's."""
    if kind not in DEED_TYPES or event is None or not len(event) or event.root.pos_ not in _NOUNS:
        return False
    return any(t.i == told.i for t in event.root.ancestors)


def verb_between(doc: Doc, trigger: Span, date: Span) -> bool:
    """True when the verb ``date`` hangs from stands between it and ``trigger`` ("X, quien fue detenido ..., fue trasladado
    el martes": "trasladado"), so that the day is the main clause's; not a day told right after the describing clause, which
    the parse may hang from the verb before it ("fueron localizados los cuatro privados de su libertad el pasado viernes")."""
    told = doc.char_span(date.start, date.end, alignment_mode="expand")
    verb = next((t for t in told.root.ancestors if t.pos_ in {"VERB", "AUX"}), None) if told is not None and len(told) else None
    return verb is not None and min(trigger.end, date.end) <= verb.idx < max(trigger.start, date.start)


def told_apart(event: TokenSpan | None, told: Token, kind: str) -> bool:
    """True when ``told``, a verb of telling, is not the verb of the trigger ``event`` ("seized ..., the Navy said
    Monday"), or tells a deed by its noun (``announced_deed``): the day it holds is not the event's."""
    own = governing_verb(event.root) if event is not None and len(event) else None
    return own is None or own.i != told.i or announced_deed(event, told, kind)


def clause_on_event(event: TokenSpan | None, told: Token) -> bool:
    """True when ``told`` hangs from the trigger ``event``'s own word, as a clause on the event itself ("la llamada que
    sostuvieron el martes"): the day it holds is the event's. Not a teller closing the sentence after a comma, which the
    parser may hang from the deed's verb ("La Guardia Civil ha intervenido 3,5 toneladas ..., ha informado este viernes
    el instituto armado"): that day is the telling's."""
    if event is None or not len(event) or told.head.i != event.root.i:
        return False
    closing = told.dep_ == "advcl" and told.i > event.root.i and any(t.text == "," for t in told.doc[event.root.i:told.i])
    # "were arrested ... and are being detained at X, a spokesperson said on Sunday": a teller the parser joins to the
    # deed's verb as its conjunct is no clause on the event either
    return not closing and not (told.dep_ == "conj" and told.i > event.root.i)
