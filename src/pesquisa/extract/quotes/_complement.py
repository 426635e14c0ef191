"""A Spanish reported clause the parse reads as a relative clause.

The small Spanish model hangs "que" and its clause on the last noun before it, as a relative,
when words stand between a speech verb and its "que": the one told ("dijo a la agencia que ..."),
a sentence adverb ("informó por su parte que ...") or the verb's own subject set after it
("Advirtió la funcionaria que ..."). The clause is then what was said, not a description of
that noun. A real relative stays one: "dijo a Reuters un funcionario que pidió el anonimato"
(an indefinite subject), "Señaló la funcionaria que encabeza la comisión que ..." (a second
"que" opens the clause said).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import is_speech_verb, sentence_of, speech_cues
from pesquisa.lexicon import fold, load_lexicon

_RELATIVE_DEPS = {"acl", "relcl", "acl:relcl"}
_PHRASE_POS = {"DET", "ADJ", "PROPN", "NOUN", "ADP"}
_INDEFINITE = {"un", "una", "unos", "unas", "algun", "alguna", "algunos", "algunas"}


def misread_complement(verb: Token, que: Token) -> bool:
    """True when ``que`` opens the clause ``verb`` reports though the parse made it a relative of a noun
    that hangs on the verb: the one told, a sentence adverb, or the verb's subject after it."""
    noun = que.head.head if que.head.dep_ in _RELATIVE_DEPS else None
    doc = verb.doc
    if noun is None or noun.head.i != verb.i or not verb.i < noun.i < que.i or \
            not all(t.pos_ in _PHRASE_POS for t in doc[verb.i + 1:que.i]):
        return False
    return _the_one_told(verb, noun) or _after_aside(verb, que) or _after_inverted_subject(verb, noun, que) or \
        _in_a_statement(noun, que)


def _the_one_told(verb: Token, noun: Token) -> bool:
    """'dijo a la agencia que México ha entregado ...', 'declaró ante el jurado que ...'."""
    return noun.dep_ in {"iobj", "obl"} and any(c.lower_ in {"a", "al", "ante"} for c in noun.children)


def _after_aside(verb: Token, que: Token) -> bool:
    """'informó por su parte que ...', 'señaló a su vez que ...': a sentence adverb before the clause."""
    words = fold(verb.doc[verb.i + 1:que.i].text)
    return words in speech_cues().frame_asides


def _after_inverted_subject(verb: Token, noun: Token, que: Token) -> bool:
    """'Advirtió la funcionaria que la comisión sólo cuenta con 12 buscadores': the verb opens its sentence,
    its definite subject follows, and no second "que" in the sentence opens another clause."""
    doc = verb.doc
    sent = sentence_of(verb)
    opens = all(t.pos_ in {"ADV", "CCONJ", "PUNCT"} for t in doc[sent.start:verb.i])
    first = doc[verb.i + 1]
    definite = first.pos_ in {"DET", "PROPN"} and fold(first.text) not in _INDEFINITE
    later = _second_que(que)
    # the parse may call that subject an object; a thing told ("Anunció la estrategia que permitirá ...") is none
    subject = noun.dep_ in {"nsubj", "nsubj:pass"} or (noun.dep_ in {"obj", "dobj"} and fold(noun.text) in _speakers())
    return subject and opens and definite and not later


@cache
def _speakers() -> frozenset[str]:
    """Folded nouns of a person or an office who may speak: title heads and the descriptions of speakers."""
    cues = speech_cues()
    return frozenset({fold(h) for h in load_lexicon().title_heads()} | cues.generic_heads | cues.person_descriptions |
                     cues.org_descriptions | cues.spokespeople)


def _in_a_statement(noun: Token, que: Token) -> bool:
    """'informó en una tarjeta informativa que fueron detenidas seis personas', 'dijo en conferencia que ...': where
    it was said, then what; not 'en un comunicado que emitió anoche que ...' (a second "que" opens what was said)."""
    media = speech_cues().carriers | _statement_media()
    return noun.dep_ == "obl" and any(c.lower_ == "en" for c in noun.children) and fold(noun.text) in media and \
        not _second_que(que)


def _second_que(que: Token) -> bool:
    """Another "que" follows in the sentence that no later speech verb owns ("..., pero dijo que ..." is its own)."""
    doc = que.doc
    return any(t.lower_ == "que" and not any(is_speech_verb(a) and que.i < a.i < t.i for a in t.ancestors)
               for t in doc[que.i + 1:sentence_of(que).end])


@cache
def _statement_media() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon().speech["statement_media"])
