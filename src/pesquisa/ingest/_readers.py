"""Readers for plain files (text, HTML, JSONL), and the checks every reader shares.

A reader takes a path and yields ``RawDocument`` and ``IngestFailure`` records; it never
raises for bad input. Problems are one line, written for the person who owns the file:
"empty file", "binary file, not text", "not valid UTF-8 (byte 0xe9 at offset 12)".
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from traceback import format_exc
from typing import Any

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._files import Unreadable, read_bytes
from pesquisa.ingest._html import decode_html, has_visible_text
from pesquisa.ingest._sources import url_for
from pesquisa.limits import DEFAULT_LIMITS, Limits
from pesquisa.records import RawDocument

log = logging.getLogger(__name__)

Item = RawDocument | IngestFailure
Reader = Callable[[Path, Limits], Iterator[Item]]

NO_HTML_TEXT = "no article text found in HTML"
_BINARY_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.1  # text files hold tabs and newlines, not other control bytes
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}  # tab, LF, FF, CR are text
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
_TEXT_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PARTIAL_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Publication dates outside these years are typos or junk ("2024-13-45", "9999-12-31"):
# they are left out rather than let a date computation overflow further on.
MIN_YEAR, MAX_YEAR = 1800, 2100
_MAX_DATE_CHARS = 64  # an RFC 822 date is about 31 characters; longer is not a date
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_not_blank_or_binary(data: bytes) -> None:
    """Raise Unreadable for an empty or whitespace-only file and for binary data."""
    if not data.strip():
        raise Unreadable("empty file")
    if looks_binary(data):
        raise Unreadable("binary file, not text")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any 8-bit or UTF-8 encoding (NUL or control bytes)."""
    if data.startswith(_WIDE_BOMS):
        return False  # UTF-16 and UTF-32 text is full of NUL bytes
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def decode_utf8(data: bytes) -> str:
    """Text of UTF-8 bytes (a BOM is dropped; a UTF-16/32 BOM is honoured); raises Unreadable."""
    bom, codec = next(((b, c) for b, c in _TEXT_BOMS if data.startswith(b)), (b"", "utf-8"))
    try:
        return data[len(bom):].decode(codec)
    except UnicodeDecodeError as err:
        offset = len(bom) + err.start
        raise Unreadable(f"not valid {codec.upper().removesuffix('-LE').removesuffix('-BE')} "
                         f"(byte 0x{data[offset]:02x} at offset {offset})") from None


