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
    if doc.lang_ != "en" or verb.dep_ not in {"relcl", "acl"} or verb.i + 1 >= sentence_of(verb).end:
        return None
    noun, after = verb.head, doc[verb.i + 1]
    reported = noun.head
    if noun.dep_ not in _SUBJECTS or reported.i <= verb.i or reported.pos_ not in {"VERB", "AUX"}:
        return None
    if after.i != reported.i and not (after.head.i == reported.i and after.dep_ in {"aux", "auxpass", "neg"}):
        return None
    return Span(after.idx, sentence_of(verb).end_char)
