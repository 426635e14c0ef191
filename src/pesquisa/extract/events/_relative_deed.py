"""A deed told in a relative clause of an event's noun is that event: "after a shootout in Caborca, Sonora, that killed
two soldiers", "un enfrentamiento en Tecpan que mató a dos soldados": the killing is the shootout, one attack.

The parser may hang the clause from the place after the noun, or from the main verb ("killed" an adverbial clause of
"recovered"), so the clause is read from the words: the verb's subject is a relative pronoun, and between the noun and
it stand only the noun's own words (prepositions, names, commas), no other verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

RELATIVES = frozenset({"that", "which", "que", "cual", "cuales"})
_BETWEEN = frozenset({"ADP", "PROPN", "NOUN", "DET", "PUNCT", "ADJ", "NUM", "CCONJ", "SPACE"})

Hit = tuple[str, re.Match[str], tuple[int, int] | None]  # type, trigger, the clause of an earlier event


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _relative_of(doc: Doc, verb: Token, noun: Token) -> bool:
    """True when ``verb`` opens a relative clause ("that killed", "que mató") right after the words of ``noun``."""
    if verb.pos_ not in {"VERB", "AUX"} or noun.i >= verb.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    pronoun = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.lower_ in RELATIVES), None)
    if pronoun is None:
        return False
    between = doc[noun.i + 1:pronoun.i]
    return not any(t.pos_ not in _BETWEEN or t.text in {".", ";", ":"} for t in between) and \
        all(t.i < verb.i for t in between)


def relative_retold(doc: Doc, offset: int, hits: list[Hit]) -> list[Hit]:
    """``hits`` (of the sentence starting at ``offset``) without a verb trigger that opens a relative clause of a noun
    trigger of the same type before it: the clause tells the noun's event."""
    tokens = [_token(doc, offset + m.start(), offset + m.end()) for _k, m, _c in hits]
    kept = []
    for (kind, match, clause), token in zip(hits, tokens, strict=True):
        nouns = [t for (k, _m, _c), t in zip(hits, tokens, strict=True) if k == kind and t is not None and t is not token]
        if token is not None and any(_relative_of(doc, token, noun) for noun in nouns):
            continue
        kept.append((kind, match, clause))
    return kept
