"""A Spanish subject the parse reads as an object because a clitic stands between it and the verb ("La activista
María López lo explicó así: «...»", "El alcalde se lo dijo claro: «...»"): a noun phrase that opens the clause before
the clitic, with no preposition of its own, while the verb has no subject and the clitic is its object.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.records import Span

_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se"})


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
