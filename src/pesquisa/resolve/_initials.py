"""A name written with an initial for a given name ("Hector M. Luna", an English wire's) is the name written out in
another article ("Héctor Manuel Luna Salgado") when every other part agrees and the initial opens the given name at
its place. Pure."""

from __future__ import annotations

from collections.abc import Iterable

from pesquisa.resolve.names import TRADE_MARK, Parts

INITIALED = ""  # the ``NameIndex`` posting under which groups written with an initial are kept


def initials(parts: Iterable[str]) -> list[str]:
    """The one-letter parts of a name ("m" of "hector m luna")."""
    return [p for p in parts if len(p) == 1 and p.isalpha()]


def spelled(parts: Iterable[str]) -> Parts:
    """The parts of a name but its initials and ``TRADE_MARK``."""
    return tuple(p for p in parts if p != TRADE_MARK and not (len(p) == 1 and p.isalpha()))


def written_out(short: Parts, full: Parts) -> bool:
    """True when ``short``, written with initials and two other parts or more, reads in order within ``full``, each
    initial opening a part of ``full`` that ``short`` does not spell ("hector m luna" in "hector manuel luna salgado")."""
    if not initials(short) or len(spelled(short)) < 2:
        return False
    own, rest = set(spelled(short)), [p for p in full if p != TRADE_MARK]
    at = 0
    for part in (p for p in short if p != TRADE_MARK):
        while at < len(rest) and not (rest[at] == part if len(part) > 1 else
                                      rest[at][0] == part and len(rest[at]) > 1 and rest[at] not in own):
            at += 1
        if at == len(rest):
            return False
        at += 1
    return True
