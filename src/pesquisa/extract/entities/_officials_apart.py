"""An official who shares a shorter form of a trafficker's name in one article is someone else.

News names a trafficker in full with the nickname he goes by ("Heriberto Lazcano Lazcano, known as «El Lazca»",
"Gustavo González Castro, «El Erótico»"), and in the same story an official by title and the name they use
("Hidalgo state prosecutor Heriberto Lazcano told reporters", "El almirante Gustavo González informó"). The shorter
name would abbreviate the longer; written after a title of office (official.yaml ``sanctions.official_titles``)
where the longer name, which goes by a nickname, is never given one, it is another person. Pure.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, read_data
from pesquisa.records import Span

CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
BEFORE, AFTER = 60, 60  # characters read before and after a mention for the title


@cache
def _office_titles() -> tuple[frozenset[str], int]:
    """The titles of office, folded, and the most words one has."""
    titles = read_data("official.yaml")["sanctions"]["official_titles"]
    folded = frozenset(" ".join(fold(t).split()) for lang in ("en", "es") for t in titles[lang])
    return folded, max(len(t.split()) for t in folded)


def _titled_before(text: str, at: int) -> bool:
    """True when the words right before ``at`` in its sentence end with a title of office ("state prosecutor |")."""
    words = fold(CLAUSE_BREAK.split(text[max(0, at - BEFORE):at])[-1]).split()
    titles, longest = _office_titles()
    return any(" ".join(words[-n:]) in titles for n in range(1, min(longest, len(words)) + 1))


def _titled_around(text: str, start: int, end: int) -> bool:
    """True when a title of office stands right before the mention at [start, end), or in the appositive right after
    it ("|Jaime Rodríguez Calderón|, the governor of Nuevo León, ...")."""
    head = CLAUSE_BREAK.split(text[end:end + AFTER])[0]
    titles, _longest = _office_titles()
    return _titled_before(text, start) or (head.startswith(",") and bool(set(fold(head).split()) & titles))


def official_apart(text: str, short_at: int, full_spans: list[Span], *, full_nicknamed: bool) -> bool:
    """True when the shorter name first written at ``short_at`` follows a title of office, and the longer name,
    written at ``full_spans``, goes by a nickname (``full_nicknamed``) and is never given such a title: two people."""
    return bool(text) and full_nicknamed and _titled_before(text, short_at) and \
        not any(_titled_around(text, s.start, s.end) for s in full_spans)
