"""Alternations of many phrases written as a tree of their shared beginnings, for ``re``.

``re`` tries the branches of ``a|b|c`` one after the other at every position it tests: an
alternation of hundreds of title heads or demonyms tried them all at each word of a document.
Written as a tree ("fisc(?:alía|al)"), one look at the next character rules out every branch
that does not start with it, and the matches are the same: at a position, the phrases that match
are beginnings of one another, and the tree tries the longer before the shorter, as the
alternation sorted longest first does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["longest_first"]


def longest_first(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """A pattern (no groups) matching what ``"|".join(re.escape(p) for p in sorted(phrases, key=len,
    reverse=True))`` matches, in the same order of preference; ``ignore_case`` when it is used under ``re.I``.

    Under ``re.I`` the tree is keyed by lower-case characters (``re`` compares those); should two
    branches of one node still match a common character ("s" and "ſ"), the plain alternation is
    returned, so the result never depends on the order of branches.
    """
    words = sorted(set(phrases), key=len, reverse=True)
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(_key(char) if ignore_case else char, {})
        node[""] = {}  # a phrase ends here
    if ignore_case and _clashes(tree):
        return "|".join(re.escape(w) for w in words)
    return _source(tree) if words else "(?!)"


def _key(char: str) -> str:
    lower = char.lower()
    return lower if len(lower) == 1 else char


def _clashes(node: dict) -> bool:
    """Two branches of one node match a common character under ``re.I`` (anywhere in the tree)."""
    chars = [c for c in node if c]
    for i, a in enumerate(chars):
        if any(re.fullmatch(re.escape(a), b, re.I) or re.fullmatch(re.escape(b), a, re.I) for b in chars[i + 1:]):
            return True
    return any(_clashes(child) for child in node.values())


def _source(node: dict) -> str:
    """The pattern of a node: its branches (longer phrases) first, the end of a phrase last."""
    branches = [re.escape(char) + _source(child) for char, child in node.items() if char]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
