"""Blocking for person names: which name groups can ever be compared with which.

A *name group* is the tuple of folded name parts (``name_parts``) shared by every
in-document person that carries it. Person resolution only ever compares two groups
when one's parts are a subset of the other's, or when they have as many parts and
their sorted spellings are near-identical (rapidfuzz ratio >= ``FUZZY_CUTOFF``), or,
for a one-word name, when the word is one of a longer name's parts. ``NameIndex``
answers those three questions from posting lists (part -> groups) and a
same-length fuzzy search, instead of comparing every name with every cluster.

The same index gives the *components* that incremental resolution recomputes: the
greedy clustering of full names (see ``resolve.entities``) only reads clusters whose
founder is a neighbour here, so the clusters of a connected component of this
neighbour graph depend on that component alone. A new name is matched by
recomputing its component, never the whole store.

The fuzzy search is rapidfuzz's ``process.extract`` with a score cutoff (compiled,
with length pruning); it is exact, so blocking never loses a pair the scorer accepts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from rapidfuzz import fuzz, process

from pesquisa.lexicon import fold, read_data

FUZZY_CUTOFF = 92

Parts = tuple[str, ...]
# the part a group of people adds where its document puts them on the drug trade's side alone (``entities.person_group``):
# a capo is not the mayor of his very same name in another article; a name of no side still joins either
TRADE_MARK = "~trade"


def name_length(parts: Parts) -> int:
    """How many name parts a group has (``TRADE_MARK`` is none): the clustering takes longer names first."""
    return len(parts) - (TRADE_MARK in parts)


def fuzzy_key(parts: Iterable[str]) -> str:
    """The spelling two names of as many parts are compared by: parts sorted, space-joined."""
    return " ".join(sorted(parts))


def similar_spelling(a: Parts, b: Parts) -> bool:
    """True when two names of as many parts are near-identical (ratio >= ``FUZZY_CUTOFF``)."""
    return len(a) == len(b) and fuzz.ratio(fuzzy_key(a), fuzzy_key(b)) >= FUZZY_CUTOFF


@cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(w) for words in read_data("names.yaml")["given_names"].values() for w in words)


@cache
def _openers() -> frozenset[str]:
    return frozenset(fold(w) for w in read_data("names.yaml")["compound_given_openers"])


def other_short_form(short: Parts, long: Parts) -> bool:
    """True when a two-part name is no short form of a name of three parts or more whose parts it holds: it opens that
    name with a word no given name of names.yaml spells ("Cruz Sánchez" of "Cruz Sánchez Medrano": with no given name,
    two words read as someone's two surnames), or its given name is the second of that name's two ("Carlos Félix" of
    "Juan Carlos Félix Gastélum", whose short forms keep "Juan"), unless the first is a devotional opener
    (names.yaml ``compound_given_openers``: "Teresa Zambada" of "María Teresa Zambada Niebla"). "Roberto Velasco" of
    "Roberto Velasco Álvarez" and "García Harfuch" of "Omar García Harfuch" (its surnames) are that name, and so is a
    first word and a first surname of a name of two given names and two surnames ("Raymundo Morales" of "Raymundo Pedro
    Morales Ángeles"): the given name names.yaml lacks is the one skipping the second given name opens."""
    a, b = [p for p in short if p != TRADE_MARK], [p for p in long if p != TRADE_MARK]
    if len(a) != 2 or len(b) < 3:
        return False
    given = _given_names()
    skips_given = len(b) == 4 and a[1] == b[2] and b[1] in given
    return (a[0] == b[0] and a[0] not in given and not skips_given) or \
        (a[0] == b[1] and a[0] in given and b[0] in given - _openers())


class NameIndex:
    """Name groups with posting lists by part and by number of parts (in memory, one entry per distinct name)."""

    def __init__(self, groups: Iterable[Parts] = ()) -> None:
        self.by_part: dict[str, set[Parts]] = defaultdict(set)
        self.by_length: dict[int, dict[Parts, str]] = defaultdict(dict)
        self._choices: dict[int, tuple[list[str], list[Parts]]] = {}
        for parts in groups:
            self.add(parts)

    def __contains__(self, parts: object) -> bool:
        return isinstance(parts, tuple) and parts in self.by_length.get(len(parts), {})

    def add(self, parts: Parts) -> None:
        """Index one group (no-op when present)."""
        if parts in self:
            return
        for part in set(parts) - {TRADE_MARK}:  # a marked group is a superset of its name, as the name is of it
            self.by_part[part].add(parts)
        if any(len(p) == 1 and p.isalpha() for p in parts):  # "hector m luna": kept apart for ``written_out``
            self.by_part[""].add(parts)
        key = self.by_length[len(parts)][parts] = fuzzy_key(parts)
        if len(parts) in self._choices:  # keep the search lists current instead of rebuilding them
            strings, keys = self._choices[len(parts)]
            strings.append(key)
            keys.append(parts)

    def discard(self, parts: Parts) -> None:
        """Forget one group (no-op when absent)."""
        if parts not in self:
            return
        for part in set(parts) - {TRADE_MARK}:
            self.by_part[part].discard(parts)
        self.by_part[""].discard(parts)
        del self.by_length[len(parts)][parts]
        self._choices.pop(len(parts), None)

    def with_part(self, part: str) -> set[Parts]:
        """Groups that contain ``part``."""
        return self.by_part.get(part, set())

    def supersets(self, parts: Parts) -> set[Parts]:
        """Groups whose parts include every part of ``parts`` (``parts`` itself included when indexed)."""
        lists = sorted((self.with_part(p) for p in set(parts) - {TRADE_MARK}), key=len)
        if not lists:
            return set()
        out = set(lists[0])
        for other in lists[1:]:
            out &= other
        return out

    def subsets(self, parts: Parts) -> set[Parts]:
        """Groups of two or more parts, all of them among ``parts``."""
        mine = set(parts) - {TRADE_MARK}
        return {g for p in mine for g in self.with_part(p) if len(g) >= 2 and set(g) - {TRADE_MARK} <= mine}

    def similar(self, parts: Parts) -> set[Parts]:
        """Groups of as many parts whose sorted spelling scores >= ``FUZZY_CUTOFF`` against ``parts``."""
        n = len(parts)
        if n not in self._choices:
            table = self.by_length.get(n, {})
            self._choices[n] = (list(table.values()), list(table))
        strings, keys = self._choices[n]
        hits = process.extract(fuzzy_key(parts), strings, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
        return {keys[index] for _string, _score, index in hits}

    def initialed(self, parts: Parts) -> set[Parts]:
        """Groups a name written with an initial is written out as ("hector m luna" and "hector manuel luna
        salgado"), either way round (``_initials.written_out``)."""
        from pesquisa.resolve._initials import initials, spelled, written_out  # that module imports this one

        short = spelled(parts) if initials(parts) and len(spelled(parts)) >= 2 else ()
        found = {g for g in self.supersets(short) if written_out(parts, g)} if short else set()
        # written with initials, among the groups sharing a part with this one (a set of few: read the smaller)
        initialed = self.with_part("")
        near = {g for p in set(parts) - {TRADE_MARK} for g in (self.with_part(p) & initialed)} if initialed else set()
        return found | {g for g in near if written_out(g, parts)}

    def neighbours(self, parts: Parts) -> set[Parts]:
        """Full-name groups that full name ``parts`` can be compared with (subset, superset, similar spelling)."""
        found = self.supersets(parts) | self.subsets(parts) | self.similar(parts) | self.initialed(parts)
        return {g for g in found if len(g) >= 2 and g != parts}

    def component(self, seeds: Iterable[Parts]) -> set[Parts]:
        """Every full-name group connected to a full-name group of ``seeds`` (seeds included)."""
        todo = [s for s in seeds if len(s) >= 2]
        seen = set(todo)
        while todo:
            for other in self.neighbours(todo.pop()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen
