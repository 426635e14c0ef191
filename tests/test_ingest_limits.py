"""Issue 16: only regular files are read, within limits; bad metadata and odd bytes never raise."""

from __future__ import annotations

import gzip
import json
import os
import re
import threading
import time

import pytest

from pesquisa.errors import ConfigError
from pesquisa.ingest import IngestFailure, decode_html, iter_documents, read_path
from pesquisa.ingest._files import printable_path
from pesquisa.ingest._readers import iso_date
from pesquisa.limits import DocumentTimeout, Limits, time_budget
from pesquisa.records import RawDocument

ARTICLE = "Mexican authorities seized 300 kilograms of cocaine in Sinaloa on Tuesday, the Navy said."


def _only(items) -> RawDocument | IngestFailure:
    items = list(items)
    assert len(items) == 1, items
    return items[0]


# -- file types ------------------------------------------------------------------------------


def test_ingest_limits_fifo_refused_without_blocking(tmp_path):
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    assert str(_only(read_path(fifo))) == f"{fifo}: a FIFO (named pipe), not a regular file: not read"


def test_ingest_limits_fifo_in_a_folder_named_and_the_rest_read(tmp_path):
    os.mkfifo(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    assert [str(i) if isinstance(i, IngestFailure) else i.source for i in items] == [
        f"{tmp_path / 'a.txt'}: a FIFO (named pipe), not a regular file: not read", "b.txt"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_ingest_limits_symlink_to_a_device_refused(tmp_path, device):
    link = tmp_path / "zero.txt"
    os.symlink(device, link)
    assert str(_only(read_path(link))) == f"{link}: a device, not a regular file: not read"


def test_ingest_limits_symlink_loop_and_broken_link(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "c.txt")
    assert _only(read_path(tmp_path / "a.txt")).problem == "symbolic link loop (too many levels of symbolic links)"
    assert _only(read_path(tmp_path / "c.txt")).problem == "broken symbolic link (its target does not exist)"


def test_ingest_limits_symlink_to_a_regular_file_followed(tmp_path):
    (tmp_path / "real.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "real.txt", tmp_path / "link.txt")
    assert _only(read_path(tmp_path / "link.txt")).raw == ARTICLE


def test_ingest_limits_symlinked_folder_not_followed(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "docs" / "loop")
    skipped = []
    items = list(iter_documents([tmp_path], on_skip=lambda p, r: skipped.append((p, r))))
    assert [i.source for i in items] == ["a.txt"]
    assert skipped == [(tmp_path / "docs" / "loop", "symbolic link to a folder: not followed")]


def test_ingest_limits_socket_refused(tmp_path):
    import socket

    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        assert _only(read_path(path)).problem == "a socket, not a regular file: not read"


# -- sizes --------------------------------------------------------------------------------------


def test_ingest_limits_file_over_the_byte_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 3, encoding="utf-8")
    failure = _only(read_path(path, Limits(max_file_bytes=100)))
    assert failure.problem == f"file of {len(ARTICLE) * 3:,} bytes exceeds the limit of 100 bytes (PESQUISA_MAX_FILE_BYTES)"


def test_ingest_limits_document_over_the_character_limit(tmp_path):
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": "Short one."}) + "\n",
                                         encoding="utf-8")
    limits = Limits(max_document_chars=50)
    assert _only(read_path(tmp_path / "long.txt", limits)).problem == (
        f"document of {len(ARTICLE)} characters exceeds the limit of 50 (PESQUISA_MAX_DOCUMENT_CHARS)")
    first, second = read_path(tmp_path / "lines.jsonl", limits)
    assert (first.location, second.source) == ("line 1", "lines.jsonl#2")


def _warc_of(body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (len(http) + len(body)))
    return gzip.compress(head + http + body + b"\r\n\r\n")


def test_ingest_limits_warc_decompression_bomb_stopped(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(_warc_of(bytes(5_000_000)))
    failure = _only(read_path(path))
    assert failure.location == "record 1"
    assert re.fullmatch(r"decompression bomb: 5,000,000 bytes from [\d,]+ compressed \(more than 100x, "
                        r"PESQUISA_MAX_COMPRESSION_RATIO\); the rest of the file is not read", failure.problem)


def test_ingest_limits_warc_uncompressed_total_capped(tmp_path):
    path = tmp_path / "big.warc.gz"
    path.write_bytes(_warc_of(os.urandom(3000)))
    failure = _only(read_path(path, Limits(max_uncompressed_bytes=1000)))
    assert failure.problem == ("more than 1,000 bytes once uncompressed (PESQUISA_MAX_UNCOMPRESSED_BYTES); "
                               "the rest of the file is not read")


# -- settings -----------------------------------------------------------------------------------


def test_ingest_limits_settings_from_env_and_overrides():
    env = {"PESQUISA_MAX_FILE_BYTES": "1_000", "PESQUISA_DOCUMENT_TIMEOUT": "2.5"}
    assert Limits.from_env(env) == Limits(max_file_bytes=1000, document_timeout=2.5)
    assert Limits.from_env(env, max_file_bytes=7).max_file_bytes == 7
    assert Limits.from_env({}) == Limits()


@pytest.mark.parametrize("value, message", [
    ("lots", "PESQUISA_MAX_DOCUMENT_CHARS: 'lots' is not a number"),
    ("-3", "PESQUISA_MAX_DOCUMENT_CHARS: must be a positive number, not '-3'"),
    ("inf", "PESQUISA_MAX_DOCUMENT_CHARS: must be a positive number, not 'inf'"),
])
def test_ingest_limits_bad_setting_is_a_config_error(value, message):
    with pytest.raises(ConfigError) as err:
        Limits.from_env({"PESQUISA_MAX_DOCUMENT_CHARS": value})
    assert str(err.value) == message


# -- the time budget ------------------------------------------------------------------------------


def test_ingest_limits_time_budget_interrupts_python_and_regex():
    with pytest.raises(DocumentTimeout), time_budget(0.2):
        while True:
            pass
    started = time.monotonic()
    with pytest.raises(DocumentTimeout), time_budget(0.2):
        re.match(r"(a+)+$", "a" * 40 + "b")  # catastrophic backtracking: the engine checks for signals
    assert time.monotonic() - started < 5


def test_ingest_limits_time_budget_nests_and_disarms():
    with time_budget(5) as armed:
        with time_budget(0.1):
            pass
        time.sleep(0.2)  # the inner budget is gone
    assert armed


def test_ingest_limits_time_budget_off_outside_the_main_thread():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(time_budget(1).__enter__()))
    thread.start()
    thread.join()
    assert seen == [False]


# -- content that used to raise -------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["base64", "rot-13", "uu", "zlib", "hex", "bz2", "utf-7", "unicode_escape", "idna",
                                   "undefined", "x-no-such"])
