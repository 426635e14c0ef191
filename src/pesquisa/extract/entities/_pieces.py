"""Which of many literal forms a text may hold, told from the text's four-character pieces.

A form occurs only where its first four characters do: one set of the text's pieces, met with an
index of the forms by their first four characters, picks the few forms a document may hold,
instead of a test of each of the lexicon's 1,700 forms twice per document.
"""

from __future__ import annotations

from functools import lru_cache


def form_candidates(forms: tuple[str, ...], text: str) -> list[int]:
    """The indexes, in order, of the ``forms`` whose first four characters occur in ``text``, and of every form
    under four characters."""
    short, by_piece = _index(forms)
    pieces = {text[i:i + 4] for i in range(len(text) - 3)}
    return sorted(short + [i for piece in pieces & by_piece.keys() for i in by_piece[piece]])


@lru_cache(maxsize=4)
def _index(forms: tuple[str, ...]) -> tuple[list[int], dict[str, list[int]]]:
    short: list[int] = []
    by_piece: dict[str, list[int]] = {}
    for i, form in enumerate(forms):
        if len(form) < 4:
            short.append(i)
        else:
            by_piece.setdefault(form[:4], []).append(i)
    return short, by_piece
