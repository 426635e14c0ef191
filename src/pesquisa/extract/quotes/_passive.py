"""Whether a verb tells of its subject being acted upon: "Su hijo fue levantado en 2024", "He was shot in 2019".

Such a subject is no one the narration turned to as a speaker: the parse of the Spanish model marks the
periphrastic passive's subject ``nsubj`` as for any active verb, so the auxiliary "ser"/"be" and the
participle say it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pesquisa.extract.nlp import lemma_of
from pesquisa.records import Span

_PASSIVE_AUX = {"ser", "be"}


def acted_upon(verb: Token) -> bool:
    """The verb is a passive ("fue levantado", "was shot", "were detained"): its subject suffers the act."""
    if any(c.dep_ in {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"} for c in verb.children):
        return True
    return "VerbForm=Part" in str(verb.morph) and \
        any(c.dep_ in {"aux", "cop"} and lemma_of(c) in _PASSIVE_AUX for c in verb.children)


def agrees(verb: Token, other: Token) -> bool:
    """``other`` (or its auxiliary) agrees in number with ``verb``, or either tells none: the same subject may act in
    both ("sostuvo que ... y pidió"); not "dijo que los detenidos eran ... y serán juzgados", whose plural acts in what
    was said."""
    def numbers(tok: Token) -> set[str]:
        return {n for t in [tok, *(c for c in tok.children if c.dep_ in {"aux", "aux:pass", "cop"})]
                for n in t.morph.get("Number", [])}
    mine, theirs = numbers(verb), numbers(other)
    return not mine or not theirs or bool(mine & theirs)


def named_as_subject(doc: Doc, span: Span) -> bool:
    """The name at ``span`` is (apposed or joined to) the subject of an active verb ("El exsecretario X envió una
    carta", not "acusa al expresidente Y", nor "Y fue detenido")."""
    here = doc.char_span(span.start, span.end, alignment_mode="expand")
    if here is None or not len(here):
        return False
    tok = here.root
    while tok.dep_ in {"flat", "flat:name", "compound", "appos"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "nmod" and tok.pos_ == "PROPN" and not span.start <= tok.idx < span.end:
        tok = tok.head  # "El exalcalde de Acapulco| Félix Salgado": the parse hangs the name on the title's place
    return tok.dep_ == "nsubj" and not acted_upon(tok.head)
