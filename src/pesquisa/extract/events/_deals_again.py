"""A deal named again by its definite noun and a participle: the agreement told before, not another.

"Harris and Boutcher signed a memorandum in Dublin on Tuesday. The agreement, signed at Garda Headquarters, commits
both forces to ...", "El memorando, firmado en la sede de la cancillería, obliga a ...": the participle hangs on a
noun with a definite or demonstrative article, so it describes the deal already told; its sentence's names are what
the deal is about, not who made it. It gives the deal told before only a day or place that one lacks.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.events._context import DocumentContext
from pesquisa.records import Event

RETOLD = {"agreement"}


def _described(token: Token) -> bool:
    """True when ``token`` is a participle hung on a noun that a definite or demonstrative article opens."""
    noun = token.head
    return "Part" in token.morph.get("VerbForm", []) and token.dep_ in {"acl", "amod"} and noun.i != token.i and \
        noun.pos_ == "NOUN" and token.i > noun.i and any(
            c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
            for c in noun.children)


def _named_again(ctx: DocumentContext, event: Event) -> bool:
    at = event.trigger_span
    span = ctx.doc.char_span(at.start, at.end, alignment_mode="expand") if at is not None else None
    return span is not None and len(span) > 0 and _described(span[0])


def fold_deals_again(ctx: DocumentContext, events: list[Event]) -> list[Event]:
    """``events`` without the agreements named again (``_named_again``) after one told before that was made; that one
    takes the day or place it lacked from them."""
    out: list[Event] = []
    for event in events:
        told = [e for e in out if e.type == event.type and not e.planned and e.span.start < event.span.start]
        if event.type in RETOLD and not event.planned and told and _named_again(ctx, event):
            target = told[-1]
            target.date = target.date or event.date
            target.place = target.place or event.place
            continue
        out.append(event)
    return out
