"""Search many patterns over a line only where each can match: a pattern whose every match holds a
run of plain characters ("all rights reserved", " en desarrollo") is not searched over a line
without that run.

``re`` has no fast skip for a pattern that opens with ``\\b`` and a group under ``re.I``: it tries the
pattern at every position of the line. The publishers' notices of ``data/boilerplate.yaml`` are about
ninety such patterns searched over every line of a page (about 11 microseconds each over a paragraph);
a substring test of the lower-cased line takes a fraction of a microsecond. The answer is the same:
a run of plain characters in sequence in a pattern is in every match of it, and under ``re.I`` a line's
character matches a pattern's exactly when their lower cases are equal, except for the few characters
``re`` also takes for others (the dotless "ı" for "i", the long "ſ" for "s", a dotted "İ" whose lower case
is two characters): a line holding one of those is searched with every pattern.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

from pesquisa._regex import top_branches

__all__ = ["LiteralGate", "branch_gate", "required_literal"]

MIN_LITERAL = 3  # a shorter run is found in most lines: the pattern is searched everywhere
_LITERAL, _SUBPATTERN = _parser.LITERAL, _parser.SUBPATTERN


def required_literal(pattern: str, flags: int = 0) -> str:
    """The longest run of plain characters, lower-cased, that every match of ``pattern`` holds
    ("" when it has none of ``MIN_LITERAL`` characters or more): ``\\bsole responsibility of\\b`` ->
    "sole responsibility of", ``\\b(es|son) responsabilidad (estricta|exclusiva) de\\b`` -> " responsabilidad e"
    (``re`` takes the "e" both words open with out of the group)."""
    best, run = "", ""
    for op, av in _sequence(_parser.parse(pattern, flags)):
        if op is _LITERAL:
            run += chr(av)
            best = max(best, run, key=len)
        else:
            run = ""
    return best.lower() if len(best) >= MIN_LITERAL else ""


def _sequence(items: Any) -> list[tuple[Any, Any]]:
    """The items of a parsed pattern in sequence, a group's own items in place (a group whose content is a sequence
    and that is matched once: ``(de )``, not ``(de )?`` nor ``(a|b)``)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _SUBPATTERN and not av[1] and not av[2]:  # (no inline flags)
            out += _sequence(av[3])
        else:
            out.append((op, av))
    return out


class LiteralGate:
    """Compiled patterns, each with the run of plain characters its matches hold: ``any_search(line)`` is
    ``any(p.search(line) for p in patterns)``, searching only the patterns whose run is in the line."""

    def __init__(self, patterns: list[re.Pattern[str]]):
        self.gated = [(required_literal(p.pattern, p.flags), p) for p in patterns]
        # a line character ``re`` may take for a run's character though their lower cases differ
        others = {chr(c) for lit, _p in self.gated for ch in lit for c in _EXTRA_CASES.get(ord(ch), ())}
        self.unsafe = re.compile("[" + re.escape("".join(sorted(others | {"\u0307"}))) + "]")  # (İ lowers to i + U+0307)

    def any_search(self, line: str) -> bool:
        low = line.lower()
        if self.unsafe.search(low):
            return any(p.search(line) for _lit, p in self.gated)
        return any(p.search(line) for lit, p in self.gated if lit in low)


def branch_gate(patterns: list[str], flags: int = 0) -> LiteralGate:
    """A gate over the top-level branches of each of ``patterns`` (``_regex.top_branches``): a line holds a match of
    one of them exactly when it holds a match of a branch."""
    return LiteralGate([re.compile(b, flags) for p in patterns for b in top_branches(p)])
