"""Limits that keep one hostile file from stopping, hanging or exhausting an ingest.

Analysts point pesquisa at folders they did not make (issue 16): scraped dumps, feed
archives, mail exports. Every limit here turns what would be a hang or an out-of-memory
kill into one failure line naming the file and the limit, and the batch goes on.

Shipped defaults, each overridable by a ``PESQUISA_*`` environment variable (and by the
matching ``pesquisa ingest`` option):

======================================  ==========  ===================================================
variable                                default     what it bounds
======================================  ==========  ===================================================
``PESQUISA_MAX_FILE_BYTES``             50 MB       bytes read from one file (larger files are refused)
``PESQUISA_MAX_DOCUMENT_CHARS``         2,000,000   characters of one document, raw text or clean body
``PESQUISA_MAX_UNCOMPRESSED_BYTES``     200 MB      bytes inflated from one compressed file (.warc.gz)
``PESQUISA_MAX_COMPRESSION_RATIO``      100         inflated / compressed bytes (a decompression bomb)
``PESQUISA_DOCUMENT_TIMEOUT``           120 s       wall time to clean and extract one document
======================================  ==========  ===================================================

A document over the character limit is refused with its size rather than split: a part
would get an id and a source of its own that no publisher wrote, and the analyst can
split the file knowingly instead.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields

from pesquisa.errors import ConfigError

ENV_PREFIX = "PESQUISA_"


@dataclass(slots=True, frozen=True)
class Limits:
    """Per-file and per-document limits of one ingest (picklable, so a worker process can get it)."""

    max_file_bytes: int = 50_000_000
    max_document_chars: int = 2_000_000
    max_uncompressed_bytes: int = 200_000_000
    max_compression_ratio: int = 100
    document_timeout: float = 120.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: float | None) -> Limits:
        """Defaults, then ``PESQUISA_<NAME>`` variables, then ``overrides`` that are not None.

        Raises ``ConfigError`` naming the variable when a value is not a positive number.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, float] = {}
        for f in fields(cls):
            name = ENV_PREFIX + f.name.upper()
            given = overrides.get(f.name)
            if given is None and environ.get(name, "").strip():
                given = _positive(name, environ[name])
            if given is not None:
                if given <= 0:
                    raise ConfigError(f"{name}: must be a positive number, not {given}")
                values[f.name] = given if f.type in ("float", float) else int(given)
        return cls(**values)  # type: ignore[arg-type]

    def env_name(self, field_name: str) -> str:
        """The environment variable that sets ``field_name`` ("PESQUISA_MAX_FILE_BYTES")."""
        return ENV_PREFIX + field_name.upper()


def _positive(name: str, text: str) -> float:
    """``text`` as a positive number; raises ConfigError naming the variable."""
    try:
        value = float(text.replace("_", ""))
    except ValueError:
        raise ConfigError(f"{name}: {text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise ConfigError(f"{name}: must be a positive number, not {text!r}")
    return value


DEFAULT_LIMITS = Limits()


class DocumentTimeout(BaseException):
    """Raised in the main thread when a document's time budget is spent.

    A ``BaseException``, like ``KeyboardInterrupt``: libraries that catch ``Exception``
    around their own work (trafilatura does) must not swallow it and carry on.
    """

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[bool]:
    """Raise ``DocumentTimeout`` inside the block once ``seconds`` of wall time have passed.

    SIGALRM-based, chosen over a watchdog process: it costs nothing per document, needs no
    second copy of the spaCy models, and works the same in a worker process of a pool
    (each runs its tasks in its own main thread). It interrupts Python code and the regex
    engine (which checks for signals), not a C call that never returns to Python; the
    size limits keep those short. Outside the main thread, or where the platform has no
    SIGALRM, there is no budget: yields False then, True when the budget is armed.
    Budgets nest: the outer one's remaining time is restored on exit.
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield False
        return

    def on_alarm(_signum: int, _frame: object) -> None:
        raise DocumentTimeout(seconds)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer_left, _interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001))
