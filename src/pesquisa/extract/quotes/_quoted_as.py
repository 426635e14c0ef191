"""Words a writer, a paper or a court filing reports in someone else's name: "The newspaper quoted the minister
as saying ..." (or "The minister was quoted by the newspaper as saying ..."), "The indictment quotes the contact as
replying, “...”", "cited an official as saying", "En el comunicado, el Tesoro cita al subsecretario X: «...»": the one
quoted speaks, the one quoting (the verb's subject or agent) only carries the words."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span


@cache
def _quoting_verbs() -> frozenset[str]:
    """Forms of the verbs that report words in another's name with "as" (speech.yaml ``quoting_as``)."""
    return frozenset(fold(v) for v in load_lexicon().speech["quoting_as"])


def _as_clause(verb: Token) -> Token | None:
    """The "as" that opens the clause of what the object of a quoting ``verb`` said ("quoted X as saying")."""
    for tok in verb.doc[verb.i + 1:verb.sent.end]:
        if tok.lower_ == "as" and tok.head.i in {verb.i, *(c.i for c in verb.children if c.dep_ in {"dobj", "obj"})} \
                and any(c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG" for c in tok.children):
            return tok
    return None


def _object_before_colon(verb: Token) -> Token | None:
    """The object of ``verb`` that runs up to a colon ("el Tesoro cita al subsecretario X: «...»"), else None."""
    doc = verb.doc
    return next((c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i
                 and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ":"), None)


def _object_after_quoting(marker: Token) -> Span | None:
    """The noun phrase between a quoting verb and "as" when the parse made it no object ("Broadcaster Caracol quoted
    Defense Minister X as saying", the name taken for the sentence's root); else None."""
    doc = marker.doc
    i = marker.i - 1
    while i >= 0 and doc[i].pos_ in {"PROPN", "NOUN", "DET", "ADJ"} and fold(doc[i].text) not in _quoting_verbs():
        i -= 1
    if i < 0 or i + 1 >= marker.i or fold(doc[i].text) not in _quoting_verbs():
        return None
    return Span(doc[i + 1].idx, doc[marker.i - 1].idx + len(doc[marker.i - 1].text))


def quoted_as_subject(verb: Token) -> Span | None:
    """The one whose words ``verb`` reports in the shape "Y quoted X as saying": X, for "quoted" and for the
    "saying" under its "as"; or in "Y cita a X: «...»" ("The statement quoted X: “...”"); None for every other verb."""
    quoting = verb
    if verb.tag_ == "VBG" and verb.head.lower_ == "as":
        quoting = verb.head.head if verb.head.head.dep_ not in {"dobj", "obj"} else verb.head.head.head
        if fold(quoting.text) not in _quoting_verbs():
            return _object_after_quoting(verb.head)
    if fold(quoting.text) not in _quoting_verbs():
        return None
    marker = _as_clause(quoting)
    obj = next((c for c in quoting.children if c.dep_ in {"dobj", "obj"} and c.i < (marker.i if marker else 0)), None)
    quoted = next((c for c in quoting.children if c.dep_ in {"nsubjpass", "nsubj:pass"} and c.i < quoting.i), None)
    if marker is not None and obj is None and quoted is not None:
        # "X was quoted by local media as saying ...": the passive's subject is the one quoted, not the paper
        return Span(quoted.left_edge.idx, quoted.idx + len(quoted.text))
    if marker is None or obj is None:
        obj = _object_before_colon(quoting)
        marker = obj.doc[obj.right_edge.i + 1] if obj is not None else None
    if marker is None or obj is None:
        return None
    # (its own words: not the "a"/"al" that marks a Spanish object of a person)
    words = [t for t in obj.subtree if t.i < marker.i and not (t.dep_ == "case" and t.head.i == obj.i and t.i < obj.i)]
    return Span(words[0].idx, words[-1].idx + len(words[-1].text))
