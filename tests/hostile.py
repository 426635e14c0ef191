"""Build a corpus of hostile files: everything issue 16 saw stop, hang or exhaust an ingest, and fuzz.

    .venv/bin/python tests/hostile.py OUT_DIR [--seed 16] [--fuzz 42]

Writes the files under ``OUT_DIR`` and ``OUT_DIR/../hostile_manifest.json`` (outside the
folder, so it is not ingested itself): for each file its category and what an ingest
must do with it, ``"fail:<words of the reason>"`` (named on an ``Error:`` line with that
reason), ``"skip"`` (named on a ``Skipped:`` line), ``"store"`` (stored) or ``"any"``
(stored or named, for fuzzed files whose fate depends on where the mutation fell).

Categories: bad charsets in ``<meta>``, huge pages and documents, deep and huge JSON, lone
surrogates, impossible and far-future dates, Latin-1 file names, feed items with bad
dates, runs of entities, giant numbers and words, number soup, FIFOs, symlinks to
devices, loops and folders, sockets, unsupported and hidden files, files over the size
limit, decompression bombs, XXE and billion-laughs feeds, and seeded mutations of valid
txt, html, jsonl, rss, atom, warc, pdf, docx and eml files. Text is hand-written here;
nothing is copied from the shared corpus. Same seed, same files.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import json
import os
import random
import socket
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

ARTICLE_EN = ("Federal agents seized 40 kilograms of fentanyl at a warehouse in Nogales, Arizona, on Monday, "
              "the Drug Enforcement Administration said.\n\nTwo men were arrested, spokesman Mark Ellis said.")
ARTICLE_ES = ("La Secretaría de Marina aseguró 300 kilos de cocaína en el puerto de Lázaro Cárdenas, "
              "informó el vocero Carlos Ramírez.\n\nLa carga venía de Ecuador, dijo la dependencia.")
PAGE = ("<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>Seizure</title></head><body><article>"
        "<h1>Fentanyl seized in Nogales</h1><p>{body}</p></article></body></html>")

Manifest = dict[str, dict[str, str]]


def _make_fixtures():
    """tests/data/make_fixtures.py as a module (its PDF writer and message builder)."""
    spec = importlib.util.spec_from_file_location("make_fixtures", Path(__file__).parent / "data" / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def page(body: str, charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset, body=body)


def rss(items: list[tuple[str, str, str]], prolog: str = "") -> str:
    """An RSS 2.0 feed of (title, date, description) items."""
    entries = "".join(f"<item><title>{t}</title><link>https://example.org/{i}</link><pubDate>{d}</pubDate>"
                      f"<description>{body}</description></item>" for i, (t, d, body) in enumerate(items))
    return f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>Desk</title>{entries}</channel></rss>'


def atom(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
            '<entry><title>Seizure</title><link href="https://example.org/a"/><updated>2025-03-04T10:00:00-06:00</updated>'
            f'<content type="text">{body}</content></entry></feed>')


def warc(pages: list[str], *, gz: bool = False) -> bytes:
    """A WARC file with one HTML response record per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for i, html in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=headers))
    return out.getvalue()


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for para in text.split("\n\n"):
        document.add_paragraph(para)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def eml_bytes(body: str, date: str = "Mon, 03 Feb 2025 09:15:00 -0700") -> bytes:
    msg = EmailMessage()
    msg["Subject"] = "Tip"
    msg["Date"] = date
    msg.set_content(body)
    return bytes(msg)


class Corpus:
    """Writes files under a folder and remembers what an ingest must do with each."""

    def __init__(self, root: Path):
        self.root = root
        self.manifest: Manifest = {}

    def add(self, name: str | bytes, data: bytes | str, category: str, expect: str) -> Path:
        path = self._path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        return self.note(path, category, expect)

    def note(self, path: Path, category: str, expect: str) -> Path:
        rel = os.fsencode(path.relative_to(self.root)).decode("utf-8", "surrogateescape")
        self.manifest[rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")] = {
            "category": category, "expect": expect}
        return path

    def _path(self, name: str | bytes) -> Path:
        if isinstance(name, bytes):
            return Path(os.fsdecode(os.path.join(os.fsencode(self.root), name)))
        return self.root / name


