"""Readers for e-mail: one message (``.eml``) or a mailbox of them (``.mbox``), with the stdlib.

Each message gives a document for its body (plain text preferred, else HTML) and one for
each text attachment: ``text/plain`` and ``text/html`` parts, and PDF and DOCX files read
as their own readers would. Sources name the part: ``tip.eml`` is the body of a message,
``tip.eml#report.txt`` its attachment; in a mailbox ``box.mbox#3`` is the third message
and ``box.mbox#3#report.txt`` its attachment. The subject is the title, the ``Date``
header the publication date. Other attachments (images, archives) are passed over and
logged; a part that cannot be decoded fails alone.
"""

from __future__ import annotations

import email
import logging
import mailbox
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage, MIMEPart
from pathlib import Path

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._files import Unreadable, open_regular, read_bytes
from pesquisa.ingest._html import has_visible_text
from pesquisa.ingest._office import docx_text, pdf_text
from pesquisa.ingest._readers import NO_HTML_TEXT, Item, check_document_size, iso_date, without_surrogates
from pesquisa.limits import DEFAULT_LIMITS, Limits
from pesquisa.records import RawDocument

log = logging.getLogger(__name__)

_CONVERTERS = {"application/pdf": pdf_text, ".pdf": pdf_text,
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": docx_text, ".docx": docx_text}


def read_eml(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """The body and the text attachments of one ``.eml`` message."""
    try:
        data = read_bytes(path, limits)
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    if not data.strip():
        yield IngestFailure(str(path), "empty file")
        return
    yield from _message_items(path, path.name, "", data, limits)


def read_mbox(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """The body and text attachments of every message of an ``.mbox`` mailbox, numbered from 1."""
    try:
        with open_regular(path, limits) as stream:  # type and size checked before mailbox opens it
            if not stream.read(5).startswith(b"From "):
                raise Unreadable("not an mbox mailbox (does not start with a 'From ' line)")
        box = mailbox.mbox(path, create=False)
        keys = list(box.keys())
    except Unreadable as err:
        yield IngestFailure(str(path), err.problem)
        return
    except (OSError, mailbox.Error) as err:
        yield IngestFailure(str(path), f"mailbox cannot be read ({err})")
        return
    try:
        for number, key in enumerate(keys, start=1):
            try:
                data = box.get_bytes(key)
            except (OSError, mailbox.Error, KeyError) as err:
                yield IngestFailure(str(path), f"message cannot be read ({err})", location=f"message {number}")
                continue
            yield from _message_items(path, f"{path.name}#{number}", f"message {number}", data, limits)
    finally:
        box.close()


def _message_items(path: Path, source: str, location: str, data: bytes, limits: Limits) -> Iterator[Item]:
    """Documents of one message's bytes: its body, then its text attachments, in order."""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        subject = _header(message, "subject")
        published = iso_date(_header(message, "date"))
        body = message.get_body(preferencelist=("plain", "html"))
        parts = list(message.iter_attachments())
    except Exception as err:  # the email package raises several kinds on broken headers and structures
        yield IngestFailure(str(path), f"message cannot be parsed ({type(err).__name__}: {err})"[:300], location=location)
        return
    if body is None and not parts:
        yield IngestFailure(str(path), "message has no text body", location=location)
    if body is not None:
        yield _part_document(path, source, location, body, subject, published, limits)
    for index, part in enumerate(parts, start=1):
        name = without_surrogates(part.get_filename() or f"part{index}")
        where = f"{location} attachment {name}".strip()
        kind = part.get_content_type()
        suffix = Path(name).suffix.lower()
        if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
            yield _part_document(path, f"{source}#{name}", where, part, subject, published, limits)
        elif kind in _CONVERTERS or suffix in _CONVERTERS:
            yield _converted_attachment(path, f"{source}#{name}", where, part, subject, published, limits)
        else:
            log.info("%s: attachment %s (%s) is not text; passed over", path, name, kind)


def _part_document(path: Path, source: str, where: str, part: MIMEPart, subject: str | None,
                   published: str | None, limits: Limits) -> Item:
    """The document of one text part (body or attachment), or the failure that says why there is none."""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError, KeyError) as err:
        return IngestFailure(str(path), f"part cannot be decoded ({type(err).__name__}: {err})"[:300], location=where)
    if not isinstance(text, str) or not text.strip():
        return IngestFailure(str(path), "empty message part", location=where)
    text = without_surrogates(text)
    html = part.get_content_subtype() == "html"
    try:
        check_document_size(text, limits)
    except Unreadable as err:
        return IngestFailure(str(path), err.problem, location=where)
    if html and not has_visible_text(text):
        return IngestFailure(str(path), NO_HTML_TEXT, location=where)
    return RawDocument(source=source, raw=text, content_type="html" if html else "text", path=str(path),
                       title=subject, published=published)


def _converted_attachment(path: Path, source: str, where: str, part: MIMEPart, subject: str | None,
                          published: str | None, limits: Limits) -> Item:
    """A PDF or DOCX attachment read as its own reader would."""
    try:
        data = part.get_content()
        if not isinstance(data, bytes):
            raise Unreadable("attachment is not binary data")
        if len(data) > limits.max_file_bytes:
            raise Unreadable(f"attachment of {len(data):,} bytes exceeds the limit of {limits.max_file_bytes:,} "
                             f"({limits.env_name('max_file_bytes')})")
        kind = part.get_content_type()
        convert = _CONVERTERS.get(kind) or _CONVERTERS[Path(source).suffix.lower()]
        text, title = convert(data, limits)
        check_document_size(text, limits)
    except Unreadable as err:
        return IngestFailure(str(path), err.problem, location=where)
    except (LookupError, ValueError, AssertionError) as err:
        return IngestFailure(str(path), f"attachment cannot be decoded ({type(err).__name__})", location=where)
    return RawDocument(source=source, raw=text, content_type="text", path=str(path), title=title or subject,
                       published=published)


def _header(message: EmailMessage, name: str) -> str | None:
    """A header's value as one stripped line, or None when absent or unreadable."""
    try:
        value = message.get(name)
    except Exception:  # a malformed header the email package cannot fold
        return None
    if value is None:
        return None
    text = without_surrogates(" ".join(str(value).split()))
    return text or None
