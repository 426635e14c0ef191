"""The speaker of a Spanish aside set off by commas, after its verb ("La investigación, ha precisado la Policía en una
nota, se inició ...", "Los detenidos, informó la Fiscalía, fueron ..."): the parse gives the verb the sentence's own
subject before the aside, and makes the one who speaks its object or a second subject."""

from __future__ import annotations

from spacy.tokens import Token

_JOINS = frozenset({"advcl", "ccomp", "conj", "parataxis"})


def inverted_in_aside(verb: Token, phrase: Token) -> bool:
    """``phrase`` (an object or subject of the Spanish speech ``verb``) opens right after the verb as a name or a
    determiner's phrase, and a subject of the verb ends right before the comma that opens the aside, the verb (with
    its auxiliaries) right after that comma, and the sentence goes on past the comma that closes the aside: the phrase
    is the aside's speaker (not "El subdelegado, X, ha valorado la operación: «...»", the object of a whole sentence)."""
    doc = verb.doc
    if doc.lang_ != "es" or phrase.dep_ not in {"obj", "nsubj"} or phrase.left_edge.i != verb.i + 1 or \
            doc[verb.i + 1].pos_ not in {"DET", "PROPN"}:
        return False
    closing = next((t for t in doc[phrase.right_edge.i:verb.sent.end] if t.text in {",", ":", ";"}), None)
    joined = [c for c in verb.children if c.dep_ in _JOINS] + [verb.head]  # (a root verb is its own head; "es «una
    # de ...»" a clause headed by its predicate)
    if closing is None or closing.text != "," or not any(c.i > closing.i for c in joined):
        return False  # the aside closes with a comma and the sentence goes on after it, with its own verb
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i):
        edge = subject.right_edge.i
        comma = edge if doc[edge].text == "," else edge + 1  # (the parse may hang the comma on the subject)
        if doc[comma].text == "," and all(t.dep_ in {"aux", "aux:pass"} for t in doc[comma + 1:verb.i]):
            return True
    return False
