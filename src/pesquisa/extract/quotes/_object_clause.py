"""A clause the English parse read as the object of "say" and a reduced relative on it ("A spokesperson said |troopers
assisted in the pursuit|": "troopers" the object, "assisted" an ``acl`` on it): "say" takes no such object, so the
noun is the subject of the clause said and the "relative" its verb."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.nlp import lemma_of


def object_clause(verb: Token) -> Token | None:
    """The verb of the clause an English "say" reports when the parse made its subject the verb's object and the verb
    a past form hung on that noun with no subject of its own (not a thing said with its article: "said a prayer
    dedicated to ..."); else None."""
    if verb.doc.lang_ != "en" or lemma_of(verb).lower() != "say":
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.left_edge.i == verb.i + 1):
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children):
            continue  # "said a prayer dedicated to the victims": a thing said, described
        clause = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i > obj.i), None)
        if clause is not None and not any(c.dep_.startswith("nsubj") for c in clause.children):
            return clause
        if _numeral_subject(obj):
            return obj
    return None


def _numeral_subject(obj: Token) -> bool:
    """The object opens with "the" and a bare number the parse hung on the next word, read as a noun on the object
    ("said |the three face federal charges|": "face" the verb, "the three" its subject): a clause, not a thing said
    ("said the three words" numbers the object itself)."""
    doc = obj.doc
    first = obj.left_edge
    if first.lower_ != "the" or first.head.i != obj.i or first.i + 2 >= obj.i:
        return False
    num, word = doc[first.i + 1], doc[first.i + 2]
    return num.pos_ == "NUM" and num.head.i == word.i and word.pos_ == "NOUN" and word.head.i == obj.i and \
        word.dep_ in {"nmod", "compound"}
