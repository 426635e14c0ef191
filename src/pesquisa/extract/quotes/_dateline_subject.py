"""A dateline the parse made the subject of the verb that closes the lede ("Madrid, 12 may (EFE).- La Fiscalía
ha abierto ..., ha explicado el fiscal general, X"): the city heads a subtree that holds the whole reported
clause, and the one who speaks is the phrase after the verb.

A subject that only opens inside a dateline ("WASHINGTON (AP) — The Justice Department said") stays: trimmed of
the dateline it is a noun phrase; here what is left is a clause, headed by its own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.datelines import dateline_spans
from pesquisa.extract.quotes._cues import text_of


def dateline_misread(subject: Token, verb: Token) -> bool:
    """True when ``subject`` is a dateline's word whose subtree runs past the dateline over a clause (the words
    after the dateline are headed by a verb: "La Fiscalía ha abierto ..."), not over a noun phrase."""
    if subject.i > verb.i:
        return False
    line = next((d for d in dateline_spans(text_of(verb.doc)) if d.start <= subject.idx < d.end), None)
    if line is None or subject.right_edge.idx < line.end:
        return False
    rest = [t for t in subject.subtree if t.idx >= line.end]
    return any(t.pos_ in {"VERB", "AUX"} and t.head not in rest for t in rest)
