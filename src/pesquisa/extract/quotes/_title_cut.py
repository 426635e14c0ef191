"""A closing attribution whose title, written in lower case, the parser hung on the clause before it as an
apposition: "The police recovered six pistols in Amritsar, director general of police Gaurav Yadav said." The clause
ends at the comma that opens the title, and the name after the title is who speaks."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import text_of
from pesquisa.extract.quotes._subjects import token_end


def apposed_title_end(clause: Token, opens: int) -> int | None:
    """Where the clause ``clause`` heads ends when its last words are ", <title>" set as an apposition right before
    the attribution at ``opens`` (no name, number or verb in the title; the name after it, when the parse hung it there
    too, is the subject); else None."""
    doc = clause.doc
    last = clause.right_edge
    if token_end(last) <= opens and text_of(doc)[token_end(last):opens].strip():
        return None
    for tok in doc[clause.left_edge.i:last.i + 1]:
        if tok.dep_ != "appos" or tok.right_edge.i != last.i or tok.left_edge.i <= clause.left_edge.i:
            continue
        comma = doc[tok.left_edge.i - 1]
        title = doc[tok.left_edge.i:last.i + 1]
        if comma.text == "," and all(t.pos_ in {"NOUN", "ADJ", "ADP", "DET", "CCONJ"} and t.is_lower if t.idx < opens
                                     else t.pos_ == "PROPN" for t in title):  # (the name: the subject, at ``opens``)
            return token_end(doc[comma.i - 1])
    return None
