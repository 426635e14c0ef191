"""Statements set off as a paragraph of their own after a speech verb and a colon.

Press releases and wire copy introduce a statement with its attribution and a colon, then print the
statement as the next paragraph, often without quote marks ("Al respecto, el titular de la FEMDO,
Rafael Alvarado, señaló:" / "Port Director Michael Humphries said in a statement:"). The paragraph is
the speaker's words, said whole; its speaker is the verb's subject. A list set off the same way ("La
dependencia informó:" / "- El contenedor fue inspeccionado ..." / "- No hubo detenidos.") is no one's words
as printed: each item is a fact the subject reported, reported speech, the bullet left out.
"""

from __future__ import annotations

import re
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


# a list item's mark: a dash, a bullet or a number, then a blank
_ITEM = re.compile(r"[ \t]*(?:[-–•·▪*]|\d{1,2}[.)])[ \t]+(?=\S)")


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
                not ends_as_sentence(text[nxt_start:nxt_end]) or _ITEM.match(text, nxt_start):
            continue
        verb = _closing_verb(doc, start, start + len(para) - 1)
        body = unquoted(text, nxt_start, nxt_end)
        if verb is not None and not any(mark in text[body.start:body.end] for mark in "“”«»\""):
            out.append((body, verb))  # (a paragraph with quotes of its own, '«...», agregó', has its attributions)
    return out


def colon_lists(doc: Doc) -> list[tuple[Span, Token]]:
    """(item, verb) for each item of a list that a paragraph ending in a speech verb and a colon introduces, one
    item a paragraph, the item's mark left out; an item with no finite verb (a name, a figure) states nothing."""
    text = text_of(doc)
    paras = _paragraphs(text)
    out: list[tuple[Span, Token]] = []
    for k, (start, end) in enumerate(paras):
        para = text[start:end].rstrip()
        verb = _closing_verb(doc, start, start + len(para) - 1) if para.endswith(":") else None
        if verb is None:
            continue
        for item_start, item_end in paras[k + 1:]:
            mark = _ITEM.match(text, item_start)
            if mark is None or item_end <= mark.end():
                break
            item = Span(mark.end(), item_start + len(text[item_start:item_end].rstrip()))
            words = doc.char_span(item.start, item.end, alignment_mode="expand")
            if words is not None and any("VerbForm=Fin" in str(t.morph) for t in words):
                out.append((item, verb))  # a clause: a fact reported (not "- Juan Pérez López, alias El Güero")
    return out
