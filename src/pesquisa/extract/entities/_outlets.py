"""A news outlet cited as a source that the model calls a place: "según El Debate", "El Imparcial publicó",
"told the Border Chronicle". Its article is part of its name; no place list knows it."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from pesquisa.extract.entities._names import is_known_place
from pesquisa.extract.nlp import doc_text
from pesquisa.lexicon import load_lexicon, read_data
from pesquisa.records import Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = read_data("names.yaml")["outlet_cues"]
    before = "|".join(re.escape(c) for c in sorted(cues["before"], key=len, reverse=True))
    after = "|".join(re.escape(c) for c in sorted(cues["after"], key=len, reverse=True))
    return (re.compile(rf"\b(?:{before})[ \xa0]+(?:the[ \xa0]+)?$", re.I),
            re.compile(rf"[ \xa0]+(?:{after})\b", re.I))


def cited_outlet(text: str, mention: Mention) -> bool:
    """A model place with its article ("El Debate", "the Border Chronicle") standing where an outlet is cited."""
    if mention.type != "place" or mention.source != "model":
        return False
    return _cited(text, mention.span)


def _cited(text: str, span: Span) -> bool:
    """The name at ``span`` has its article, is no known place, and stands after or before an outlet cue."""
    surface = text[span.start:span.end]
    before = text[max(0, span.start - 30):span.start]
    article = re.match(r"(?:El|La)[ \xa0]", surface) is not None or before.lower().endswith("the ")
    bare = re.sub(r"^(?:El|La)[ \xa0]+", "", surface)
    if not article or is_known_place(surface) or is_known_place(bare) or load_lexicon().place_key(surface):
        return False
    before_cue, after_cue = _cues()
    return bool(before_cue.search(before) or after_cue.match(text, span.end))


def outlets_retyped(doc: Doc, model: list[Mention], taken: list[Span]) -> list[Mention]:
    """``model`` with each cited outlet an organization named with its article, and the outlets the Spanish model
    calls MISC ("De acuerdo con La Voz del Norte") added."""
    text = doc_text(doc)
    out = [dataclasses.replace(m, type="organization", name=text[m.span.start:m.span.end]) if cited_outlet(text, m)
           else m for m in model]
    for ent in doc.ents:
        span = Span(ent.start_char, ent.end_char)
        if ent.label_ == "MISC" and not any(span.overlaps(o) for o in taken + [m.span for m in out]) and \
                len(ent.text.split()) <= 5 and all(w[:1].isupper() or w in {"de", "del", "de la"} for w in ent.text.split()) \
                and _cited(text, span):
            out.append(Mention("organization", ent.text, span, ent.text))
    return out
