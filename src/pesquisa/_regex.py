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

__all__ = ["longest_first", "top_branches", "whole_phrases"]


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


def whole_phrases(entries: Iterable[str]) -> str:
    """A pattern matching what ``"|".join(PHRASE or REGEX for each entry, longest first)`` matches under ``re.I``,
    in the same order of preference: PHRASE is ``(?<!\\w)`` + the escaped phrase + ``(?:e?s)?(?!\\w)`` (a whole
    word or phrase, optional plural), REGEX an entry's text after ``re:``.

    Each run of phrases between regex entries is written once as ``(?<!\\w)(?:TREE)(?:e?s)?(?!\\w)``
    (``longest_first``): ``re`` tested the look-behind and the first character of every phrase at
    every position; the tree tests them once. At a position the phrases of a run that match are
    beginnings of one another, tried longest first both ways, each with the same ending.
    """
    out: list[str] = []
    run: list[str] = []
    for entry in sorted(entries, key=len, reverse=True):
        if entry.lower().startswith("re:"):
            out += [_whole(run)] if run else []
            run = []
            out.append(entry[3:])
        else:
            run.append(entry)
    out += [_whole(run)] if run else []
    return "|".join(out)


def _whole(run: list[str]) -> str:
    return r"(?<!\w)(?:" + longest_first(run, ignore_case=True) + r")(?:e?s)?(?!\w)"


def top_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s top-level alternation (``a|b(c|d)`` -> ``a``, ``b(c|d)``), as written.

    A line holds a match of the alternation exactly when it holds one of some branch: tried one by
    one, the dozens of branches of the boilerplate notices (each ``\\b`` and a phrase) searched the
    lines of 100 documents in about half the time of the whole alternation.
    """
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # the escaped character is plain
        elif char == "[":  # a class, to its closing bracket ("]" first in it or escaped is a member)
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            i += 1 if pattern[i:i + 1] == "]" else 0
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]
