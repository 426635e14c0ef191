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
from pesquisa._required import caseless, holds, required

__all__ = ["LiteralGate", "branch_gate"]


class LiteralGate:
    """Compiled patterns, each with the strings its matches hold: ``any_search(line)`` is
    ``any(p.search(line) for p in patterns)``, searching only the patterns whose strings are in the line."""

    def __init__(self, patterns: list[re.Pattern[str]]):
        self.gated = [(required(p), p) for p in patterns]

    def any_search(self, line: str) -> bool:
        folded = caseless(line)
        return any(p.search(line) for sets, p in self.gated if holds(sets, folded))


def branch_gate(patterns: list[str], flags: int = 0) -> LiteralGate:
    """A gate over the top-level branches of each of ``patterns`` (``_regex.top_branches``): a line holds a match of
    one of them exactly when it holds a match of a branch."""
    return LiteralGate([re.compile(b, flags) for p in patterns for b in top_branches(p)])
