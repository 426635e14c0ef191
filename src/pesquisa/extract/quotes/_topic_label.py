"""A headline's topic before a colon and the quote its attribution closes ("Cartel violence: “We are losing a
generation,” says mayor"): the parse makes the topic the verb's subject, but the one named after the verb speaks."""

from __future__ import annotations

from spacy.tokens import Token

from pesquisa.extract.nlp import doc_text
from pesquisa.records import Span

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def topic_before_quote(verb: Token, quotes: list[Span]) -> bool:
    """The verb's subject stands before a quote that closes right before the verb, a colon between them."""
    doc = verb.doc
    text = doc_text(doc)  # spaCy's ``doc.text`` joins every token again: this ran for each speech verb
    closing = [q for q in quotes if q.end <= verb.idx and not text[q.end:verb.idx].strip(" \t,\"”»’'")]
    if not closing or verb.i + 1 >= len(doc) or doc[verb.i + 1].pos_ not in {"NOUN", "PROPN", "DET"}:
        return False
    start = closing[-1].start
    return any(c.dep_ in _SUBJECTS and c.i < verb.i and c.right_edge.idx < start and _colon_between(c, start)
               for c in verb.children)


def _colon_between(subject: Token, start: int) -> bool:
    """Only a colon (and the quote's opening mark) stands between the subject's words and ``start`` (the colon may be
    the subject's own last token in the parse)."""
    edge = subject.right_edge
    between = doc_text(subject.doc)[edge.idx + (0 if edge.is_punct else len(edge.text)):start]
    return between.strip(" \t\"“«'‘") == ":"
