"""What an entity update hands the write: each ref whose entity id is set now, with that id (``Assigned``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from pesquisa.resolve.entities import EntityRef

Pair = tuple[EntityRef, str | None]


class Assigned(Sequence[Pair]):
    """(ref, its entity id now) pairs, held as two lists: a resolution from scratch pairs every ref of the store, and a
    tuple a pair costs 64 bytes more a ref, held until the write ends (issue 15)."""

    __slots__ = ("ids", "refs")

    def __init__(self, pairs: Iterable[Pair] = ()) -> None:
        self.refs: list[EntityRef] = []
        self.ids: list[str | None] = []
        self.extend(pairs)

    def append(self, pair: Pair) -> None:
        self.refs.append(pair[0])
        self.ids.append(pair[1])

    def extend(self, pairs: Iterable[Pair]) -> None:
        for pair in pairs:
            self.append(pair)

    def __len__(self) -> int:
        return len(self.refs)

    def __iter__(self) -> Iterator[Pair]:
        return zip(self.refs, self.ids, strict=True)

    @overload
    def __getitem__(self, index: int) -> Pair: ...

    @overload
    def __getitem__(self, index: slice) -> list[Pair]: ...

    def __getitem__(self, index: int | slice) -> Pair | list[Pair]:
        if isinstance(index, slice):
            return list(zip(self.refs[index], self.ids[index], strict=True))
        return self.refs[index], self.ids[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)
