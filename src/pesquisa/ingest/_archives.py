"""Readers for container formats: web archives (WARC) and RSS/Atom feeds.

Each yields one document per archived page or feed entry, numbered from 1 in file order
(``crawl.warc#3`` is the third record of the file, counting every record; ``news.rss#2``
the second entry). warcio and feedparser are imported inside the readers, so the rest of
ingest works without them.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import logging
import re
import zlib
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._files import Unreadable, open_regular, read_bytes
from pesquisa.ingest._html import decode_html, has_visible_text
from pesquisa.ingest._readers import NO_HTML_TEXT, Item, check_not_blank_or_binary, iso_date, without_surrogates
from pesquisa.limits import DEFAULT_LIMITS, Limits
from pesquisa.records import RawDocument

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
_ARC_MAGIC = b"filedesc://"
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY\s", re.IGNORECASE)


def read_warc(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One HTML document per successful (2xx) HTML response or resource record of a WARC file.

    Other records (requests, metadata, images, redirects) are passed over. The URL is the
    record's ``WARC-Target-URI``; the server's charset is used to decode the page. A
    record larger than the file limit is refused alone; inflating more than
    ``max_compression_ratio`` times the bytes read, or more than ``max_uncompressed_bytes``
    in all, stops the file (a decompression bomb).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        stream = open_regular(path, limits)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    with stream:
        if stream.read(1) == b"":
            yield IngestFailure(str(path), "empty file")
            return
        stream.seek(0)
        problem = _warc_header_problem(stream)
        if problem:
            yield IngestFailure(str(path), problem)
            return
        number = pages = 0
        inflated = 0
        try:
            for number, record in enumerate(_quietly(ArchiveIterator(stream)), start=1):
                content_type = _record_content_type(record)
                if content_type is None:
                    continue
                where = f"record {number}"
                data = record.content_stream().read(limits.max_file_bytes + 1)
                inflated += len(data)
                bomb = _bomb_problem(inflated, stream.tell(), limits)
                if bomb:
                    yield IngestFailure(str(path), bomb, location=where)
                    return
                if len(data) > limits.max_file_bytes:
                    yield IngestFailure(str(path), f"record larger than the limit of {limits.max_file_bytes:,} bytes "
                                                   f"({limits.env_name('max_file_bytes')})", location=where)
                    continue
                pages += 1
                yield _warc_document(path, number, record, data, content_type)
        except ArchiveLoadFailed as err:
            reason = str(err).strip().splitlines()[0] if str(err).strip() else "unknown format"
            yield IngestFailure(str(path), f"not a valid WARC file ({reason[:80]})")
        except Exception as err:  # zlib, EOF, and warcio's own AttributeError on a record without a URI
            yield IngestFailure(str(path), f"truncated or corrupt WARC file after record {number} "
                                           f"({type(err).__name__}: {_first_line(err)})")
            return
        if pages == 0:
            yield IngestFailure(str(path), f"no HTML page among its {number} record(s) (only requests, metadata, "
                                           f"other types or responses that are not 2xx)")


def _quietly(records: Iterator[Any]) -> Iterator[Any]:
    """``records`` with warcio's warnings (written straight to stderr) sent to the debug log instead."""
    while True:
        with contextlib.redirect_stderr(io.StringIO()) as noise:
            try:
                record = next(records)
            except StopIteration:
                return
        if noise.getvalue():
            log.debug("warcio: %s", noise.getvalue().strip())
        yield record


def _warc_document(path: Path, number: int, record: Any, data: bytes, content_type: str) -> Item:
    """The page of one WARC record, or the failure that says why it has none."""
    raw = decode_html(data, charset=_charset(content_type))
    if not has_visible_text(raw):
        return IngestFailure(str(path), NO_HTML_TEXT, location=f"record {number}")
    url = record.rec_headers.get_header("WARC-Target-URI")
    return RawDocument(source=f"{path.name}#{number}", raw=raw, content_type="html", path=str(path),
                       url=without_surrogates(url) if isinstance(url, str) else None)


def _bomb_problem(inflated: int, consumed: int, limits: Limits) -> str | None:
    """Why inflating stops here (too many bytes, or too many per byte read); None while within limits."""
    if inflated > limits.max_uncompressed_bytes:
        return (f"more than {limits.max_uncompressed_bytes:,} bytes once uncompressed "
                f"({limits.env_name('max_uncompressed_bytes')}); the rest of the file is not read")
    # the first megabyte is free: headers and small records inflate unevenly
    if inflated > 1_000_000 and inflated > limits.max_compression_ratio * max(consumed, 1):
        return (f"decompression bomb: {inflated:,} bytes from {consumed:,} compressed "
                f"(more than {limits.max_compression_ratio}x, {limits.env_name('max_compression_ratio')}); "
                f"the rest of the file is not read")
    return None


