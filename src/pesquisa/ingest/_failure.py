"""What the walk yields for input it could not read, in place of raising."""

from __future__ import annotations

from dataclasses import dataclass, field

from pesquisa.errors import InputError


@dataclass(slots=True, frozen=True)
class IngestFailure:
    """A file, line, record or feed entry that could not be read; the walk went on past it.

    ``path`` names the thing at fault (``/data/a.jsonl line 3`` for one JSONL line),
    ``problem`` says what is wrong in one line; ``error`` is the same as an ``InputError``,
    for callers that collect errors or raise at the end.
    """

    path: str
    problem: str
    error: InputError = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "error", InputError(self.path, self.problem))

    def __str__(self) -> str:
        return str(self.error)
