"""A "that"/"que" after a speech verb that opens no reported clause: the end of a comparison ("responde más a la
política interna que a la realidad"), a result ("That line has been repeated so often that it became a slogan",
"lo ha dicho tantas veces que ..."), or a relative clause of the verb's object ("described the pressure that criminal
groups put on mayors"); and a free relative the verb takes as its object ("relató lo que ocurrió"), which names
what was told without stating it. And a relative clause of the medium a Spanish verb names, which the parse may read
as the clause said ("aseguró en la rueda de prensa que se llevó a cabo este jueves que la investigación sigue"): a
second "que" nested in it opens the words said."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from pesquisa.extract.quotes._complement import statement_media
from pesquisa.extract.quotes._cues import is_speech_verb, sentence_of, speech_cues
from pesquisa.lexicon import fold, load_lexicon

_DEGREE = {"so", "such", "tan", "tanto", "tanta", "tantos", "tantas"}
_MEDIUM_PREPS = frozenset({"en", "durante"})
_PHRASE_POS = frozenset({"DET", "NOUN", "ADJ", "ADP", "PROPN"})


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
    if addressed_document(verb, that):
        return True
    if (that.lower_ == "que" and compared(between)) or any(t.lower_ in _DEGREE for t in between):
        return True
    clause, noun = that.head, that.head.head
    return not told and that.dep_ != "mark" and clause.dep_ in {"acl", "relcl", "acl:relcl"} and \
        noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "obj"} and verb.i < noun.i < that.i and noun.head.i == verb.i and \
        not any(c.lower_ in {"a", "al"} for c in noun.children)  # (not "informó a la población que": who is told)


def addressed_document(verb: Token, que: Token) -> bool:
    """'respondió al mensaje que el presidente publicó', 'se refirió al informe que la comisión entregó': a Spanish
    "que" inside the phrase of one document the verb answers or refers to ("a"/"al" before it) opens that document's
    relative; a document is never the one told (not "dijo a la agencia que ...", "informó a los medios que ...")."""
    if verb.doc.lang_ != "es" or que.lower_ != "que":
        return False
    nouns = [t for t in verb.doc[verb.i + 1:que.i] if t.pos_ == "NOUN" and t.head.i == verb.i]
    return any(fold(n.text) in speech_cues().carriers and "Number=Sing" in str(n.morph) and
               (que in n.subtree or (que.i == n.right_edge.i + 1 and _lacks_object(que.head, que))) and
               any(c.lower_ in {"a", "al"} for c in n.children) for n in nouns)


def _lacks_object(clause: Token, que: Token) -> bool:
    """The clause after "que" has no object nor predicate of its own ("que un grupo de alcaldes le envió"): a relative's
    gap, where the parse hung the clause on the verb (not "que la seguridad está garantizada": a predicate's)."""
    return clause.i > que.i and clause.pos_ == "VERB" and \
        not any(c.i != que.i and c.dep_ in _WHOLE_CLAUSE for c in clause.children)


_WHOLE_CLAUSE = frozenset({"obj", "dobj", "cop", "nsubj:pass", "nsubjpass", "ccomp", "xcomp", "attr", "acomp"})


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


def medium_relative(verb: Token, que: Token) -> bool:
    """True when ``que`` after ``verb`` opens a relative of the definite medium right before it ("en la rueda de
    prensa que se llevó a cabo ...": no subject of its own, the medium being it) and a second "que" nested in that
    relative, owned by no speech verb of its own, opens the words said (the parse may take the first for a
    complementizer)."""
    doc = verb.doc
    between = doc[verb.i + 1:que.i]
    if doc.lang_ != "es" or que.lower_ != "que" or len(between) < 3 or between[0].lower_ not in _MEDIUM_PREPS or \
            any(t.pos_ not in _PHRASE_POS for t in between):
        return False
    media = speech_cues().carriers | statement_media()
    medium = next((t for t in between if t.pos_ == "NOUN" and fold(t.text) in media), None)
    if medium is None or not any(c.dep_ == "det" for c in medium.children):
        return False  # "dijo en conferencia que ...": a bare medium opens no relative
    clause = que.head
    if is_speech_verb(clause) or clause.i <= que.i or \
            any(c.dep_.startswith("nsubj") and c.i != que.i for c in clause.children):
        return False  # "dijo en la conferencia que la presidenta ordenó que ...": a clause with its own subject
    return any(t.lower_ == "que" and t.dep_ == "mark" and t.head.dep_ == "ccomp" and t.head.head.i == clause.i
               for t in doc[clause.i + 1:sentence_of(que).end])
