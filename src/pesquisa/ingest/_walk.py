"""Walk files and folders, choosing a reader by file suffix.

Nothing the walk meets stops it or is dropped without a word (issue 16): files of a type
no reader takes, hidden files and folders and symlinked folders (not followed: loops) are
passed to ``on_skip`` with the reason, for the caller to name them; and a reader
that breaks on one file (a bug, not bad input) becomes a failure for that file while the
walk goes on to the next.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from traceback import format_exc

from pesquisa.ingest._archives import read_feed, read_warc
from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._files import printable_path, regular_file_problem
from pesquisa.ingest._mail import read_eml, read_mbox
from pesquisa.ingest._office import read_docx, read_pdf
from pesquisa.ingest._readers import Item, Reader, read_html, read_jsonl, read_text
from pesquisa.ingest._sources import is_sidecar
from pesquisa.limits import DEFAULT_LIMITS, Limits

log = logging.getLogger(__name__)

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,  # only feeds: other XML in a folder is reported as "not an RSS or Atom feed"
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".eml": read_eml,
    ".mbox": read_mbox,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)
HIDDEN = "hidden (name starts with '.')"

Skip = Callable[[Path, str], None]


def iter_documents(paths: Iterable[Path | str], *, limits: Limits = DEFAULT_LIMITS,
                   on_skip: Skip | None = None) -> Iterator[Item]:
    """Documents from files and folders, with a failure record for everything that cannot be read.

    Folders are walked recursively in sorted path order, symlinked folders not followed.
    Hidden files and folders (name starting with ".") and files of a type no reader takes
    are left out, each passed to ``on_skip(path, reason)`` so a caller names it; address
    sidecars (``SOURCES.tsv``, ``*.url``) are read with the articles they name, silently;
    every other file is read or reported.
    A path given by name is always read or reported (an unsupported type as a failure). Paths in
    the records are printable (undecodable bytes of a file name as ``\\xe9``). Read-only;
    never raises for bad input.
    """
    for path in map(Path, paths):
        if path.is_dir() and not path.is_symlink():
            for file, reason in _walk(path):
                if reason is None and is_sidecar(file):
                    continue  # read with the articles it gives an address to, not a document of its own
                if reason is None and reader_for(file) is None:
                    reason = f"unsupported file type{_suffix(file)}"
                if reason:
                    log.debug("skipped %s: %s", file, reason)
                    if on_skip is not None:
                        on_skip(file, reason)
                else:
                    yield from _printable(read_path(file, limits))
        else:
            yield from _printable(read_path(path, limits))


def read_path(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Documents in one file, chosen by its suffix; failures for what cannot be read.

    A reader that raises (a bug on input nobody foresaw) ends that file with a failure
    carrying the traceback in ``detail``; what the reader yielded before stays. A file
    that gives neither a document nor a failure is reported as holding none.
    """
    path = Path(path)
    problem = regular_file_problem(path)
    if problem:
        yield IngestFailure(str(path), problem)
        return
    reader = reader_for(path)
    if reader is None:
        yield IngestFailure(str(path), f"unsupported file type{_suffix(path)} (expected one of "
                                       f"{', '.join(SUPPORTED_SUFFIXES)})")
        return
    count = 0
    try:
        for count, item in enumerate(reader(path, limits), start=1):  # noqa: B007 - count read after the loop
            yield item
    except Exception as err:
        log.debug("reader failed on %s", path, exc_info=True)
        yield IngestFailure(str(path), f"internal error: {type(err).__name__}: {err}"[:300], detail=format_exc())
        return
    if count == 0:  # never a silent nothing (issue 16)
        yield IngestFailure(str(path), "no document found in the file")


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``'s suffix (case-insensitive, ``.warc.gz`` included), or None."""
    name = path.name.lower()
    suffix = next((s for s in sorted(READERS, key=len, reverse=True) if name.endswith(s)), None)
    return READERS.get(suffix) if suffix else None


def _suffix(path: Path) -> str:
    """`` .pdf``-style suffix of ``path`` for a message, or "" when it has none."""
    return f" {path.suffix.lower()}" if path.suffix else " (no file suffix)"


def _walk(top: Path) -> list[tuple[Path, str | None]]:
    """(path, reason to skip or None) under ``top``, sorted by path; hidden entries are not descended.

    A symlink to a folder is reported, not followed: following links lets a folder hold
    itself (a loop) or the whole disk.
    """
    found: list[tuple[Path, str | None]] = []

    def on_error(err: OSError) -> None:
        found.append((Path(err.filename or top), f"folder cannot be read: {(err.strerror or str(err)).lower()}"))

    for folder, dirnames, filenames in os.walk(top, onerror=on_error):
        kept = []
        for d in dirnames:
            sub = Path(folder, d)
            if d.startswith("."):
                found.append((sub, f"folder {HIDDEN}"))
            elif sub.is_symlink():
                found.append((sub, "symbolic link to a folder: not followed"))
            else:
                kept.append(d)
        dirnames[:] = kept
        found.extend((Path(folder, f), HIDDEN if f.startswith(".") else None) for f in filenames)
    return sorted(found, key=lambda item: item[0].relative_to(top).parts)


def _printable(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with file names that hold undecodable bytes made printable and storable."""
    for item in items:
        if isinstance(item, IngestFailure):
            if printable_path(item.path) != item.path:
                item = dataclasses.replace(item, path=printable_path(item.path))
        elif printable_path(item.source) != item.source or printable_path(item.path or "") != (item.path or ""):
            item = dataclasses.replace(item, source=printable_path(item.source),
                                       path=printable_path(item.path) if item.path else None)
        yield item

