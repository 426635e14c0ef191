"""What a regex's every match must contain: sets of plain strings, checked with ``in`` before the regex runs.

Most cue patterns of the data files are alternations of words under ``re.I`` ("\\b(?:found|discovered|hallaron)\\s+
..."); ``re`` tries every branch at every position of every sentence, and most sentences hold none of the words.
Every match of ``\\b(?:hold|holds|held)\\s+(?:phone\\s+)?call\\b`` holds "hold" or "held", and holds "call": a text
holding neither of the first two, or not the third, has no match, and ``str.__contains__`` tells it many times
faster than the regex (``required``, ``holds``).

The strings are compared in ``re``'s own case folding (``caseless``): ``re.I`` matches two characters when their
simple lower cases are equal or one of the few pairs ``re`` adds ("s" and the long "ſ", "µ" and "μ"); both sides
are mapped to one character of each such class, so a text that a pattern matches always passes the check (the
check may pass texts the pattern then does not match: it only saves running it where it cannot).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]

from pesquisa._regex import longest_first

__all__ = ["Required", "caseless", "holds", "matches_in", "matches_of", "narrowed", "needed_by", "present", "required", "scanned",
           "searched"]

Required = tuple[tuple[str, ...], ...]  # each set: one of its strings is in every match (``caseless``)

_CAP = 48  # the most strings a product of alternations may give (they grow fast)
_HEADS = 400  # the most strings a set of a choice's branches may give (a tree of hundreds of phrases)
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
_SIMPLE: dict[str, tuple[str, bool]] = {}  # char -> (its class's character, whether str.lower() gives that too)
_LOWERED: set[str] = set()  # the characters of ``_SIMPLE`` whose ``str.lower()`` is their class's character


def _exact(items: list) -> set[str] | None:
    """Every string the parsed items can match, when they are a few plain strings (literals, classes of literals,
    groups and choices of them; zero-width items skipped); None otherwise."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _parser.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is _parser.IN and all(o is _parser.LITERAL for o, _a in av):
            options = {chr(a) for _o, a in av}
        elif op is _parser.SUBPATTERN:
            options = _exact(av[3])
        elif op is _parser.BRANCH:
            branches = [_exact(b) for b in av[1]]
            options = None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
        else:
            return None
        if options is None or len(out) * len(options) > _CAP:
            return None
        out = {a + b for a in out for b in options}
    return out


def _branches(op: object, av: object) -> list:
    """The choices of a group or choice item (one for a plain group), else none."""
    if op is _parser.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op is _parser.SUBPATTERN:
        inner = av[3]  # type: ignore[index]
        return list(inner[0][1][1]) if len(inner) == 1 and inner[0][0] is _parser.BRANCH else [inner]
    return []


