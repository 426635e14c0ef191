"""Search many patterns over a line only where each can match: a pattern is not searched over a line that lacks a
string every match of it holds (``_required``: "all rights reserved", " en desarrollo").

``re`` has no fast skip for a pattern that opens with ``\\b`` and a group under ``re.I``: it tries the pattern at
every position of the line. The publishers' notices, calls to action and credits of ``data/boilerplate.yaml`` are
about ninety such patterns searched over every line of a page (about 11 microseconds each over a paragraph); a
substring test of the line in ``re``'s own case folding (``_required.caseless``, which also maps the "ſ", "ı" and
"İ" that ``re.I`` takes for others) takes a fraction of a microsecond, and the answer is the same.
"""

from __future__ import annotations

import re

from pesquisa._regex import top_branches
from pesquisa._required import caseless, holds, present, required

__all__ = ["LiteralGate", "branch_gate"]


class LiteralGate:
    """Compiled patterns, each with the strings its matches hold: ``any_search(line)`` is
    ``any(p.search(line) for p in patterns)``, searching only the patterns whose strings are in the line.

    A line is scanned once for the strings of every pattern's first set (``required``: the smallest; ``present``),
    not tested once per pattern (issue 15: gates of 92 and 230 patterns, 1,300 strings, were asked of most lines of
    a page: 3 ms a document).
    """

    def __init__(self, patterns: list[re.Pattern[str]]):
        self.gated = [(required(p), p) for p in patterns]
        self._always = {i for i, (sets, _) in enumerate(self.gated) if sets is None}  # no string to test first
        self._by_first: dict[str, list[int]] = {}  # a string of a pattern's first set -> the patterns
        for i, (sets, _) in enumerate(self.gated):
            for string in sets[0] if sets else ():
                self._by_first.setdefault(string, []).append(i)
        self._firsts = frozenset(self._by_first)

    def any_search(self, line: str) -> bool:
        folded = caseless(line)
        maybe = {i for string in present(self._firsts, folded) for i in self._by_first[string]}
        for i in sorted(maybe | self._always):
            sets, pattern = self.gated[i]
            if holds(sets, folded) and pattern.search(line):
                return True
        return False


def branch_gate(patterns: list[str], flags: int = 0) -> LiteralGate:
    """A gate over the top-level branches of each of ``patterns`` (``_regex.top_branches``): a line holds a match of
    one of them exactly when it holds a match of a branch."""
    return LiteralGate([re.compile(b, flags) for p in patterns for b in top_branches(p)])
