"""Walk files and folders, choosing a reader by file suffix."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pesquisa.ingest._archives import looks_like_feed, read_feed, read_warc
from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._readers import Item, Reader, read_html, read_jsonl, read_text

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
    ".xml": read_feed,  # only feeds; a folder walk passes over other XML (see looks_like_feed)
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)


def iter_documents(paths: Iterable[Path | str], *, on_skip: Callable[[Path], None] | None = None) -> Iterator[Item]:
    """Documents from files and folders, with a failure record for each unreadable input.

    Folders are walked recursively in sorted path order; hidden files and folders (name
    starting with ".") are left out, and so are files of an unsupported type and XML that
    is not a feed: ``on_skip`` is called with each such file so a caller can count them.
    A path given by name is always read or reported. Read-only; never raises for bad input.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path):
                if _wanted(file):
                    yield from read_path(file)
                else:
                    log.debug("skipped %s", file)
                    if on_skip is not None:
                        on_skip(file)
        else:
            yield from read_path(path)


def read_path(path: Path | str) -> Iterator[Item]:
    """Documents in one file, chosen by its suffix; failures for what cannot be read."""
    path = Path(path)
    if path.is_dir():
        yield IngestFailure(str(path), "is a directory, not a file")
        return
    if not path.exists():
        yield IngestFailure(str(path), "no such file or directory")
        return
    reader = reader_for(path)
    if reader is None:
        yield IngestFailure(str(path), f"unsupported file type (expected one of {', '.join(SUPPORTED_SUFFIXES)})")
        return
    yield from reader(path)


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``'s suffix (case-insensitive, ``.warc.gz`` included), or None."""
    name = path.name.lower()
    suffix = next((s for s in sorted(READERS, key=len, reverse=True) if name.endswith(s)), None)
    return READERS.get(suffix) if suffix else None


def _wanted(path: Path) -> bool:
    """True for a file a folder walk should read: a supported type, and XML only if a feed."""
    if reader_for(path) is None:
        return False
    return not path.name.lower().endswith(".xml") or looks_like_feed(path)


def _walk(top: Path) -> list[Path]:
    """Files under ``top``, hidden ones and those in hidden folders left out, sorted by path."""
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(top):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(folder, f) for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(top).parts)
