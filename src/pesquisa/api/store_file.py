"""Values derived from the whole store kept on disk beside a SQLite store, one file per value and store version
(issue 15).

Some values are built from every row of the store: the actor network (a minute for a store of 20,000
documents) and the ledger totals (seconds: every figure grouped and ranked). Each ``pesquisa serve`` worker
built each of them for itself, and again at every restart, taking CPU from every request meanwhile. Now the
first process to need one takes a lock file beside the store (``<store>.<name>.lock``, an exclusive
``flock``), builds the value and writes it as JSON to ``<store>.<name>.json`` with the store's version
(``read.store_version``); a process that finds a file of the current version reads it instead, and one that
waited on the lock finds the file the other has just written. Any write to the store (an ingest, a
resolution, a judgement) changes the version, so the next reader builds it again: the file never answers
for another state of the store. The files are JSON, not pickle: reading one runs no code.

Stores that are not SQLite files, and folders where the lock or the file cannot be written, fall back to
building in memory, as before.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

from pesquisa.store import read

log = logging.getLogger(__name__)
T = TypeVar("T")


def kept_path(engine: Engine, name: str) -> Path | None:
    """Where the value ``name`` of the store behind ``engine`` is kept, or None for a store that is no SQLite file."""
    if read.store_version(engine)[0] != "file":
        return None
    return Path(f"{engine.url.database}.{name}.json")


def kept(engine: Engine, name: str, build: Callable[[Engine], T], *, form: int,
         dump: Callable[[T], Any] = lambda v: v, load: Callable[[Any], T] = lambda d: d) -> T:
    """The value ``name`` of the store, read from its file when that holds the current version and format
    ``form``, else ``build(engine)``, written there as ``dump(value)`` (``load`` reads it back); writes only
    that file and its lock file.

    Steps: 1. take the lock beside the store (another process building the value is waited for); 2. read the
    store's version and the file, and answer the file's value if version and format match; 3. else build it
    and, unless the store changed meanwhile, write it to a temporary file and rename that over the old one.
    """
    path = kept_path(engine, name)
    if path is None:
        return build(engine)
    try:
        lock = open(path.with_suffix(".lock"), "a")  # held across the build
    except OSError as err:
        log.info("%s: cannot lock the file (%s); building in memory", path, err)
        return build(engine)
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        version = _jsonable(read.store_version(engine))
        data = _read(path, version, form)
        if data is not None:
            return load(data)
        value = build(engine)
        if _jsonable(read.store_version(engine)) == version:  # not when the store changed during the build
            _write(path, version, form, dump(value))
        return value


def _jsonable(version: tuple) -> list:
    """The store's ``version`` as it reads back from JSON (tuples become lists), with an empty write-ahead log
    counted as none: each process that opens the store when no other has it open makes a new empty log (a new
    modification time), which would make every restart build the value again."""
    kind, db, wal = version
    return json.loads(json.dumps([kind, db, wal if wal and wal[1] else None]))


def _read(path: Path, version: list, form: int) -> Any:
    """The data in ``path`` when the file is of format ``form`` and store ``version``, else None."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != form or data.get("version") != version:
        return None
    return data.get("value")


def _write(path: Path, version: list, form: int, value: Any) -> None:
    """Write ``value`` of store ``version`` to ``path`` atomically (nothing is written when the folder refuses or
    the value is not JSON: the caller still answers the value it built)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError as err:
        log.info("%s: cannot write the file (%s)", path, err)
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"format": form, "version": version, "value": value}, fh, ensure_ascii=False,
                      separators=(",", ":"))
        os.chmod(tmp, 0o644)  # readable like the store (mkstemp makes it private)
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError) as err:
        log.warning("%s: cannot write the file (%s)", path, err)
        Path(tmp).unlink(missing_ok=True)
