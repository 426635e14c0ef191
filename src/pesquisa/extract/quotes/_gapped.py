"""A speech verb in a relative clause whose gap is the subject of what was said ("a measure the government says
has reduced extortion"): the English parse often hangs the reported verb on the sentence's main verb instead of
on "says", leaving "says" with no complement. The words after the verb are still its statement, the noun before
it that statement's subject."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import sentence_of
from pesquisa.records import Span

_SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}


def gapped_relative(verb: Token) -> Span | None:
    """The reported clause of a relative "says" that the parse left without one, else None.

    The noun the relative clause hangs on must be the subject of a verb after "says", and the word right after
    "says" must belong to that verb (its auxiliary or the verb itself): "a measure the government says has
    reduced extortion" -> "has reduced extortion"; "the bridge the mayor says he wants to rebuild" has a subject
    of its own after "says" and is no such clause.
    """
    doc = verb.doc
    if doc.lang_ != "en" or verb.i + 1 >= sentence_of(verb).end:
        return None
    if (contact := _contact_relative(verb)) is not None:
        return contact
    if verb.dep_ not in {"relcl", "acl"}:
        return None
    noun, after = verb.head, doc[verb.i + 1]
    reported = noun.head
    if noun.dep_ not in _SUBJECTS or reported.i <= verb.i or reported.pos_ not in {"VERB", "AUX"}:
        return None
    if after.i != reported.i and not (after.head.i == reported.i and after.dep_ in {"aux", "auxpass", "neg"}):
        return None
    return Span(after.idx, sentence_of(verb).end_char)


_FINITE = {"VBP", "VBZ", "VBD", "MD", "VB"}  # (the parse tags a present plural "help" as a bare VB)


def _contact_relative(verb: Token) -> Span | None:
    """'three people it said help the cartel launder money': a relative clause with no pronoun of its own, right after
    its noun, whose "said" the parse hung beside the main verb; the finite verb right after "said", with no subject
    of its own, opens what was said (its subject is the noun before)."""
    doc = verb.doc
    subject, after = doc[verb.i - 1], doc[verb.i + 1]
    if verb.i < 2 or verb.dep_ not in {"parataxis", "relcl", "acl"} or subject.dep_ != "nsubj" or \
            subject.head.i != verb.i or subject.pos_ not in {"PRON", "PROPN", "NOUN"} or \
            doc[verb.i - 2].pos_ not in {"NOUN", "PROPN"} or after.tag_ not in _FINITE or \
            any(c.dep_ in _SUBJECTS for c in after.children):
        return None
    return Span(after.idx, sentence_of(verb).end_char)
