"""Statements set off as a paragraph of their own after a speech verb and a colon.

Press releases and wire copy introduce a statement with its attribution and a colon, then print the
statement as the next paragraph, often without quote marks ("Al respecto, el titular de la FEMDO,
Rafael Alvarado, señaló:" / "Port Director Michael Humphries said in a statement:"). The paragraph is
the speaker's words, said whole; its speaker is the verb's subject.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._cues import is_negated, speech_verbs, text_of
from pesquisa.records import Span
from pesquisa.statements import ends_as_sentence, unquoted


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for para in text.split("\n\n"):
        out.append((at, at + len(para)))
        at += len(para) + 2
    return out


def _closing_verb(doc: Doc, start: int, colon: int) -> Token | None:
    """The speech verb of the sentence a colon closes at ``colon`` (in the paragraph from ``start``), not
    negated: 'X señaló:', 'X said in a statement:'."""
    verbs = [doc[i] for i in speech_verbs(doc) if start <= doc[i].idx < colon]
    if not verbs:
        return None
    verb = verbs[-1]
    tail = text_of(doc)[verb.idx:colon]
    if any(mark in tail for mark in ".;?!“”\"«»") or is_negated(verb):
        return None
    return verb


def colon_blocks(doc: Doc) -> list[tuple[Span, Token]]:
    """(statement, verb) for each paragraph that a paragraph ending in a speech verb and a colon introduces;
    the statement without the quote marks that enclose all of it."""
    text = text_of(doc)
    paras = _paragraphs(text)
    out = []
    for (start, end), (nxt_start, nxt_end) in pairwise(paras):
        para = text[start:end].rstrip()
        if not para.endswith(":") or not text[nxt_start:nxt_end].strip() or \
                not ends_as_sentence(text[nxt_start:nxt_end]):
            continue
        verb = _closing_verb(doc, start, start + len(para) - 1)
        body = unquoted(text, nxt_start, nxt_end)
        if verb is not None and not any(mark in text[body.start:body.end] for mark in "“”«»\""):
            out.append((body, verb))  # (a paragraph with quotes of its own, '«...», agregó', has its attributions)
    return out
