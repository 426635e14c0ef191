"""The words beside a person's mention that make the person the drug trade's ("Mexican drug lord |Caro Quintero|
pleads"; official.yaml ``trade_beside_name``), read for resolution (``store.read._told_words``). Pure."""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, read_data

SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")
TRADE_BEFORE, TRADE_AFTER = 60, 80  # characters read on each side of a mention


@cache
def _trade_phrases() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("official.yaml")["sanctions"]["trade_beside_name"])


def trade_told(before: str, after: str) -> bool:
    """True when the words right beside a mention, in its sentence, make the person the drug trade's ("Mexican drug
    lord |Caro Quintero| pleads", "|X|, who co-founded the Guadalajara cartel"; official.yaml ``trade_beside_name``).
    ``before`` and ``after`` are the text up to the mention and from its end."""
    near = SENTENCE_BREAK.split(before[-TRADE_BEFORE:])[-1] + " | " + SENTENCE_BREAK.split(after[:TRADE_AFTER])[0]
    words = f" {fold(near)} "
    return any(f" {phrase} " in words for phrase in _trade_phrases())
