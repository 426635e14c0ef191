"""Bytes of an HTML page to text, and a cheap test that a page holds any text at all.

Decoding follows the order a browser uses, shortened: a byte-order mark, then the
charset the server sent (WARC records), then the one the page declares in ``<meta>`` or
an XML declaration, then UTF-8, then cp1252 (the usual charset of undeclared legacy
Western pages). One deviation from the HTML standard, on purpose: a page that declares
a single-byte Western charset but is valid UTF-8 with non-ASCII bytes is read as UTF-8;
such pages are mislabelled far more often than they are real cp1252 text that happens
to form valid UTF-8 sequences.

The main-text extractor lives in the clean stage (``pesquisa.clean.html``); ingest only
rejects pages with no visible text (a page cut off inside ``<head>``, an empty shell), so
that it does not have to run the extractor twice.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PRESCAN_BYTES = 8192  # the standard says 1024; real pages put <meta charset> later
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")
# Labels the HTML standard reads as windows-1252 (a superset of latin-1 that browsers use).
_CP1252_LABELS = {"ascii", "us-ascii", "latin1", "latin-1", "iso-8859-1", "iso8859-1", "cp1252", "windows-1252"}
_SINGLE_BYTE_WESTERN = {"cp1252", "iso8859-15"}
# Codecs Python knows that no web page is written in: they turn backslashes or punycode
# into characters, or always fail. Bytes-to-bytes codecs (base64, rot-13, zlib, hex, uu)
# are refused by their own flag (issue 16: a <meta charset="base64"> raised LookupError).
_NOT_PAGE_CODECS = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "utf-7",
                    "mbcs", "oem", "palmos"}
_FRAGMENT_PROBE = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)
MIN_VISIBLE_WORDS = 6  # fewer visible words than a short sentence: nothing to extract


def decode_html(data: bytes, *, charset: str | None = None) -> str:
    """Text of an HTML page's bytes; never raises.

    ``charset`` is the one the server declared (HTTP ``Content-Type``), when known.
    Order: BOM, ``charset``, the page's own declaration, UTF-8, cp1252 with replacement.
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(bom_codec, errors="replace")
    for label in (charset, _declared_charset(data)):
        codec = _codec_for(label)
        if codec is None:
            continue
        if codec in _SINGLE_BYTE_WESTERN and _is_utf8_with_non_ascii(data):
            codec = "utf-8"
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def has_visible_text(html: str, *, min_words: int = MIN_VISIBLE_WORDS) -> bool:
    """True when the page shows at least ``min_words`` words outside scripts and styles."""
    if not html.strip():
        return False
    # imported here: a text-only ingest never needs it, and it was a third of the writer's start
    import trafilatura

    text = trafilatura.html2txt(as_html_document(html), clean=True)
    return len(text.split()) >= min_words


def as_html_document(html: str) -> str:
    """``html`` itself, or a fragment (a feed entry, a JSONL field) wrapped as a page.

    trafilatura rejects a lone block such as ``<p>x</p>`` as "not HTML".
    """
    if _FRAGMENT_PROBE.search(html[:4096]):
        return html
    return f"<html><body><div>{html}</div></body></html>"


def _declared_charset(data: bytes) -> str | None:
    """Charset named by the page's ``<meta>`` or XML declaration, as written."""
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _codec_for(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _CP1252_LABELS:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a label with a NUL byte
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_PAGE_CODECS:
        return None
    # A <meta> that says UTF-16 was read as ASCII, so it cannot be right (HTML standard).
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def _is_utf8_with_non_ascii(data: bytes) -> bool:
    """True when ``data`` decodes as UTF-8 and holds at least one multi-byte sequence."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
