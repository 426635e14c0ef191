"""What the walk (and the pipeline) yields for input it could not take in, in place of raising."""

from __future__ import annotations

from dataclasses import dataclass, field

from pesquisa.errors import InputError

STAGES = ("read", "clean", "extract", "store", "timeout")


@dataclass(slots=True, frozen=True)
class IngestFailure:
    """A file, line, record or feed entry that could not be taken in; the batch went on past it.

    ``path`` names the file, ``location`` the part of it at fault (``line 3``, ``entry 2``,
    ``record 5``, ``#3`` for the document the source ``file#3`` names, empty for the whole
    file), ``problem`` says what is wrong in one line and ``stage`` where it happened
    (read, clean, extract, store, timeout). ``detail`` keeps a traceback for ``--debug``
    when the cause was a bug rather than bad input. Plain strings only, so a failure
    pickles across a worker process.
    """

    path: str
    problem: str
    location: str = ""
    stage: str = "read"
    detail: str | None = field(default=None, compare=False, repr=False)

    @property
    def where(self) -> str:
        """The file and the part of it at fault: ``/data/a.jsonl line 3``."""
        if not self.location:
            return self.path
        return f"{self.path}{self.location}" if self.location.startswith("#") else f"{self.path} {self.location}"

    @property
    def error(self) -> InputError:
        """The same failure as an ``InputError``, for callers that collect errors or raise at the end."""
        return InputError(self.where, self.problem)

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"
