"""A spokesperson who shares a shorter form of another person's name in one article is someone else.

News names the subject in full ("captured Rodolfo Hernández Soto, alias «El Chilango»") and then the official who
speaks for the body that acted, by title and the name they use ("The army's spokesman in Zacatecas, Rodolfo
Hernández, said"; "el vocero de la Fiscalía, Jesús González, informó"). The shorter name would abbreviate the
longer; introduced as a spokesperson (speech.yaml ``spokespeople``), where the longer name is never given that
title, it is another person. So is a shorter name set right after a word for counsel ("Su abogado, Jorge
Herrera, pidió" beside the detainee "Jorge Luis Herrera Cota"; names.yaml ``counsel``), where the longer name is
never called counsel: the lawyer, not the client. Pure.
"""

from __future__ import annotations

import re
from functools import cache

from pesquisa.lexicon import fold, load_lexicon, read_data
from pesquisa.records import Span

CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
BEFORE, AFTER = 60, 60  # characters read before and after a mention for the title


@cache
def _spokes_words() -> frozenset[str]:
    words = load_lexicon().speech["spokespeople"]
    return frozenset(fold(w) for lang in ("en", "es") for w in words[lang])


@cache
def _counsel_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words for counsel (names.yaml ``counsel``), and those that make a name after them the client's."""
    data = read_data("names.yaml")
    return (frozenset(fold(w) for lang in ("en", "es") for w in data["counsel"][lang]),
            frozenset(fold(w) for w in data["counsel_of"]))


def _counsel_before(text: str, at: int) -> bool:
    """True when a word for counsel stands in apposition right before ``at`` ("Su abogado, |", "defense attorney |"):
    at most one word after it, none that makes the name its client ("el abogado de |X|")."""
    words = fold(CLAUSE_BREAK.split(text[max(0, at - BEFORE):at])[-1]).split()
    counsel, of = _counsel_words()
    last = max((i for i, w in enumerate(words) if w in counsel), default=None)
    return last is not None and len(words) - last <= 2 and not set(words[last + 1:]) & of


def _counsel_around(text: str, start: int, end: int) -> bool:
    """True when the mention at [start, end) is called counsel: before it, or in the appositive after it."""
    head = CLAUSE_BREAK.split(text[end:end + AFTER])[0]
    return _counsel_before(text, start) or (head.startswith(",") and bool(set(fold(head).split()) & _counsel_words()[0]))


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
    if not text:
        return False
    return (_spokes_before(text, short_at) and not any(_spokes_around(text, s.start, s.end) for s in full_spans)) or \
        (_counsel_before(text, short_at) and not any(_counsel_around(text, s.start, s.end) for s in full_spans))
