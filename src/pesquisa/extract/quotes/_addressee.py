"""The object of a closing attribution's verb with a comment of the writer's after it ("..., three sources told
Reuters, a step that would mark ..."): the apposition after the comma speaks of the whole news, not of the one told,
so the object is a bare addressee and the sentence before the attribution is what was said."""

from __future__ import annotations

from spacy.tokens import Token


def object_words(obj: Token) -> int:
    """How many words the object ``obj`` spans, an apposition that a comma sets after it left out."""
    doc = obj.doc
    cut = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and doc[c.left_edge.i - 1].text == ","]
    end = cut[0].left_edge.i - 1 if cut else obj.right_edge.i + 1
    return len([t for t in obj.subtree if t.i < end and not t.is_punct])