def crafted(c: Corpus) -> None:
    """The cases of issue 16's table, one or a few files each."""
    # <meta charset> naming codecs that are not text encodings (LookupError before)
    for codec in ("base64", "rot-13", "uu", "zlib", "hex", "bz2", "quopri", "utf-7", "unicode_escape", "idna",
                  "punycode", "undefined", "no-such-charset", "utf-16", "\x00"):
        expect = "fail:binary file" if codec == "\x00" else "store"  # a NUL byte makes the page binary
        c.add(f"charset/{codec.strip(chr(0)) or 'nul'}.html", page(f"{ARTICLE_EN} Case {codec!r}.", codec), "meta charset",
              expect)
    # documents over the character limit (2,000,000 by default): refused with the size
    c.add("huge/page_4m.txt", ("Police said the search went on. " * 131_250), "huge document",
          "fail:exceeds the limit of 2,000,000 (PESQUISA_MAX_DOCUMENT_CHARS)")
    c.add("huge/jsonl_3m.jsonl", json.dumps({"text": "a " * 1_500_001}), "huge document",
          "fail:exceeds the limit of 2,000,000")
    # a file over the byte limit, sparse so it costs no disk
    big = c._path("huge/over_50mb.txt")
    big.parent.mkdir(parents=True, exist_ok=True)
    with big.open("wb") as fh:
        fh.truncate(50_000_001)
    c.note(big, "file over the size limit", "fail:exceeds the limit of 50,000,000 bytes")
    # JSONL: deep nesting, huge integers, surrogates, impossible and far-future dates
    c.add("jsonl/deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "deep JSON", "fail:nested too deeply")
    c.add("jsonl/deep_object.jsonl", '{"text": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001 + "\n", "deep JSON",
          "fail:nested too deeply")
    c.add("jsonl/bigint.jsonl", '{"text": "' + ARTICLE_EN.replace("\n", " ") + '", "n": ' + "7" * 5000 + "}\n",
          "huge number in JSON", "fail:not readable JSON")
    c.add("jsonl/surrogate.jsonl", json.dumps({"text": ARTICLE_EN + " \ud800 end", "title": "x\udfff"}) + "\n",
          "lone surrogate", "store")
    for i, date in enumerate(("2024-13-45", "2024-02-30", "9999-12-31", "+275760-09-13", "0000-00-00", "2024-1-1",
                              "Tue, 99 Foo 2025 99:99:99 +9999", "2024-06-15T25:61:00", "3024-01-01", "1e400")):
        c.add(f"jsonl/date_{i}.jsonl", json.dumps({"text": f"{ARTICLE_ES} Caso {i}.", "published": date}) + "\n",
              "bad date", "store")
    c.add("jsonl/mixed.jsonl", "\n".join([json.dumps({"text": ARTICLE_EN}), "[" * 5000, '{"html": 5}',
                                          json.dumps({"text": ARTICLE_ES})]) + "\n", "bad lines among good",
          "fail:line 2")
    # a file name in Latin-1 bytes
    c.add(b"latin1_Se\xf1or_\xe9.txt", ARTICLE_ES + " Nombre en latin-1.", "latin-1 file name", "store")
    c.add(b"latin1_bad_\xff.jsonl", b"{not json\n", "latin-1 file name", "fail:not valid JSON")
    # feeds: bad dates, XXE, billion laughs, external DTD
    c.add("feeds/bad_dates.rss", rss([("A", "Tue, 45 Mar 2025 99:00:00 -0600", ARTICLE_EN),
                                      ("B", "not a date at all", ARTICLE_ES), ("C", "Fri, 31 Dec 99999 00:00:00 GMT", ARTICLE_EN)]),
          "feed item with bad date", "store")
    xxe = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    c.add("feeds/xxe.rss", rss([("A", "Tue, 04 Mar 2025 10:00:00 -0600", "&xxe; " + ARTICLE_EN)], xxe), "XXE",
          "fail:feed declares XML entities")
    laughs = ('<!DOCTYPE rss [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>")
    c.add("feeds/laughs.rss", rss([("A", "Tue, 04 Mar 2025 10:00:00 -0600", "&lol9; " + ARTICLE_EN)], laughs),
          "billion laughs", "fail:feed declares XML entities")
    c.add("feeds/external_dtd.atom", atom(ARTICLE_EN).replace('?>', '?><!DOCTYPE feed SYSTEM "http://example.invalid/x.dtd">', 1),
          "external DTD", "any")
    c.add("feeds/chr_range.rss", rss([("A", "Tue, 04 Mar 2025", "&#99999999; &#x110000; " + ARTICLE_EN)]),
          "character reference out of range", "any")
    c.add("feeds/sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>',
          "XML that is not a feed", "fail:not an RSS or Atom feed")
    # runs: entities, digits, letters, number soup
    c.add("runs/amp_500k.html", page("&amp;" * 500_000), "entity run", "any")
    c.add("runs/amp_500k.txt", "Police reported the seizure.\n\n" + "&amp;" * 500_000, "entity run", "any")
    c.add("runs/digits_1m.txt", "The police seized " + "7" * 1_000_000 + " kilograms of cocaine.", "huge number", "any")
    c.add("runs/word_1m.txt", "The police seized " + "a" * 1_000_000 + " kilograms of cocaine.", "huge word", "any")
    rng = random.Random(16)
    soup = " ".join(f"{rng.randint(0, 10**rng.randint(1, 12)):,}{rng.choice(['', '.', ',', ' kg', '%', ' millones'])}"
                    for _ in range(20_000))
    c.add("runs/number_soup.txt", soup, "number soup", "any")
    c.add("runs/deep_html.html", "<div>" * 100_000 + ARTICLE_EN + "</div>" * 100_000, "deep HTML", "any")
    c.add("runs/long_line.txt", ("Sinaloa " * 120_000).strip(), "one long line", "any")
    # not text at all, empty, blank
    c.add("plain/empty.txt", b"", "empty", "fail:empty file")
    c.add("plain/blank.txt", b" \n\t\n", "empty", "fail:empty file")
    c.add("plain/binary.txt", bytes(range(256)) * 64, "binary", "fail:binary file, not text")
    c.add("plain/latin1_content.txt", ARTICLE_ES.encode("latin-1"), "not UTF-8", "fail:not valid UTF-8")
    c.add("plain/nul.html", b"<html>\x00\x00\x00</html>", "binary", "fail:binary file, not text")
    # unsupported and hidden files
    for name in ("report.pdf", "memo.docx", "photo.png", "notes.md", "data.csv", "README", "archive.zip"):
        data = {"report.pdf": b"%PDF-1.4\n%%EOF\n", "memo.docx": b"PK\x03\x04broken"}.get(name, b"some bytes")
        expect = "fail:" if name.endswith((".pdf", ".docx")) else "skip"  # named on a Skipped: line
        c.add(f"unsupported/{name}", data, "unsupported or damaged", expect)
    c.add("hidden/.DS_Store", b"\x00\x00\x00\x01Bud1", "hidden file", "skip")
    c.add("hidden/.draft.txt", ARTICLE_EN, "hidden file", "skip")
    c.add("hidden/.git/config", "[core]\n", "hidden folder", "skip")
    # decompression bombs and damaged archives
    c.add("archives/bomb.warc.gz", _warc_bomb(), "decompression bomb", "fail:decompression bomb")
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", compression=zipfile.ZIP_DEFLATED) as archive, \
            archive.open("word/document.xml", "w", force_zip64=True) as member:
        for _ in range(120):
            member.write(bytes(1_000_000))
    c.add("archives/bomb.docx", zbuf.getvalue(), "zip bomb", "fail:zip bomb")
    c.add("archives/not_gzip.warc.gz", b"\x1f\x8bnot really gzip", "damaged archive", "fail:not a valid WARC file")
    c.add("archives/truncated.warc", warc([page(ARTICLE_EN), page(ARTICLE_ES)])[:-200], "truncated WARC", "any")
    c.add("archives/scan.pdf", _make_fixtures().pdf_bytes([[]]), "PDF without text", "fail:no text layer")
    c.add("archives/encrypted_ish.pdf", b"%PDF-1.7\n1 0 obj<</Encrypt 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
          "damaged PDF", "fail:PDF")
    c.add("mail/empty.eml", b"", "empty", "fail:empty file")
    c.add("mail/no_envelope.mbox", b"Subject: x\n\nbody\n", "not an mbox", "fail:not an mbox mailbox")


def _warc_bomb() -> bytes:
    """A gzipped WARC of one response record with 150 MB of zeros (about 150 KB on disk), written in chunks."""
    size = 150_000_000
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % size
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/bomb\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
            b"WARC-Date: 2025-03-04T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n" % (len(http) + size))
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
        gz.write(head + http)
        for _ in range(size // 1_000_000):
            gz.write(bytes(1_000_000))
        gz.write(b"\r\n\r\n")
    return out.getvalue()


def special_files(c: Corpus) -> None:
    """FIFOs, devices behind symlinks, symlink loops, a socket: refused by type, never opened."""
    special = c.root / "special"
    special.mkdir(parents=True, exist_ok=True)
    os.mkfifo(special / "a.txt")
    c.note(special / "a.txt", "FIFO", "fail:a FIFO (named pipe)")
    os.mkfifo(special / "feed.xml")
    c.note(special / "feed.xml", "FIFO", "fail:a FIFO (named pipe)")
    os.mkfifo(special / "lines.jsonl")
    c.note(special / "lines.jsonl", "FIFO", "fail:a FIFO (named pipe)")
    for name, target in (("zero.txt", "/dev/zero"), ("random.txt", "/dev/urandom"), ("null.html", "/dev/null"),
                         ("zero.warc.gz", "/dev/zero"), ("zero.mbox", "/dev/zero")):
        os.symlink(target, special / name)
        c.note(special / name, "symlink to a device", "fail:a device, not a regular file")
    os.symlink(special / "loop_b.txt", special / "loop_a.txt")
    os.symlink(special / "loop_a.txt", special / "loop_b.txt")
    for name in ("loop_a.txt", "loop_b.txt"):
        c.note(special / name, "symlink loop", "fail:symbolic link loop")
    os.symlink(special / "gone.txt", special / "dangling.txt")
    c.note(special / "dangling.txt", "broken symlink", "fail:broken symbolic link")
    os.symlink(c.root, special / "up")  # a folder link back to the top: a loop if followed
    c.note(special / "up", "symlink to a folder", "skip")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(special / "s.txt"))
        c.note(special / "s.txt", "socket", "fail:a socket")
    except OSError:  # a path too long for AF_UNIX: no socket case then
        pass
    finally:
        sock.close()


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    lambda r, d: bytes(b ^ (1 << r.randrange(8)) if r.random() < 0.02 else b for b in d),  # flip bits
    lambda r, d: d[:r.randrange(len(d) + 1)],  # truncate
    lambda r, d: _splice(r, d, bytes(r.randrange(256) for _ in range(r.randrange(1, 64)))),  # random bytes
    lambda r, d: _splice(r, d, _random_text(r).encode("utf-8", "surrogatepass")),  # random unicode, surrogates too
    lambda r, d: _splice(r, d, d[r.randrange(len(d)):][:r.randrange(1, 40)] * r.randrange(2, 200)),  # repeat
    lambda r, d: _splice(r, d, r.choice([b"<", b"&", b"]]>", b"&#0;", b"&#x110000;", b"\\ud800", b"{", b"\"",
                                         b"\r", b"\x00", b"<![CDATA[", b"<!--", b"-->", b"\xef\xbb\xbf"]) * r.randrange(1, 50)),
    lambda r, d: d[::-1] if r.random() < 0.1 else d.replace(b"e", b"\xc3", r.randrange(1, 20)),
]


