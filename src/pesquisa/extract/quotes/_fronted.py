"""What a verb reports when it stands after its words: a fronted frame ("Tal como lo aseguró X, CONTENT", "As X
said, CONTENT") and the sentence before "Así lo informó X." / "Lo anterior lo dio a conocer X."."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import sentence_of, text_of
from pesquisa.extract.quotes._subjects import token_end
from pesquisa.records import Span


def fronted_as(verb: Token) -> Span | None:
    """'Tal como lo aseguró X, CONTENT' / 'As X said, CONTENT': the content after the comma closing the frame."""
    sent = sentence_of(verb)
    lead = text_of(verb.doc)[sent.start_char:verb.idx].lower()
    if not re.fullmatch(r"\s*(?:tal\s+)?(?:como|as|así\s+como)\s+(?:lo\s+|ya\s+)?", lead):
        return None
    comma = text_of(verb.doc).find(",", token_end(verb), sent.end_char)
    return Span(comma + 1, sent.end_char) if comma != -1 else None


def said_before(verb: Token, quotes: list[Span]) -> Span | None:
    """'La Marina aseguró dos toneladas de cocaína. Así lo informó la dependencia.': a verb that opens its sentence
    with "así lo" / "lo anterior" points back to the sentence before it, in its paragraph, as what was said."""
    sent = sentence_of(verb)
    text = text_of(verb.doc)
    if not re.fullmatch(r"\s*(?:así|asi|lo\s+anterior)\s+(?:lo\s+)?", text[sent.start_char:verb.idx], re.I) or \
            sent.start == 0:
        return None
    previous = sentence_of(verb.doc[sent.start - 1])
    if "\n\n" in text[previous.start_char:sent.start_char] or any(q.overlaps(Span(previous.start_char, previous.end_char))
                                                                 for q in quotes):
        return None  # another paragraph, or a quote the verb attributes already
    return Span(previous.start_char, previous.end_char)
