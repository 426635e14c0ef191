"""The crime a deed of the state is for: its prosecutor or its force is no side of it.

"FGR obtiene vinculación a proceso contra imputado por el secuestro de 2021", "agentes de la Policía Federal Ministerial
cumplimentaron una orden de aprehensión contra X, por su probable participación en el secuestro de un empresario",
"deputies arrested a man over the ambush": the attack told by its noun is what the arrest or the charge is for; the
state body that acts over it, named outside the crime's own words, neither attacked nor was attacked. The words are
``charged_for`` (the preposition that hangs the crime's noun) and ``backdrops`` ("por su probable participación en")
in ``data/events.yaml``; "un ataque contra la Guardia Nacional" keeps the Guard, inside the crime's words.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as TokenSpan

from pesquisa.extract.events._context import DocumentContext
from pesquisa.lexicon import read_data
from pesquisa.records import Span


@cache
def _charged_for() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_data("events.yaml")["charged_for"])


def charged_crime(ctx: DocumentContext, own: TokenSpan, mention: TokenSpan) -> bool:
    """True when the attack of ``own`` (the trigger's words) is a crime's noun told as what a deed is for, and
    ``mention`` stands outside the crime's words, before them: who acted over the crime, not in it."""
    noun = own.root
    if noun.pos_ not in {"NOUN", "PROPN"} or mention.root.i >= noun.i or noun.left_edge.i <= mention.root.i:
        return False
    if any(c.dep_ == "case" and c.lower_ in _charged_for() for c in noun.children):
        return True
    return bool(ctx.cues.backdrops.search(ctx.body, mention.end_char, own.start_char))


def told_as_charge(ctx: DocumentContext, trigger: Span) -> bool:
    """True when the attack of ``trigger`` is a crime's noun told as what a deed is for, by its preposition or after a
    backdrop phrase of its sentence ("por su probable participación en el secuestro"): no deed of the teller's people."""
    own = ctx.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if own is None or not len(own) or own.root.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.dep_ == "case" and c.lower_ in _charged_for() for c in own.root.children) or \
        bool(ctx.cues.backdrops.search(ctx.body, own.sent.start_char, own.start_char))
