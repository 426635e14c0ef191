"""What a verb reports when it stands after its words: a fronted frame ("Tal como lo aseguró X, CONTENT", "As X
said, CONTENT") and the sentence before "Así lo informó X." / "Lo anterior lo dio a conocer X."."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pesquisa.extract.quotes._cues import sentence_of, text_of
from pesquisa.records import Span


def fronted_as(verb: Token) -> Span | None:
    """'Tal como lo aseguró X, CONTENT' / 'As X said, CONTENT': the content after the comma closing the frame."""
    sent = sentence_of(verb)
    lead = text_of(verb.doc)[sent.start_char:verb.idx].lower()
    if not re.fullmatch(r"\s*(?:tal\s+)?(?:como|as|así\s+como)\s+(?:lo\s+|ya\s+|se\s+)?", lead):
        return None
    comma = text_of(verb.doc).find(",", verb.idx + len(verb.text), sent.end_char)
    return Span(comma + 1, sent.end_char) if comma != -1 else None


def frame_document(verb: Token) -> Span | None:
    """The document a fronted frame with no subject cites ("As alleged in court filings, ...", "Como se detalla en la
    acusación, ..."): the object of its "in"/"en", which speaks for the frame as a subject would; else None."""
    if fronted_as(verb) is None:
        return None
    for prep in (c for c in verb.children if c.lower_ in {"in", "en"} or c.dep_ == "obl"):
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ == "in" else \
            prep if prep.dep_ == "obl" and any(c.lower_ == "en" and c.dep_ == "case" for c in prep.children) else None
        if noun is not None:
            first = next(t for t in noun.subtree if t.dep_ != "case")  # "la acusación", not "en la acusación"
            return Span(first.idx, noun.idx + len(noun.text))
    return None


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


def states_something(words: list[Token]) -> bool:
    """The words before a closing attribution hold a verb that states something: a finite one, not only an
    infinitive or a gerund of a circumstance ("Al concluir la lectura, el vocero respondió", "After meeting the
    families, the mayor said": when it spoke, no statement)."""
    return any(t.pos_ in {"VERB", "AUX"} and not set(t.morph.get("VerbForm", [])) & {"Inf", "Ger"} and t.tag_ != "VBG"
               for t in words)