def _splice(r: random.Random, data: bytes, piece: bytes) -> bytes:
    at = r.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


def _random_text(r: random.Random) -> str:
    """A short random string over all of Unicode, lone surrogates and controls included."""
    return "".join(chr(r.choice([r.randrange(0x20, 0x7f), r.randrange(0, 0x20), r.randrange(0xd800, 0xe000),
                                 r.randrange(0x80, 0x110000)])) for _ in range(r.randrange(1, 40)))


def fuzzed(c: Corpus, seed: int, per_format: int) -> None:
    """``per_format`` seeded mutations of one valid file in each format."""
    fixtures = _make_fixtures()
    valid = {
        "txt": ARTICLE_EN.encode(),
        "html": page(ARTICLE_ES).encode(),
        "jsonl": (json.dumps({"text": ARTICLE_EN, "published": "2025-03-04"}) + "\n"
                  + json.dumps({"html": page(ARTICLE_ES)}) + "\n").encode(),
        "rss": rss([("A", "Tue, 04 Mar 2025 10:00:00 -0600", ARTICLE_EN), ("B", "Wed, 05 Mar 2025", ARTICLE_ES)]).encode(),
        "atom": atom(ARTICLE_EN).encode(),
        "warc": warc([page(ARTICLE_EN), page(ARTICLE_ES)]),
        "warc.gz": warc([page(ARTICLE_EN)], gz=True),
        "pdf": fixtures.pdf_bytes([[ARTICLE_EN.replace("\n\n", " ")], [ARTICLE_ES.replace("\n\n", " ")]]),
        "docx": docx_bytes(ARTICLE_ES),
        "eml": eml_bytes(ARTICLE_EN),
    }
    for kind, data in valid.items():
        rng = random.Random(f"{seed}-{kind}")
        for i in range(per_format):
            mutated = data
            for _ in range(rng.randrange(1, 4)):
                mutated = rng.choice(MUTATIONS)(rng, mutated)
            c.add(f"fuzz/{kind.replace('.', '_')}/{i:03d}.{kind}", mutated, f"fuzzed {kind}", "any")


def build(root: Path, *, seed: int = 16, fuzz: int = 42) -> Manifest:
    """Write the hostile corpus under ``root`` (created) and return its manifest (also written beside it)."""
    root.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)
    crafted(corpus)
    special_files(corpus)
    fuzzed(corpus, seed, fuzz)
    (root.parent / "hostile_manifest.json").write_text(json.dumps(corpus.manifest, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
    return corpus.manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--fuzz", type=int, default=42, help="mutated files per format")
    args = parser.parse_args()
    manifest = build(args.out, seed=args.seed, fuzz=args.fuzz)
    categories: dict[str, int] = {}
    for entry in manifest.values():
        categories[entry["category"]] = categories.get(entry["category"], 0) + 1
    print(f"{len(manifest)} files in {args.out}")
    for category, n in sorted(categories.items()):
        print(f"  {n:4d}  {category}")


if __name__ == "__main__":
    main()
