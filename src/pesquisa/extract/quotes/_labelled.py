"""A quote after a section label that holds a speech verb ('What they're saying: "...," Attorney General X said.',
"Lo que dicen: «...», afirmó X"): the label introduces the section, the attribution that closes the quote says who
spoke."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pesquisa.extract.quotes._cues import is_negated, is_speech_verb, text_of
from pesquisa.extract.quotes._marks import inside
from pesquisa.records import Span


def past_the_label(doc: Doc, quote: Span, quotes: list[Span], verb: Token | None) -> Token | None:
    """``verb``, or when it opens the quote from a label ended by a colon and the quote closes with a comma, the
    speech verb of the attribution right after the quote (in its sentence, the next 60 characters)."""
    text = text_of(doc)
    if verb is None or verb.idx > quote.start or not text[verb.idx:quote.start].rstrip(" \"“«").endswith(":") or \
            "," not in text[max(quote.start, quote.end - 1):quote.end + 3]:
        return verb
    after = doc.char_span(quote.end, min(len(text), quote.end + 60), alignment_mode="contract")
    for tok in after or []:
        if tok.text in {".", "!", "?"} or inside(tok.idx, quotes):
            break
        if is_speech_verb(tok) and not is_negated(tok):
            return tok
    return verb
