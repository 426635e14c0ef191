"""Readers for the documents analysts hold besides web pages: PDF (text layer) and DOCX.

Each file gives one text document whose ``raw`` is the file's text layer, so every span
stored for it indexes that text exactly (``raw[start:end] == surface``):

- PDF (pypdf): the text of each page in order, pages separated by ``"\\n\\f\\n"`` (a form
  feed between two line breaks, as ``pdftotext`` marks pages), so the page of any offset
  is ``raw.count("\\f", 0, offset) + 1``. A PDF without a text layer (a scan) is refused
  with that reason; OCR is not attempted.
- DOCX (python-docx): paragraphs and table rows in body order, one per line (table cells
  separated by tabs); the title comes from the document properties.

Both formats are zip or object containers that a hostile file can make explode or loop:
a DOCX is checked for a zip bomb before it is opened, and parsing runs under the
per-document time budget. pypdf and python-docx are imported inside the functions.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from pesquisa.ingest._failure import IngestFailure
from pesquisa.ingest._files import Unreadable, read_bytes
from pesquisa.ingest._readers import Item, check_document_size, without_surrogates
from pesquisa.limits import DEFAULT_LIMITS, DocumentTimeout, Limits, time_budget
from pesquisa.records import RawDocument

PAGE_BREAK = "\n\f\n"
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
Converter = Callable[[bytes, Limits], tuple[str, str | None]]


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One text document per ``.pdf`` file: its text layer, pages kept (see the module docstring)."""
    yield _read_with(path, limits, pdf_text, "pdf")


def read_docx(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One text document per ``.docx`` file: paragraphs and table rows in order."""
    yield _read_with(path, limits, docx_text, "docx")


def _read_with(path: Path, limits: Limits, convert: Converter, kind: str) -> Item:
    """The document ``convert`` makes of the file's bytes, or the failure that says why there is none."""
    try:
        data = read_bytes(path, limits)
        raw, title = convert(data, limits)
        check_document_size(raw, limits)
    except Unreadable as err:
        return IngestFailure(str(path), err.problem)
    except DocumentTimeout as err:
        return IngestFailure(str(path), f"{kind} {err} to read ({limits.env_name('document_timeout')})", stage="timeout")
    return RawDocument(source=path.name, raw=raw, content_type="text", path=str(path), title=title)


def pdf_text(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str | None]:
    """(text layer with pages separated by ``PAGE_BREAK``, title) of a PDF's bytes; raises Unreadable."""
    if _PDF_MAGIC not in data[:1024]:
        raise Unreadable("not a PDF file (no %PDF- header)")
    from pypdf import PdfReader

    # pypdf logs what it repairs in damaged files at ERROR level; the failure line says what matters
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        with time_budget(limits.document_timeout):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise Unreadable("encrypted PDF (needs a password)")
            pages = [page.extract_text() or "" for page in reader.pages]
            title = reader.metadata.get("/Title") if reader.metadata is not None else None
    except Unreadable:
        raise
    except Exception as err:  # pypdf raises many kinds on damaged files (PdfReadError, KeyError, RecursionError...)
        raise Unreadable(f"damaged PDF ({type(err).__name__}: {_first_line(err)})") from None
    text = without_surrogates(PAGE_BREAK.join(page.rstrip("\n") for page in pages))
    if not text.replace("\f", "").strip():
        raise Unreadable(f"PDF of {len(pages)} page(s) has no text layer (a scan? run OCR first)")
    return text, _clean_title(title)


def docx_text(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str | None]:
    """(paragraphs and table rows one per line, title) of a DOCX file's bytes; raises Unreadable."""
    if not data.startswith(_ZIP_MAGIC):
        raise Unreadable("not a DOCX file (not a zip archive)")
    check_zip(data, limits)
    import docx
    from docx.table import Table

    try:
        with time_budget(limits.document_timeout):
            document = docx.Document(io.BytesIO(data))
            lines = []
            for block in document.iter_inner_content():
                if isinstance(block, Table):
                    lines += ["\t".join(cell.text for cell in row.cells) for row in block.rows]
                else:
                    lines.append(block.text)
            title = document.core_properties.title
    except Exception as err:  # python-docx raises many kinds on damaged files (KeyError, lxml's XMLSyntaxError...)
        raise Unreadable(f"damaged DOCX ({type(err).__name__}: {_first_line(err)})") from None
    text = without_surrogates("\n".join(lines))
    if not text.strip():
        raise Unreadable("DOCX has no text")
    return text, _clean_title(title)


def check_zip(data: bytes, limits: Limits) -> None:
    """Raise Unreadable for a damaged zip archive or a zip bomb (too large or too compressed once inflated)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise Unreadable(f"damaged zip archive ({_first_line(err)})") from None
    if inflated > limits.max_uncompressed_bytes:
        raise Unreadable(f"{inflated:,} bytes once uncompressed exceeds the limit of "
                         f"{limits.max_uncompressed_bytes:,} ({limits.env_name('max_uncompressed_bytes')})")
    if inflated > 1_000_000 and inflated > limits.max_compression_ratio * len(data):
        raise Unreadable(f"zip bomb: {inflated:,} bytes from {len(data):,} (more than "
                         f"{limits.max_compression_ratio}x, {limits.env_name('max_compression_ratio')})")


def _clean_title(title: object) -> str | None:
    """A stripped title string, or None."""
    return without_surrogates(title.strip()) or None if isinstance(title, str) else None


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return (text.splitlines()[0] if text else type(err).__name__)[:120]
