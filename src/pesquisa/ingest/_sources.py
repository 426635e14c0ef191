"""The address of a text file, from a ``SOURCES.tsv`` beside it or a ``.url`` sidecar.

Corpora saved as plain text lose their URL, and with it a publication date
(``/2021/10/08/``) and the outlet. Collections keep it in one of two places:
- ``SOURCES.tsv`` in the file's folder: a header naming a ``file`` and a ``url``
  column (other columns are ignored), then one row per file;
- a sidecar ``<file>.url`` (``dev_001.txt.url`` or ``dev_001.url``): the URL alone, or
  an Internet Shortcut (``[InternetShortcut]`` / ``URL=...``).
The sidecar wins. A row that cannot be read is logged with its file and line and skipped.
"""

from __future__ import annotations

import csv
import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

SOURCES = "SOURCES.tsv"


@lru_cache(maxsize=64)
def _table(folder: Path, stamp: float) -> dict[str, str]:
    """``file -> url`` of the SOURCES.tsv in ``folder`` (``stamp``: its mtime, so an edit is re-read)."""
    path = folder / SOURCES
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        log.warning("%s: unreadable (%s)", path, err)
        return {}
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    header = [h.strip().lower() for h in rows[0]] if rows else []
    if "file" not in header or "url" not in header:
        log.warning("%s:1: no 'file' and 'url' columns in the header", path)
        return {}
    fcol, ucol = header.index("file"), header.index("url")
    out: dict[str, str] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(fcol, ucol) or not row[fcol].strip() or not row[ucol].strip():
            log.warning("%s:%d: row without a file and a url", path, number)
            continue
        out[row[fcol].strip()] = row[ucol].strip()
    return out


def is_sidecar(path: Path) -> bool:
    """True for a file that gives other files their address (``SOURCES.tsv``, ``*.url``): read with them, no document."""
    return path.name == SOURCES or path.suffix.lower() == ".url"


def _sidecar(path: Path) -> str | None:
    """The URL in a ``.url`` sidecar of ``path``, or None."""
    for candidate in (path.with_name(path.name + ".url"), path.with_suffix(".url")):
        try:
            text = candidate.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        for line in text.splitlines():
            line = line.strip()
            if line.lower().startswith("url="):
                return line[4:].strip() or None
            if "://" in line and not line.startswith("["):
                return line
    return None


def url_for(path: Path) -> str | None:
    """The URL recorded for the file at ``path`` (sidecar first, then SOURCES.tsv), or None (read-only)."""
    found = _sidecar(path)
    if found:
        return found
    table = path.parent / SOURCES
    try:
        stamp = table.stat().st_mtime
    except OSError:
        return None
    return _table(path.parent.resolve(), stamp).get(path.name)
