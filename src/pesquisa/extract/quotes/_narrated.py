"""Where a reported clause stops being the speaker's words and the writer's narration goes on in its sentence:

- a clause joined after a quotation the clause ends with ('has written that "precursor control is where the leverage
  is," and she is right'): the joined clause, with a subject of its own, is the writer's comment;
- a side remark naming the source of the report ('dijo que ..., como informaron algunos medios', 'said ..., as some
  media reported'): the remark is no part of what was said, and those it names are not the speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pesquisa.extract.nlp import doc_text
from pesquisa.extract.quotes._cues import is_speech_verb
from pesquisa.extract.quotes._marks import inside
from pesquisa.records import Span

_SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass"}
_SIDE_REMARK = re.compile(r",[\"”»’']?\s*(?:just\s+)?(?:as|like|tal\s+como|como|según)\s+"
                          r"(?:(?:lo|la|los|las|it|had|has|have)\s+)?$", re.I)
_CLOSING = "\"”»’'"


def without_narration(doc: Doc, content: Span, quotes: list[Span]) -> Span:
    """``content`` ended before a comment joined after its closing quotation or a side remark on the report's
    source (see the module docstring)."""
    text = doc_text(doc)
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    for tok in span or []:
        if inside(tok.idx, quotes) or not any(c.dep_ in _SUBJECTS and not inside(c.idx, quotes) for c in tok.children):
            continue
        if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and inside(tok.head.idx, quotes):
            closing = next((q for q in quotes if q.contains(Span(tok.head.idx, tok.head.idx + 1))), None)
            if closing is not None and content.start < closing.end < tok.idx and \
                    re.fullmatch(r"[\s,.\"”»’']*(?:and|but|y|pero)\s+\w+\s*", text[closing.end:tok.idx], re.I):
                end = closing.end + len(text[closing.end:tok.idx]) - len(text[closing.end:tok.idx].lstrip(_CLOSING))
                return Span(content.start, end)
        if is_speech_verb(tok):
            lead_end = min([tok.idx] + [c.left_edge.idx for c in tok.children if c.dep_ in _SUBJECTS])
            remark = _SIDE_REMARK.search(text, content.start, lead_end)
            if remark is not None and remark.start() > content.start:  # (a closing mark after the comma: the quote's)
                mark = re.match(r",[\"”»’']", text[remark.start():])
                return Span(content.start, remark.start() + (2 if mark else 0))
    return content
