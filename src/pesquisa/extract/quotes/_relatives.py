"""A "that"/"que" after a speech verb that opens no reported clause: the end of a comparison ("responde más a la
política interna que a la realidad"), a result ("That line has been repeated so often that it became a slogan",
"lo ha dicho tantas veces que ..."), or a relative clause of the verb's object ("described the pressure that criminal
groups put on mayors"); and a free relative the verb takes as its object ("relató lo que ocurrió"), which names
what was told without stating it."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from pesquisa.lexicon import load_lexicon

_DEGREE = {"so", "such", "tan", "tanto", "tanta", "tantos", "tantas"}


def compared(words: SpacySpan) -> bool:
    """The words between a Spanish verb and its "que" hold "más"/"menos" (not "más tarde", "más adelante"): the
    "que" ends a comparison ("responde más a X que a Y")."""
    return any(t.lower_ in {"más", "menos"} and (t.i + 1 >= words.end or t.nbor(1).lower_ not in {"tarde", "adelante"})
               for t in words)


def no_complementizer(verb: Token, that: Token, *, told: bool) -> bool:
    """The "that"/"que" at ``that`` after ``verb`` ends a comparison or a degree's result, or opens a relative
    clause of the verb's object (not "told reporters that", ``told``; not "informó en un comunicado que", where
    the parse may read a relative as well)."""
    between = verb.doc[verb.i + 1:that.i]
    if (that.lower_ == "que" and compared(between)) or any(t.lower_ in _DEGREE for t in between):
        return True
    clause, noun = that.head, that.head.head
    return not told and that.dep_ != "mark" and clause.dep_ in {"acl", "relcl", "acl:relcl"} and \
        noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "obj"} and verb.i < noun.i < that.i and noun.head.i == verb.i and \
        not any(c.lower_ in {"a", "al"} for c in noun.children)  # (not "informó a la población que": who is told)


@cache
def _que_locutions() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(phrase.split()) for phrase in load_lexicon().speech["que_locutions"])


def subordinated(that: Token) -> bool:
    """The "que" closes a locution of time, cause or concession ("minutos después de que se confirmara", "ya que",
    "a pesar de que"): it opens a circumstance, not the words said."""
    if that.lower_ != "que":
        return False
    before = [t.lower_ for t in that.doc[max(0, that.i - 3):that.i]]
    return any(tuple(before[-n:]) in _que_locutions() for n in (1, 2, 3) if n <= len(before))


def free_relative(first: Token) -> bool:
    """A Spanish clause opening with "lo que"/"lo cual" ("relató lo que ocurrió"): what was told, not said."""
    return first.lower_ == "lo" and first.i + 1 < len(first.doc) and first.nbor(1).lower_ in {"que", "cual"}
