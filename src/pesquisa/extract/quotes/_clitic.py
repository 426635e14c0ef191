"""A Spanish subject the parse reads as an object because a clitic stands between it and the verb ("La activista
María López lo explicó así: «...»", "El alcalde se lo dijo claro: «...»"): a noun phrase that opens the clause before
the clitic, with no preposition of its own, while the verb has no subject and the clitic is its object. So is a
surname that opens the sentence with its particle ("De la Fuente, por su parte, puntualizó que ..."), which the parse
takes for a preposition.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pesquisa.extract.nlp import doc_text
from pesquisa.records import Span

_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se"})
_PARTICLES = frozenset({"De", "Del"})  # "De la Fuente", "Del Mazo"


def subject_before_clitic(verb: Token) -> Span | None:
    """The noun phrase before a clitic of ``verb`` that the parse hung on it as an object, when the verb has no
    subject; else None."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    clitic = next((c for c in verb.children if c.i < verb.i and c.pos_ == "PRON" and c.lower_ in _CLITICS), None)
    if clitic is None:
        return None
    for child in verb.children:
        if child.dep_ in {"obj", "iobj"} and child.pos_ in {"NOUN", "PROPN"} and child.right_edge.i < clitic.i and \
                any(c.dep_ == "det" for c in child.children) and not any(c.dep_ == "case" for c in child.children):
            end = child.right_edge
            return Span(child.left_edge.idx, end.idx + len(end.text))
    return None


def name_opened_by_particle(verb: Token) -> Span | None:
    """A surname that opens the sentence with a capitalized particle ("De la Fuente", "Del Mazo") that the parse hung
    on ``verb`` as an oblique, when the verb has no subject and the page named the person in full before ("Juan Ramón
    de la Fuente"; not a place, "De Culiacán, informó"); else None."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    text = doc_text(verb.doc)
    for child in verb.children:
        case = next((c for c in child.children if c.dep_ == "case"), None)
        if child.dep_ == "obl" and child.pos_ == "PROPN" and child.i < verb.i and case is not None and \
                case.text in _PARTICLES and case.i == child.sent.start:
            surname = text[case.idx:child.idx + len(child.text)]
            if re.search(r"\b[A-ZÁÉÍÓÚÑ]\w+ " + re.escape(surname[0].lower() + surname[1:]), text[:case.idx]):
                return Span(case.idx, child.idx + len(child.text))
    return None
