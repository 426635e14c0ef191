"""Which of many literal forms a text may hold, told from the text's four-character pieces.

A form occurs only where its first four characters do: one set of the text's pieces, met with an
index of the forms by their first four characters, picks the few forms a document may hold,
instead of a test of each of the lexicon's 1,700 forms twice per document. A form's other pieces
(every fourth one, and its last) must be in the text too: "Cartel de Sinaloa" and "Cartel del
Golfo" share their first piece, and a text holds the pieces of at most one of them where it
names one; each failed look-up in the set spares a search of the whole text for the form.
"""

from __future__ import annotations

from functools import lru_cache


def form_candidates(forms: tuple[str, ...], text: str) -> list[int]:
    """The indexes, in order, of the ``forms`` whose first four characters, every fourth piece of four after them and
    last four characters occur in ``text``, and of every form under four characters: every form ``text`` holds."""
    short, by_piece, checks = _index(forms)
    pieces = {text[i:i + 4] for i in range(len(text) - 3)}
    return sorted(short + [i for piece in pieces & by_piece.keys() for i in by_piece[piece] if pieces >= checks[i]])


@lru_cache(maxsize=4)
def _index(forms: tuple[str, ...]) -> tuple[list[int], dict[str, list[int]], dict[int, frozenset[str]]]:
    short: list[int] = []
    by_piece: dict[str, list[int]] = {}
    checks: dict[int, frozenset[str]] = {}
    for i, form in enumerate(forms):
        if len(form) < 4:
            short.append(i)
        else:
            by_piece.setdefault(form[:4], []).append(i)
            checks[i] = frozenset([form[k:k + 4] for k in range(4, len(form) - 3, 4)] + [form[-4:]])
    return short, by_piece, checks
