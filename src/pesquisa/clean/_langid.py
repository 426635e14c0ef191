"""py3langid's classification with its walk over the text's bytes done for all positions at once.

py3langid finds a text's features by walking an automaton over its bytes one at a time in Python (about
140 ns a byte: some 0.7 ms for the 5,000 characters a document's language is read from, twice for most
documents). Its automaton forgets: after any ``WINDOW`` bytes it is in the same state whatever state it
started from (``tests/test_clean_langid.py`` checks it over every state and every string of that length).
So the state after each byte is the state reached from the start over the ``WINDOW`` bytes ending there
(over all the bytes so far, near the start), and numpy walks those windows for every position together,
``WINDOW`` steps in all. The features come out in the same order, so the counts and the scores are the
library's own, and so is everything else (encoding, scoring, aliases): only the walk is replaced.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

import numpy as np
import py3langid
from py3langid import langid

__all__ = ["WINDOW", "classify"]

WINDOW = 6  # bytes after which py3langid 0.4.0's automaton is in one state whatever state it started from
MODEL_VERSION = "0.4.0"


class _WindowWalk(langid.LanguageIdentifier):
    __slots__ = ("_next", "_out", "_rows")

    def _raw_score(self, text: bytes) -> Any:
        data = np.frombuffer(text, dtype=np.uint8)
        states = np.zeros(len(data), dtype=np.int64)
        for back in range(WINDOW - 1, -1, -1):  # the byte ``back`` places before each position, oldest first
            if back < len(data):
                states[back:] = self._next[self._rows[states[back:]] + data[:len(data) - back]]
        features = self._out[states]
        found = features[features >= 0].tolist()
        if not found:
            return super()._raw_score(text)  # (the library's score of a text without features)
        return self._sparse_score(Counter(found), self.nb_ptc)


@cache
def _identifier() -> Any:
    """The library's identifier with the window walk, on its own model; the library's own where the model is not
    the one ``WINDOW`` was checked on."""
    base = langid._get_identifier()
    if py3langid.__version__ != MODEL_VERSION or base._norm_probs or base.min_confidence is not None:
        return base
    ptc, pc, classes = base._full_model
    ident = _WindowWalk(ptc, pc, classes, base.tk_nextmove, base.tk_output, tk_row=base.tk_row)
    ident.nb_ptc, ident.nb_pc, ident.nb_classes = base.nb_ptc, base.nb_pc, base.nb_classes
    ident._alias_pairs = base._alias_pairs
    ident._next = np.frombuffer(base.tk_nextmove, dtype=np.dtype(base.tk_nextmove.typecode))  # (a view: no copy)
    ident._rows = np.asarray(base._rowbase, dtype=np.int64)
    ident._out = np.asarray(base.tk_output, dtype=np.int64)
    return ident


def classify(text: str) -> tuple[str, float]:
    """``py3langid.classify(text)``: the language and its score."""
    lang, score = _identifier().classify(text)
    return str(lang), float(score)
