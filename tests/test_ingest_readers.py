"""Ingest: one reader per format, on small inputs built in tmp_path, and the bad-input cases."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest
from conftest import SHARED

import pesquisa.ingest
from pesquisa.errors import InputError
from pesquisa.ingest import SUPPORTED_SUFFIXES, IngestFailure, decode_html, iter_documents, read_path
from pesquisa.records import RawDocument

ARTICLE = "Mexican authorities seized 300 kilograms of cocaine in Sinaloa on Tuesday, the Navy said."
PAGE = f"<!DOCTYPE html><html lang='en'><head><title>Seizure</title></head><body><article><p>{ARTICLE}</p></article></body></html>"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _one(path: Path) -> RawDocument | IngestFailure:
    items = list(read_path(path))
    assert len(items) == 1, items
    return items[0]


def _problems(items: list) -> list[str]:
    return [str(i) for i in items if isinstance(i, IngestFailure)]


# -- public face ---------------------------------------------------------------------------


def test_ingest_all_names_exist():
    public = {name for name in dir(pesquisa.ingest) if not name.startswith("_")}
    assert set(pesquisa.ingest.__all__) == public - {"annotations"}
    assert all(hasattr(pesquisa.ingest, name) for name in pesquisa.ingest.__all__)


def test_ingest_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz", ".rss", ".atom", ".xml",
                                  ".pdf", ".docx", ".eml", ".mbox")


def test_ingest_failure_holds_input_error():
    failure = IngestFailure("/data/a.txt", "empty file")
    assert isinstance(failure.error, InputError)
    assert str(failure) == "/data/a.txt: empty file"
    assert failure.error.errors == {"path": "/data/a.txt", "problem": "empty file"}
    assert failure == IngestFailure("/data/a.txt", "empty file")


# -- .txt ----------------------------------------------------------------------------------


def test_ingest_text_file(tmp_path):
    path = _write(tmp_path / "003_b523203148a45f70.txt", ARTICLE + "\n")
    doc = _one(path)
    assert doc == RawDocument(source="003_b523203148a45f70.txt", raw=ARTICLE + "\n", content_type="text", path=str(path))


def test_ingest_text_drops_utf8_bom(tmp_path):
    doc = _one(_write(tmp_path / "bom.txt", codecs.BOM_UTF8 + "Señor Fiscal".encode()))
    assert doc.raw == "Señor Fiscal"


def test_ingest_text_reads_utf16_with_bom(tmp_path):
    doc = _one(_write(tmp_path / "wide.txt", codecs.BOM_UTF16_LE + "Cártel de Sinaloa".encode("utf-16-le")))
    assert doc.raw == "Cártel de Sinaloa"


def test_ingest_text_empty_file(tmp_path):
    path = _write(tmp_path / "empty.txt", b"")
    assert str(_one(path)) == f"{path}: empty file"


def test_ingest_text_whitespace_only_is_empty(tmp_path):
    path = _write(tmp_path / "blank.txt", b" \n\t\r\n  ")
    assert str(_one(path)) == f"{path}: empty file"


def test_ingest_text_binary_file(tmp_path):
    path = _write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    assert str(_one(path)) == f"{path}: binary file, not text"


def test_ingest_text_control_bytes_are_binary(tmp_path):
    path = _write(tmp_path / "noise.txt", bytes(range(1, 9)) * 20 + b"some words")
    assert str(_one(path)) == f"{path}: binary file, not text"


def test_ingest_text_invalid_utf8(tmp_path):
    path = _write(tmp_path / "latin1.txt", "Café con leche".encode("latin-1"))
    assert str(_one(path)) == f"{path}: not valid UTF-8 (byte 0xe9 at offset 3)"


def test_ingest_text_invalid_utf8_offset_counts_the_bom(tmp_path):
    path = _write(tmp_path / "mixed.txt", codecs.BOM_UTF8 + b"ok \xff")
    assert str(_one(path)) == f"{path}: not valid UTF-8 (byte 0xff at offset 6)"


# -- .html ---------------------------------------------------------------------------------


def test_ingest_html_file(tmp_path):
    path = _write(tmp_path / "nota.html", PAGE)
    doc = _one(path)
    assert doc == RawDocument(source="nota.html", raw=PAGE, content_type="html", path=str(path))


def test_ingest_html_declared_cp1252(tmp_path):
    page = "<html><head><meta charset='windows-1252'></head><body><p>El Señor de los Cielos huyó a Culiacán, según la fiscalía.</p></body></html>"
    doc = _one(_write(tmp_path / "old.htm", page.encode("cp1252")))
    assert "El Señor de los Cielos huyó a Culiacán" in doc.raw


def test_ingest_html_undeclared_cp1252_falls_back(tmp_path):
    page = "<html><body><p>La Secretaría de Marina aseguró 300 kilos de cocaína en Sinaloa.</p></body></html>"
    doc = _one(_write(tmp_path / "legacy.html", page.encode("cp1252")))
    assert doc.raw == page


def test_ingest_html_truncated_page(tmp_path):
    path = _write(tmp_path / "cut.html", '<!DOCTYPE html><html><head><title>Cartel leader arrested</title><meta name="descr')
    assert str(_one(path)) == f"{path}: no article text found in HTML"


def test_ingest_html_empty_file(tmp_path):
    path = _write(tmp_path / "empty.html", b"\n\n")
    assert str(_one(path)) == f"{path}: empty file"


def test_ingest_html_binary_file(tmp_path):
    path = _write(tmp_path / "image.html", b"GIF89a\x01\x00\x01\x00\x00\xff\x00,")
    assert str(_one(path)) == f"{path}: binary file, not text"


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        ("<meta charset='utf-8'><p>Culiacán</p>".encode(), None, "<meta charset='utf-8'><p>Culiacán</p>"),
        (codecs.BOM_UTF8 + "<p>Culiacán</p>".encode(), None, "<p>Culiacán</p>"),
        (codecs.BOM_UTF16_LE + "<p>Culiacán</p>".encode("utf-16-le"), None, "<p>Culiacán</p>"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Culiac\xe1n</p>'.encode("latin-1"), None,
         '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Culiacán</p>'),
        # declared latin-1 but the bytes are UTF-8: mislabelled, read as UTF-8
        ("<meta charset='iso-8859-1'><p>Culiacán</p>".encode(), None, "<meta charset='iso-8859-1'><p>Culiacán</p>"),
        # the server's charset comes before the page's
        ("<meta charset='utf-8'><p>Culiac\xe1n</p>".encode("cp1252"), "windows-1252", "<meta charset='utf-8'><p>Culiacán</p>"),
        ("<p>\u201cNo\u201d</p>".encode("cp1252"), None, "<p>\u201cNo\u201d</p>"),
        ("<meta charset='klingon'><p>ok</p>".encode("ascii"), None, "<meta charset='klingon'><p>ok</p>"),
    ],
    ids=["meta-utf8", "bom-utf8", "bom-utf16", "meta-latin1", "mislabelled-utf8", "http-charset", "cp1252-fallback", "unknown-label"],
)
def test_ingest_decode_html(data, charset, expected):
    assert decode_html(data, charset=charset) == expected


# -- .jsonl --------------------------------------------------------------------------------


def test_ingest_jsonl_lines(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://example.org/a", "title": "Seizure", "published": "2024-05-03T10:00:00-06:00"}),
        "{not json at all",
        "",
        json.dumps({"html": PAGE, "published": "Fri, 03 May 2024 22:30:00 -0600"}),
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"html": "<html><head><title>cut"}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert docs == [
        RawDocument(source="batch.jsonl#1", raw=ARTICLE, content_type="text", path=str(path),
                    url="https://example.org/a", title="Seizure", published="2024-05-03"),
        RawDocument(source="batch.jsonl#4", raw=PAGE, content_type="html", path=str(path), published="2024-05-03"),
    ]
    assert _problems(items) == [
        f"{path} line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{path} line 5: no "text" or "html" field',
        f"{path} line 6: not a JSON object but an array",
        f'{path} line 7: empty "text"',
        f'{path} line 8: "text" is a number, not a string',
        f"{path} line 9: no article text found in HTML",
    ]


def test_ingest_jsonl_text_wins_over_html(tmp_path):
    path = _write(tmp_path / "both.jsonl", json.dumps({"text": ARTICLE, "html": PAGE}))
    assert _one(path).content_type == "text"


def test_ingest_jsonl_empty_text_falls_back_to_html(tmp_path):
    path = _write(tmp_path / "both.jsonl", json.dumps({"text": "", "html": PAGE}))
    assert _one(path).raw == PAGE


def test_ingest_jsonl_invalid_utf8_line(tmp_path):
    path = _write(tmp_path / "bad.jsonl", json.dumps({"text": ARTICLE}).encode() + b'\n{"text": "caf\xe9"}\n')
    items = list(read_path(path))
    assert [i.source for i in items if isinstance(i, RawDocument)] == ["bad.jsonl#1"]
    assert _problems(items) == [f"{path} line 2: not valid UTF-8 (byte 0xe9 at offset 13)"]


def test_ingest_jsonl_empty_file(tmp_path):
    path = _write(tmp_path / "none.jsonl", b"\n\n")
    assert str(_one(path)) == f"{path}: empty file"


# -- .warc / .warc.gz ----------------------------------------------------------------------


def _warc(path: Path, *, gzip: bool) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)

    def response(url: str, status: str, content_type: str, body: bytes) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

    writer.write_record(writer.create_warc_record("https://example.org/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
    response("https://example.org/a", "200 OK", "text/html; charset=utf-8", PAGE.encode("utf-8"))
    response("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
    response("https://example.org/gone", "404 Not Found", "text/html", b"<html><body><p>Page not found, sorry about that, friend.</p></body></html>")
    legacy = "<html><body><p>El Chapo Guzmán fue extraditado a Nueva York, informó la cancillería.</p></body></html>"
    response("https://example.org/b", "200 OK", "text/html; charset=windows-1252", legacy.encode("cp1252"))
    response("https://example.org/empty", "200 OK", "text/html", b"<html><head><title>x</title></head></html>")
    return _write(path, buffer.getvalue())


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_warc_html_responses(tmp_path, name):
    path = _warc(tmp_path / name, gzip=name.endswith(".gz"))
    items = list(read_path(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.source, d.url, d.content_type) for d in docs] == [
        (f"{name}#2", "https://example.org/a", "html"),
        (f"{name}#5", "https://example.org/b", "html"),
    ]
    assert docs[0].raw == PAGE
    assert "El Chapo Guzmán fue extraditado" in docs[1].raw
    assert _problems(items) == [f"{path} record 6: no article text found in HTML"]


def test_ingest_warc_not_a_warc(tmp_path):
    path = _write(tmp_path / "fake.warc", "this is not a web archive\n")
    assert str(_one(path)) == f"{path}: not a valid WARC file (does not start with a WARC/1.x header)"


def test_ingest_warc_bad_gzip(tmp_path):
    path = _write(tmp_path / "fake.warc.gz", b"\x1f\x8bnot really gzip")
    assert str(_one(path)).startswith(f"{path}: not a valid WARC file (bad gzip data: ")


def test_ingest_warc_truncated_keeps_earlier_records(tmp_path):
    whole = _warc(tmp_path / "whole.warc", gzip=False).read_bytes()
    # Cut inside the headers of record 5: warcio ends the file there without an error,
    # so the records before it come through and the cut one is lost unreported.
    path = _write(tmp_path / "cut.warc", whole[: whole.index(b"https://example.org/b") + 100])
    assert [i.source if isinstance(i, RawDocument) else str(i) for i in read_path(path)] == ["cut.warc#2"]


# -- RSS / Atom ----------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Seguridad</title><link>https://example.org/</link><description>news</description>
<item><title>Decomiso en Sinaloa</title><link>https://example.org/1</link>
<pubDate>Tue, 04 Mar 2025 22:30:00 -0600</pubDate>
<description>short teaser</description>
<content:encoded><![CDATA[<p>{ARTICLE}</p><p>Second paragraph of the story.</p>]]></content:encoded></item>
<item><title>Extradición</title><link>https://example.org/2</link>
<description>&lt;p&gt;The suspect was extradited to Texas on Monday, officials said.&lt;/p&gt;</description></item>
<item><title>Sin texto</title><link>https://example.org/3</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2025-03-05T00:00:00Z</updated>
<entry><title>Arrest in Tijuana</title><link href="https://example.org/atom/1"/><id>urn:1</id>
<published>2025-03-04T23:10:00-08:00</published><updated>2025-03-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry>
</feed>"""