def _runs(items: list) -> list[set[str]]:
    """Sets of strings, each with one string in every match of the parsed ``items``: the runs of plain characters
    (and small choices of them) between the other items, and the beginnings of a choice's branches."""
    runs, run = [], {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact([(op, av)])
        if exact is not None and len(run) * len(exact) <= _CAP:
            run = {a + b for a in run for b in exact}
            continue
        runs.append(run)
        if exact is not None:
            run = exact
            continue
        run, branches = {""}, _branches(op, av)
        if len(branches) == 1:  # a group of one branch: its own runs are in every match
            runs += _runs(branches[0])
        elif branches:  # every match holds a string of the branch it took (a set of its own: a branch's best run
            # need not end it, "the author['’]?s?", so what follows the choice is not joined to it)
            heads = set().union(*(_best(_runs(b)) for b in branches))
            runs.append(heads if len(heads) <= _HEADS and min(map(len, heads)) >= 2 else {""})
    return [*runs, run]


def _best(runs: list[set[str]]) -> set[str]:
    """The run of a branch to check: strings of three characters or more, then the fewest, then the longest."""
    return max(runs, key=lambda r: (min(map(len, r)) >= 3, -len(r), min(map(len, r))))


def _class_char(char: str) -> str:
    """The one character of ``char``'s class under ``re.I`` (its simple lower case, or the least of the pair)."""
    lower = _sre.unicode_tolower(ord(char))
    return chr(min((lower, *_compiler._EXTRA_CASES.get(lower, ()))))


def caseless(text: str) -> str:
    """``text`` with each character replaced by the one of its class under ``re.I``: ``text.lower()`` unless it holds
    a character whose full lower case differs ("İ", the final "Σ") or that ``re`` pairs with another."""
    chars = set(text)
    if chars <= _LOWERED:  # every character's class is its ``str.lower()`` (most texts: a subset test in C)
        return text.lower()
    for char in chars - _SIMPLE.keys():
        one = _class_char(char)
        _SIMPLE[char] = (one, char.lower() == one and char != "Σ")
        if _SIMPLE[char][1]:
            _LOWERED.add(char)
    if all(_SIMPLE[c][1] for c in chars):
        return text.lower()
    return "".join(_SIMPLE[c][0] for c in text)


@cache
def required(pattern: re.Pattern[str]) -> Required | None:
    """Sets of strings (``caseless``) each with one string in every match of ``pattern``, the smallest sets first;
    None when it has none (every string of a set at least two characters long)."""
    sets = set()
    for run in _runs(_parser.parse(pattern.pattern, pattern.flags)):
        if run and min(map(len, run)) >= 2:
            folded = {caseless(s) for s in run}
            sets.add(tuple(sorted(s for s in folded if not any(o != s and o in s for o in folded))))
    return tuple(sorted(sets, key=lambda s: (len(s), -min(map(len, s))))) or None


def holds(sets: Required | None, text: str | frozenset[str]) -> bool:
    """Whether ``text`` (``caseless``, or the strings it holds: ``present``) holds a string of every set: False only
    where the pattern cannot match."""
    if sets is None:
        return True
    if isinstance(text, frozenset):
        return all(not text.isdisjoint(strings) for strings in sets)
    for strings in sets:  # plain loops: called for every pattern of every sentence, generators cost more than the tests
        for s in strings:
            if s in text:
                break
        else:
            return False
    return True


@cache
def _scanner(strings: frozenset[str]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern finding at each position the longest of ``strings`` there, and each string's beginnings among them."""
    lengths = sorted({len(s) for s in strings})
    heads = {s: frozenset(s[:k] for k in lengths if k <= len(s)) & strings for s in strings}
    return re.compile("(?=(" + longest_first(strings) + "))"), heads


def present(strings: frozenset[str], text: str) -> frozenset[str]:
    """The ``strings`` that ``text`` holds (both ``caseless``), in one pass over it instead of a search per string.

    At each position the scan finds the longest string there (one of ``strings``); every shorter one there begins it.
    """
    scan, heads = _scanner(strings)
    return frozenset().union(*(heads[found] for found in set(scan.findall(text))))


def needed_by(patterns: list[re.Pattern[str]]) -> frozenset[str]:
    """Every string of the sets of ``patterns`` (``required``): the ``strings`` of ``present`` and ``scanned``."""
    return frozenset(s for p in patterns for strings in required(p) or () for s in strings)


def narrowed(sets: Required | None, found: frozenset[str]) -> Required | None:
    """``sets`` kept to the strings of ``found`` (those a document holds: ``present``), for its sentences."""
    return None if sets is None else tuple(tuple(s for s in strings if s in found) for strings in sets)


@lru_cache(maxsize=2)
def _held(body: str, strings: frozenset[str]) -> frozenset[str]:
    return present(strings, caseless(body))


@lru_cache(maxsize=64)
def _needs_in(pattern: re.Pattern[str], body: str, strings: frozenset[str]) -> Required | None:
    return narrowed(required(pattern), _held(body, strings))


def scanned(pattern: re.Pattern[str], body: str, text: str, strings: frozenset[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, ``text`` a part of the document ``body``, run only where ``text`` holds what every
    match needs; ``strings``: every string that the patterns scanned over the document need (``required``)."""
    sets = _needs_in(pattern, body, strings)
    return pattern.finditer(text) if holds(sets, caseless(text)) else iter(())


def searched(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """``any(p.search(text) for p in patterns)``, each pattern searched only where ``text`` holds what its every match
    needs (``required``): the same answer, where a case-blind cue list tried every position of a sentence for each."""
    return any(pattern.search(text) for pattern in _possible(patterns, text))


def matches_of(patterns: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """The matches of each of ``patterns`` in ``text``, pattern after pattern (``p.finditer``), each pattern run only
    where ``text`` holds what its every match needs (``required``): the same matches in the same order."""
    for pattern in _possible(patterns, text):
        yield from pattern.finditer(text)


def _possible(patterns: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Pattern[str]]:
    """The ``patterns`` that may match in ``text``: those whose every match needs strings ``text`` holds (``required``),
    and those that need none; the text is folded once, for the first pattern that needs some."""
    folded = None
    for pattern in patterns:
        sets = required(pattern)
        if sets is not None:
            folded = caseless(text) if folded is None else folded
            if not holds(sets, folded):
                continue
        yield pattern


@lru_cache(maxsize=2)
def _caseless_body(body: str) -> str:
    return caseless(body)


def matches_in(pattern: re.Pattern[str], body: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(body)``, ``body`` a document's text or a sentence (its ``caseless`` form kept for the next
    pattern), run only where it holds what every match needs (``required``): most documents name no "same day"."""
    sets = required(pattern)
    return pattern.finditer(body) if holds(sets, _caseless_body(body)) else iter(())