def _first_line(err: BaseException) -> str:
    """The first line of an exception's message, cut to 120 characters."""
    text = str(err).strip()
    return (text.splitlines()[0] if text else type(err).__name__)[:120]


def _warc_header_problem(stream: Any) -> str | None:
    """Why the file is not a WARC (or ARC) file, judged by its first bytes; None if it looks like one.

    warcio reads anything it does not recognise as a broken ARC file, and says so in
    terms of ARC fields; this check gives the person a plainer reason. Leaves the stream at 0.
    """
    try:
        head = stream.read(2)
        stream.seek(0)
        if head == _GZIP_MAGIC:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                head = unzipped.read(len(_ARC_MAGIC))
        else:
            head = stream.read(len(_ARC_MAGIC))
    except (OSError, EOFError, zlib.error) as err:
        return f"not a valid WARC file (bad gzip data: {err})"
    finally:
        stream.seek(0)
    if head.startswith((_WARC_MAGIC, _ARC_MAGIC)):
        return None
    return "not a valid WARC file (does not start with a WARC/1.x header)"


def _record_content_type(record: Any) -> str | None:
    """The record's HTML content type, or None when the record is not a page to read."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    return content_type if content_type.split(";")[0].strip().lower() in HTML_TYPES else None


def _charset(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None


def read_feed(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One document per entry of an RSS or Atom feed: its content, else its summary.

    ``url``, ``title`` and ``published`` (ISO date, as written, not shifted to UTC) come
    from the entry. An HTML entry body keeps its markup (``content_type="html"``). An
    entry that cannot be read fails alone; the parser failing fails the file.
    """
    import feedparser

    try:
        data = read_bytes(path, limits)
        check_not_blank_or_binary(data)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    # Entity declarations are how XXE and billion-laughs feeds attack; no news feed needs
    # them. expat would stop the expansion, but feedparser then re-reads the file with its
    # loose parser (9 s on a billion-laughs file), so such a feed is refused outright.
    if _ENTITY_DECLARATION.search(data):
        yield IngestFailure(str(path), "feed declares XML entities (<!ENTITY ...>): not read (entity expansion)")
        return
    # A stream, never a string: feedparser fetches strings that look like URLs. Its
    # XML parser neither resolves external entities nor fetches DTDs.
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as err:  # feedparser bugs on hostile input: chr() out of range, None.startswith (issue 16)
        yield IngestFailure(str(path), f"feed cannot be parsed ({type(err).__name__}: {_first_line(err)})")
        return
    if not parsed.get("version") and not parsed.entries:
        yield IngestFailure(str(path), "not an RSS or Atom feed")
        return
    if not parsed.entries:
        yield IngestFailure(str(path), "feed has no entries")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"entry {number}"
        try:
            item = _feed_document(path, number, entry, limits)
        except Exception as err:  # one odd entry fails alone
            item = IngestFailure(str(path), f"entry cannot be read ({type(err).__name__}: {_first_line(err)})",
                                 location=where)
        yield item


def _feed_document(path: Path, number: int, entry: Any, limits: Limits) -> Item:
    """The document of one feed entry, or the failure that says why it has none."""
    body, content_type = _entry_body(entry)
    where = f"entry {number}"
    body = without_surrogates(body)
    if not body.strip():
        return IngestFailure(str(path), "entry has no content or summary", location=where)
    if len(body) > limits.max_document_chars:
        return IngestFailure(str(path), f"entry of {len(body):,} characters exceeds the limit of "
                                        f"{limits.max_document_chars:,} ({limits.env_name('max_document_chars')})",
                             location=where)
    if content_type == "html" and not has_visible_text(body):
        return IngestFailure(str(path), NO_HTML_TEXT, location=where)
    link, title = entry.get("link"), entry.get("title")
    return RawDocument(
        source=f"{path.name}#{number}",
        raw=body,
        content_type=content_type,
        path=str(path),
        url=without_surrogates(link) if isinstance(link, str) and link else None,
        title=without_surrogates(title.strip()) or None if isinstance(title, str) else None,
        published=_entry_date(entry),
    )


def _entry_body(entry: Any) -> tuple[str, str]:
    """The entry's fullest body and its kind (``html`` or ``text``): content, else summary."""
    contents = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    for content in sorted(contents, key=lambda c: len(c["value"]), reverse=True):
        if content["value"].strip():
            return content["value"], _kind(content.get("type"))
    detail = entry.get("summary_detail") or {}
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else "", _kind(detail.get("type"))


def _kind(mime: str | None) -> str:
    return "text" if mime == "text/plain" else "html"


def _entry_date(entry: Any) -> str | None:
    """ISO date the entry was published (else updated), as the feed wrote it."""
    for key in ("published", "updated", "created"):
        date = iso_date(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return iso_date(f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}")
    return None
