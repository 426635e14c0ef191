"""Stream the records of a CSV file with the line each one starts on; never hold the whole file.

Official CSVs come with CRLF or LF endings, a UTF-8 byte-order mark or none, and OFAC's
list ends with a DOS end-of-file byte (0x1A). Lines are decoded one by one: UTF-8 first,
Windows-1252 for a line that is not UTF-8 (older government exports), so one odd byte
costs one line's accents, not the file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from pesquisa.ingest._failure import IngestFailure

DOS_EOF = "\x1a"


def _decoded_lines(fh: BinaryIO) -> Iterator[str]:
    """Each line of a binary file as text (UTF-8, else Windows-1252), the byte-order mark removed."""
    first = True
    for raw in fh:
        if first:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            first = False
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield raw.decode("cp1252", errors="replace")


def csv_records(path: Path) -> Iterator[tuple[int, list[str]] | IngestFailure]:
    """``(line, fields)`` for every record of the CSV at ``path`` (header included), or one failure.

    ``line`` is the 1-based line the record starts on. A file that cannot be opened or
    parsed yields an ``IngestFailure`` naming it (and the line, when known) and stops;
    blank lines and a trailing DOS end-of-file byte are skipped. Read-only.
    """
    name = path.name
    try:
        fh = path.open("rb")
    except IsADirectoryError:
        yield IngestFailure(str(path), "is a directory, not a file")
        return
    except OSError as err:
        yield IngestFailure(str(path), (err.strerror or str(err)).lower())
        return
    with fh:
        reader = csv.reader(_decoded_lines(fh))
        line = 1
        try:
            for fields in reader:
                start, line = line, reader.line_num + 1
                if not fields or (len(fields) == 1 and fields[0].strip(DOS_EOF + " ") == ""):
                    continue
                yield start, fields
        except csv.Error as err:
            yield IngestFailure(f"{name}:{line}", f"malformed CSV ({err})")
