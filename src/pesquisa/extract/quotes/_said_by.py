"""Who an "according to" frame's source is when the frame wraps it: "de acuerdo con lo dicho por el secretario X",
"según lo informado por la Fiscalía" (the one by whom it was said, not "lo dicho"), and, with the frame closing its
sentence, a name set after the source's title ("..., según el comandante de la Tercera Región, general X.")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span as SpacySpan

from pesquisa.extract.quotes._cues import text_of
from pesquisa.lexicon import load_lexicon
from pesquisa.records import Span

_SENTENCE_END = re.compile(r"[\s.]*$")


def past_what_was_said(sent: SpacySpan, source: Span) -> Span:
    """``source`` without its lead "lo <participle> por" ("lo dicho por", "lo declarado por", "lo informado por"):
    the agent of the participle is the one who said it; else ``source`` as it is."""
    toks = [t for t in sent if source.start <= t.idx < source.end]
    if len(toks) > 3 and toks[0].lower_ == "lo" and "VerbForm=Part" in str(toks[1].morph) and toks[2].lower_ == "por":
        return Span(toks[3].idx, source.end)
    return source


def named_at_the_end(sent: SpacySpan, source: Span, is_name: Callable[[SpacySpan, Span, Span], bool]) -> Span:
    """A sentence-final frame's ``source`` led by a title run on over the name set after its comma ("según el vocero
    de la Fiscalía, Juan Pérez."; a lower-case rank before it: "general X"), when what follows the comma up to the
    sentence's end is that name (``is_name``: sentence, source, where a claim after it would start); else ``source``."""
    text = text_of(sent.doc)
    lead = [t for t in sent if source.start <= t.idx < source.end and t.pos_ not in {"DET", "ADP", "PUNCT"}]
    if text[source.end:source.end + 1] != "," or not lead or lead[0].lower_ not in load_lexicon().title_heads():
        return source  # (a relative's "his sister, Ana X" is left to the recognizer, which may fold her into him)
    tail = _SENTENCE_END.search(text, source.end, sent.end_char)
    end = tail.start() if tail is not None else sent.end_char
    if end - source.end > 80 or not is_name(sent, source, Span(end + 1, end + 1)):
        return source
    return Span(source.start, end)
