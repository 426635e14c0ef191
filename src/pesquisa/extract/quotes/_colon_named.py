"""A frame's source whose name closes it with a colon, the words after the colon being what was said.

"En palabras del secretario de Seguridad, Leopoldo X Y: “Los operativos serán permanentes”": the name after the
title is the source's, not the start of the claim; the claim starts after the colon, and when it is a direct quote
alone the quote is the source's (no reported claim besides it).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from pesquisa.extract.nlp import doc_text
from pesquisa.records import Span

_MAX_NAME_WORDS = 6
_AROUND = " \t\n:\"“”«»‘’'.,;"


def past_colon_name(sent: SpacySpan, start: int, *, titled: bool, is_name: Callable[[list[Token]], bool]) -> int:
    """Where a claim starts when the stretch from ``start`` to the sentence's first colon after it is the name of a
    titled source (``is_name`` says it is one); ``start`` otherwise."""
    if not titled:
        return start
    text = doc_text(sent.doc)
    colon = text.find(":", start, sent.end_char)
    if colon == -1:
        return start
    toks = [t for t in sent if start <= t.idx < colon and not t.is_punct]
    if not 2 <= len(toks) <= _MAX_NAME_WORDS or not is_name(toks):
        return start
    return colon + 1


def fills_claim(text: str, claim: Span, quote: Span) -> bool:
    """A frame's ``claim`` is the direct ``quote`` alone, its marks, colon and closing stop aside."""
    if not claim.contains(quote):
        return False
    return not (text[claim.start:quote.start] + text[quote.end:claim.end]).strip(_AROUND)