def iso_date(value: object) -> str | None:
    """ISO date (YYYY-MM-DD, or YYYY / YYYY-MM as given) of a date string, or None.

    Accepts ISO 8601 dates and datetimes (the local date as written, not shifted to UTC)
    and RFC 822 dates as RSS writes them ("Tue, 04 Mar 2025 22:30:00 -0600"). Impossible
    dates ("2024-13-45") and years outside 1800-2100 give None.
    """
    if not isinstance(value, str) or not value.strip() or len(value) > _MAX_DATE_CHARS:
        return None
    value = value.strip()
    partial = _PARTIAL_ISO_DATE.match(value)
    if partial:
        year, month, day = (int(g) if g else None for g in partial.groups())
        return value if _valid_date(year, month, day) else None
    for parse in (lambda v: datetime.fromisoformat(v).date(), lambda v: parsedate_to_datetime(v).date()):
        try:
            date = parse(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        return date.isoformat() if MIN_YEAR <= date.year <= MAX_YEAR else None
    log.debug("unparsed date %r", value)
    return None


def _valid_date(year: int | None, month: int | None, day: int | None) -> bool:
    """True for a real calendar date (or year, or year and month) within MIN_YEAR..MAX_YEAR."""
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if month is None:
        return True
    if day is None:
        return 1 <= month <= 12
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return True


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (``"\\ud800"`` in JSON) replaced by U+FFFD, one for one.

    They are not Unicode characters and cannot be encoded or stored; one for one keeps
    every offset into the text where it was.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def check_document_size(raw: str, limits: Limits) -> None:
    """Raise Unreadable for a document longer than ``limits.max_document_chars``."""
    if len(raw) > limits.max_document_chars:
        raise Unreadable(f"document of {len(raw):,} characters exceeds the limit of {limits.max_document_chars:,} "
                         f"({limits.env_name('max_document_chars')})")


def read_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One text document per ``.txt`` file; the file must be UTF-8."""
    try:
        data = read_bytes(path, limits)
        check_not_blank_or_binary(data)
        raw = decode_utf8(data)
        if not raw.strip():
            raise Unreadable("empty file")
        check_document_size(raw, limits)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    yield RawDocument(source=path.name, raw=raw, content_type="text", path=str(path), url=url_for(path))


def read_html(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One HTML document per ``.html``/``.htm`` file, decoded as a browser would."""
    try:
        data = read_bytes(path, limits)
        check_not_blank_or_binary(data)
        raw = decode_html(data)
        if not has_visible_text(raw):
            raise Unreadable(NO_HTML_TEXT)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    yield RawDocument(source=path.name, raw=raw, content_type="html", path=str(path), url=url_for(path))


def read_jsonl(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One document per line of a ``.jsonl`` file; a bad line fails alone.

    Each line is an object with ``text`` or ``html`` (``text`` wins when both are set) and
    optional ``url``, ``title`` and ``published``. Blank lines are skipped.
    """
    try:
        data = read_bytes(path, limits)
        check_not_blank_or_binary(data)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    data = data.removeprefix(codecs.BOM_UTF8)
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            document = _jsonl_document(path, number, line)
            check_document_size(document.raw, limits)
        except Unreadable as err:
            yield IngestFailure(str(path), err.problem, location=f"line {number}")
            continue
        except Exception as err:  # a bug, not bad input: this line fails alone (issue 16)
            yield IngestFailure(str(path), f"internal error: {type(err).__name__}: {err}"[:300],
                                location=f"line {number}", detail=format_exc())
            continue
        yield document


def _jsonl_document(path: Path, number: int, line: bytes) -> RawDocument:
    """The document on line ``number``; raises Unreadable."""
    try:
        obj = json.loads(decode_utf8(line))
    except json.JSONDecodeError as err:
        raise Unreadable(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise Unreadable("JSON nested too deeply to read") from None
    except ValueError as err:  # a number of more digits than Python converts (CVE-2020-10735)
        raise Unreadable(f"not readable JSON ({str(err).splitlines()[0][:120]})") from None
    if not isinstance(obj, dict):
        raise Unreadable(f"not a JSON object but {_json_kind(obj)}")
    present = [f for f in ("text", "html") if obj.get(f) is not None]
    if not present:
        raise Unreadable('no "text" or "html" field')
    usable = [f for f in present if isinstance(obj[f], str) and obj[f].strip()]
    if not usable:
        field, value = present[0], obj[present[0]]
        raise Unreadable(f'empty "{field}"' if isinstance(value, str) else f'"{field}" is {_json_kind(value)}, not a string')
    field = usable[0]
    raw = without_surrogates(obj[field])
    if field == "html" and not has_visible_text(raw):
        raise Unreadable(NO_HTML_TEXT)
    return RawDocument(
        source=f"{path.name}#{number}",
        raw=raw,
        content_type=field,
        path=str(path),
        url=_optional_str(obj.get("url")),
        title=_optional_str(obj.get("title")),
        published=iso_date(obj.get("published")),
    )


def _optional_str(value: Any) -> str | None:
    """A stripped string, or None for anything else (a number, a list, blank)."""
    return without_surrogates(value.strip()) or None if isinstance(value, str) else None


def _json_kind(value: Any) -> str:
    """How JSON names the type of ``value`` ("an array", "a number")."""
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else "a string"