def test_ingest_rss_entries(tmp_path):
    path = _write(tmp_path / "seguridad.rss", RSS)
    items = list(read_path(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.source, d.url, d.title, d.published, d.content_type) for d in docs] == [
        ("seguridad.rss#1", "https://example.org/1", "Decomiso en Sinaloa", "2025-03-04", "html"),
        ("seguridad.rss#2", "https://example.org/2", "Extradición", None, "html"),
    ]
    assert docs[0].raw == f"<p>{ARTICLE}</p><p>Second paragraph of the story.</p>"
    assert docs[1].raw == "<p>The suspect was extradited to Texas on Monday, officials said.</p>"
    assert _problems(items) == [f"{path} entry 3: entry has no content or summary"]


def test_ingest_atom_entry_keeps_local_date(tmp_path):
    doc = _one(_write(tmp_path / "news.atom", ATOM))
    assert (doc.source, doc.url, doc.title, doc.published) == ("news.atom#1", "https://example.org/atom/1", "Arrest in Tijuana", "2025-03-04")
    assert doc.raw == f"<p>{ARTICLE}</p>"


def test_ingest_xml_feed(tmp_path):
    doc = _one(_write(tmp_path / "feed.xml", ATOM))
    assert doc.source == "feed.xml#1"


def test_ingest_xml_not_a_feed_named(tmp_path):
    path = _write(tmp_path / "sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>')
    assert str(_one(path)) == f"{path}: not an RSS or Atom feed"


# -- walking files and folders ---------------------------------------------------------------


def test_ingest_walk_folder(tmp_path):
    _write(tmp_path / "b.txt", ARTICLE)
    _write(tmp_path / "a" / "z.html", PAGE)
    _write(tmp_path / "a" / "notes.md", "# notes")
    _write(tmp_path / ".hidden.txt", ARTICLE)
    _write(tmp_path / ".git" / "c.txt", ARTICLE)
    _write(tmp_path / "c" / "sitemap.xml", "<urlset></urlset>")
    _write(tmp_path / "c" / "feed.XML", ATOM)
    _write(tmp_path / "d.txt", b"")
    skipped: list[tuple[Path, str]] = []
    items = list(iter_documents([tmp_path], on_skip=lambda path, reason: skipped.append((path, reason))))
    # issue 16: nothing is left out without a word: non-feed XML is a failure, the rest is skipped by name
    assert [i.source if isinstance(i, RawDocument) else str(i) for i in items] == [
        "z.html",
        "b.txt",
        "feed.XML#1",
        f"{tmp_path / 'c' / 'sitemap.xml'}: not an RSS or Atom feed",
        f"{tmp_path / 'd.txt'}: empty file",
    ]
    assert skipped == [(tmp_path / ".git", "folder hidden (name starts with '.')"),
                       (tmp_path / ".hidden.txt", "hidden (name starts with '.')"),
                       (tmp_path / "a" / "notes.md", "unsupported file type .md")]


def test_ingest_walk_named_paths(tmp_path):
    text = _write(tmp_path / "one.txt", ARTICLE)
    items = list(iter_documents([text, tmp_path / "missing.txt", str(_write(tmp_path / "x.pdf", b"%PDF-1.4")),
                                 _write(tmp_path / "notes.md", "# notes")]))
    assert [i.source if isinstance(i, RawDocument) else str(i) for i in items] == [
        "one.txt",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{tmp_path / 'x.pdf'}: damaged PDF (PdfStreamError: Stream has ended unexpectedly)",
        f"{tmp_path / 'notes.md'}: unsupported file type .md (expected one of {', '.join(SUPPORTED_SUFFIXES)})",
    ]


def test_ingest_read_path_directory(tmp_path):
    assert str(_one(tmp_path)) == f"{tmp_path}: is a directory, not a file"


def test_ingest_shared_news_corpus():
    news = SHARED / "corpus" / "news"
    if not news.is_dir():
        pytest.skip(f"shared corpus not found at {news} (the shared folder sits beside the repo)")
    items = list(iter_documents([news]))
    assert _problems(items) == []
    assert [d.source for d in items] == sorted(p.name for p in news.glob("*.txt"))
    assert all(d.content_type == "text" and d.path == str(news / d.source) for d in items)