def test_ingest_limits_meta_charset_of_a_non_text_codec(codec):
    data = f'<html><head><meta charset="{codec}"></head><body><p>Señor {ARTICLE}</p></body></html>'.encode()
    assert "Señor Mexican authorities" in decode_html(data)


def test_ingest_limits_jsonl_deep_huge_and_surrogate_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    lines = ["[" * 100_000 + "]" * 100_000, '{"text": "x", "n": ' + "7" * 5000 + "}",
             json.dumps({"text": ARTICLE + " \ud800", "title": "T\udfff", "published": "2024-13-45"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    deep, big, good = read_path(path)
    assert str(deep) == f"{path} line 1: JSON nested too deeply to read"
    assert str(big).startswith(f"{path} line 2: not readable JSON (Exceeds the limit (4300 digits)")
    assert good.raw == ARTICLE + " \ufffd" and good.title == "T\ufffd" and good.published is None


@pytest.mark.parametrize("value, expected", [
    ("2024-13-45", None), ("2024-02-30", None), ("9999-12-31", None), ("0000", None), ("2024-02-29", "2024-02-29"),
    ("2024-06", "2024-06"), ("Tue, 04 Mar 2025 22:30:00 -0600", "2025-03-04"), ("Fri, 31 Dec 99999 00:00:00 GMT", None),
    ("2024-06-15T25:61:00", None), ("x" * 10_000, None), (None, None),
])
def test_ingest_limits_iso_date(value, expected):
    assert iso_date(value) == expected


def test_ingest_limits_latin1_file_name_printable(tmp_path):
    name = os.fsdecode(b"Se\xf1or.txt")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_bytes(b"")
    doc, failure = iter_documents([tmp_path])
    assert doc.source == "Se\\xf1or.txt" and doc.path == f"{tmp_path}/Se\\xf1or.txt"
    assert str(failure) == f"{tmp_path}/bad\\xff.txt: empty file"
    assert printable_path("plain.txt") == "plain.txt"


def test_ingest_limits_feed_with_entity_declarations_refused(tmp_path):
    path = tmp_path / "x.rss"
    path.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                    f'<rss version="2.0"><channel><item><description>&xxe; {ARTICLE}</description></item></channel></rss>',
                    encoding="utf-8")
    assert _only(read_path(path)).problem == "feed declares XML entities (<!ENTITY ...>): not read (entity expansion)"


def test_ingest_limits_feed_parser_crash_is_one_failure(tmp_path, monkeypatch):
    import feedparser

    def broken(_stream):
        raise ValueError("chr() arg not in range(0x110000)")

    monkeypatch.setattr(feedparser, "parse", broken)
    path = tmp_path / "x.rss"
    path.write_text(f'<rss version="2.0"><channel><item><description>{ARTICLE}</description></item></channel></rss>',
                    encoding="utf-8")
    assert _only(read_path(path)).problem == "feed cannot be parsed (ValueError: chr() arg not in range(0x110000))"


def test_ingest_limits_reader_bug_fails_the_file_and_the_walk_goes_on(tmp_path, monkeypatch):
    from pesquisa.ingest import _walk

    def broken(path, limits):
        yield RawDocument(source="first", raw="kept")
        raise AttributeError("'NoneType' object has no attribute 'startswith'")

    monkeypatch.setitem(_walk.READERS, ".txt", broken)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    first, failure, page = iter_documents([tmp_path])
    assert first.source == "first" and page.source == "b.html"
    assert str(failure) == f"{tmp_path / 'a.txt'}: internal error: AttributeError: 'NoneType' object has no attribute 'startswith'"
    assert "Traceback" in failure.detail


def test_ingest_limits_warc_record_without_uri_is_a_failure_not_a_crash(tmp_path):
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n")
    path = tmp_path / "x.warc"
    path.write_bytes(record)
    failure = _only(read_path(path))
    assert failure.problem.startswith("truncated or corrupt WARC file after record 0 (AttributeError:")

