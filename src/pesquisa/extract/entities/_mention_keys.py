"""Mentions compared by value through a hashable key, where lists of them were searched one ``==`` at a time.

``Mention`` is a mutable dataclass: equal when every field is, and unhashable. Steps that ask "is this mention
still among those kept?" for each of a document's mentions compared it with every kept one (a hundred mentions,
ten thousand comparisons); a set of keys answers the same question at once.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter

from pesquisa.records import Mention

# every field of Mention, so two mentions have the same key exactly when they are equal
_FIELDS = attrgetter(*(f.name for f in dataclasses.fields(Mention)))


def mention_key(m: Mention) -> tuple:
    """A hashable value equal for two mentions exactly when they are equal (``==``)."""
    return _FIELDS(m)


def mention_keys(mentions: list[Mention]) -> set[tuple]:
    """The keys of ``mentions``: ``mention_key(m) in mention_keys(ms)`` exactly when ``m in ms``."""
    return {_FIELDS(m) for m in mentions}
