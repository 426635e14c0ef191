"""Readers for container formats: web archives (WARC) and RSS/Atom feeds.

Each yields one document per archived page or feed entry, numbered from 1 in file order
(``crawl.warc#3`` is the third record of the file, counting every record; ``news.rss#2``
the second entry). warcio and feedparser are imported inside the readers, so the rest of
ingest works without them.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._html import decode_html, has_visible_text
from pesquisa.ingest._readers import NO_HTML_TEXT, Item, Unreadable, check_not_blank_or_binary, iso_date, os_problem, read_bytes
from pesquisa.records import RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
_ARC_MAGIC = b"filedesc://"
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")


def read_warc(path: Path) -> Iterator[Item]:
    """One HTML document per successful (2xx) HTML response or resource record of a WARC file.

    Other records (requests, metadata, images, redirects) are passed over. The URL is the
    record's ``WARC-Target-URI``; the server's charset is used to decode the page.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        empty = path.stat().st_size == 0
    except OSError as err:
        yield IngestFailure(str(path), os_problem(err))
        return
    if empty:
        yield IngestFailure(str(path), "empty file")
        return
    problem = _warc_header_problem(path)
    if problem:
        yield IngestFailure(str(path), problem)
        return
    number = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                content_type = _record_content_type(record)
                if content_type is None:
                    continue
                raw = decode_html(record.content_stream().read(), charset=_charset(content_type))
                if not has_visible_text(raw):
                    yield IngestFailure(f"{path} record {number}", NO_HTML_TEXT)
                    continue
                yield RawDocument(
                    source=f"{path.name}#{number}",
                    raw=raw,
                    content_type="html",
                    path=str(path),
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                )
    except ArchiveLoadFailed as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else "unknown format"
        yield IngestFailure(str(path), f"not a valid WARC file ({reason[:80]})")
    except (OSError, EOFError, zlib.error, ValueError) as err:
        yield IngestFailure(str(path), f"truncated or corrupt WARC file after record {number} ({err})")


def _warc_header_problem(path: Path) -> str | None:
    """Why the file is not a WARC (or ARC) file, judged by its first bytes; None if it looks like one.

    warcio reads anything it does not recognise as a broken ARC file, and says so in
    terms of ARC fields; this check gives the person a plainer reason.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(2)
            stream.seek(0)
            if head == _GZIP_MAGIC:
                with gzip.open(stream) as unzipped:
                    head = unzipped.read(len(_ARC_MAGIC))
            else:
                head = stream.read(len(_ARC_MAGIC))
    except (OSError, EOFError, zlib.error) as err:
        return f"not a valid WARC file (bad gzip data: {err})"
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


def looks_like_feed(path: Path) -> bool:
    """True when the file starts like RSS, Atom or RSS 1.0 (RDF); True too if unreadable.

    Lets a folder walk pass over other XML (sitemaps, configs) without reporting it.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return True  # let the reader report why it cannot be read
    return bool(_FEED_ROOT.search(head))


def read_feed(path: Path) -> Iterator[Item]:
    """One document per entry of an RSS or Atom feed: its content, else its summary.

    ``url``, ``title`` and ``published`` (ISO date, as written, not shifted to UTC) come
    from the entry. An HTML entry body keeps its markup (``content_type="html"``).
    """
    import feedparser

    try:
        data = read_bytes(path)
        check_not_blank_or_binary(data)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    # A stream, never a string: feedparser fetches strings that look like URLs.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.get("version") and not parsed.entries:
        yield IngestFailure(str(path), "not an RSS or Atom feed")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        body, content_type = _entry_body(entry)
        where = f"{path} entry {number}"
        if not body.strip():
            yield IngestFailure(where, "entry has no content or summary")
            continue
        if content_type == "html" and not has_visible_text(body):
            yield IngestFailure(where, NO_HTML_TEXT)
            continue
        yield RawDocument(
            source=f"{path.name}#{number}",
            raw=body,
            content_type=content_type,
            path=str(path),
            url=entry.get("link") or None,
            title=(entry.get("title") or "").strip() or None,
            published=_entry_date(entry),
        )


def _entry_body(entry: Any) -> tuple[str, str]:
    """The entry's fullest body and its kind (``html`` or ``text``): content, else summary."""
    contents = sorted(entry.get("content") or [], key=lambda c: len(c.get("value") or ""), reverse=True)
    for content in contents:
        if (content.get("value") or "").strip():
            return content["value"], _kind(content.get("type"))
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", _kind(detail.get("type"))


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
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None
