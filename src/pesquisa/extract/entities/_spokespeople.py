"""A spokesperson who shares a shorter form of another person's name in one article is someone else.

News names the subject in full ("captured Rodolfo Hernández Soto, alias «El Chilango»") and then the official who
speaks for the body that acted, by title and the name they use ("The army's spokesman in Zacatecas, Rodolfo
Hernández, said"; "el vocero de la Fiscalía, Jesús González, informó"). The shorter name would abbreviate the
longer; introduced as a spokesperson (speech.yaml ``spokespeople``), where the longer name is never given that
title, it is another person. Pure.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, load_lexicon
from pesquisa.records import Span

CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
BEFORE, AFTER = 60, 60  # characters read before and after a mention for the title


@cache
def _spokes_words() -> frozenset[str]:
    words = load_lexicon().speech["spokespeople"]
    return frozenset(fold(w) for lang in ("en", "es") for w in words[lang])


def _spokes_before(text: str, at: int) -> bool:
    """True when a word for a spokesperson comes before ``at`` in its sentence ("the army's spokesman in Zacatecas, |")."""
    tail = CLAUSE_BREAK.split(text[max(0, at - BEFORE):at])[-1]
    return bool(set(fold(tail).split()) & _spokes_words())


def _spokes_around(text: str, start: int, end: int) -> bool:
    """True when a word for a spokesperson stands before the mention at [start, end) in its sentence, or in the
    appositive right after it ("|Feliciano Castro Meléndrez|, a state government spokesman, said")."""
    head = CLAUSE_BREAK.split(text[end:end + AFTER])[0]
    return _spokes_before(text, start) or (head.startswith(",") and bool(set(fold(head).split()) & _spokes_words()))


def spokesperson_apart(text: str, short_at: int, full_spans: list[Span]) -> bool:
    """True when the shorter name first written at ``short_at`` is introduced as a spokesperson and the longer
    name, written at ``full_spans``, never is: two people."""
    return bool(text) and _spokes_before(text, short_at) and \
        not any(_spokes_around(text, s.start, s.end) for s in full_spans)
