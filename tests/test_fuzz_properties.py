"""Issue 16: property-based fuzzing (Hypothesis) of every reader and of cleaning + extraction.

Bounded so the suite stays fast (a few dozen examples each); for a long run:
``PESQUISA_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz_properties.py``.
Properties: nothing raises; every item is a document or a failure naming the file; every
document's text can be stored (valid Unicode); every extracted span indexes the clean
body exactly and maps inside the raw text.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pesquisa.ingest import SUPPORTED_SUFFIXES, IngestFailure, read_path
from pesquisa.limits import Limits
from pesquisa.pipeline import process_document
from pesquisa.records import Extraction, RawDocument

EXAMPLES = int(os.environ.get("PESQUISA_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
LIMITS = Limits(document_timeout=30)

# Bytes that look like each format often enough to get past the first check.
PREFIXES = {
    ".html": b"<html><head><meta charset='utf-8'></head><body><p>", ".htm": b"<p>",
    ".jsonl": b'{"text": "', ".rss": b'<?xml version="1.0"?><rss version="2.0"><channel><item><description>',
    ".atom": b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>', ".xml": b"<rss><channel><item><title>",
    ".warc": b"WARC/1.0\r\nWARC-Type: response\r\n", ".warc.gz": b"\x1f\x8b\x08\x00", ".pdf": b"%PDF-1.4\n",
    ".docx": b"PK\x03\x04", ".eml": b"Subject: x\r\nContent-Type: text/plain\r\n\r\n", ".mbox": b"From x\nSubject: y\n\n",
    ".txt": b"",
}
assert set(PREFIXES) == set(SUPPORTED_SUFFIXES)


def _check(items: list, path: Path) -> None:
    for item in items:
        assert isinstance(item, RawDocument | IngestFailure), item
        if isinstance(item, IngestFailure):
            assert item.path == str(path) and item.problem and "\n" not in item.problem
        else:
            item.raw.encode("utf-8")  # storable
            assert item.raw.strip()


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
@FUZZ
@given(data=st.binary(max_size=2048), text=st.text(max_size=300))
def test_fuzz_every_reader_never_raises(suffix, data, text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"f{suffix}"
        path.write_bytes(PREFIXES[suffix] + text.encode("utf-8", "surrogatepass") + data)
        _check(list(read_path(path, LIMITS)), path)


@FUZZ
@given(text=st.text(min_size=1, max_size=600), kind=st.sampled_from(["text", "html"]))
def test_fuzz_clean_and_extract_on_random_unicode(text, kind):
    raw = RawDocument(source="fuzz.txt", raw=text, content_type=kind, path="/fuzz/fuzz.txt")
    result = process_document(raw, LIMITS)
    if isinstance(result, IngestFailure):
        assert result.stage in {"clean", "extract"} and "internal error" not in result.problem, result.detail
        return
    assert isinstance(result, Extraction)
    body, offsets = result.document.body, result.document.offsets
    spans = [m.span for e in result.entities for m in e.mentions] + [q.span for q in result.quotes] + \
            [n.span for n in result.quantities] + [d.span for d in result.dates]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(body)
        raw_span = offsets.span_to_raw(span)
        assert 0 <= raw_span.start <= raw_span.end <= len(text)
    for e in result.entities:
        for m in e.mentions:
            assert body[m.span.start:m.span.end] == m.text


NEWS_WORDS = st.sampled_from(["Marina", "seized", "40", "kilograms", "of", "cocaine", "in", "Sinaloa", "said", "\u201c",
                              "\u201d", "\n\n", "Ebrard", "1,200", "millones", "de", "pesos", ".", ",", "El", "The",
                              "Secretary", "Navy", "2024", "March", "12%", "Ã", "Â", "&amp;", "<p>", "—"])


@FUZZ
@given(words=st.lists(NEWS_WORDS, min_size=1, max_size=120))
def test_fuzz_extract_on_news_like_word_soup(words):
    text = " ".join(words)
    result = process_document(RawDocument(source="soup.txt", raw=text, path="/fuzz/soup.txt"), LIMITS)
    if isinstance(result, IngestFailure):
        assert "internal error" not in result.problem, result.detail
        return
    body = result.document.body
    for q in result.quantities:
        assert body[q.span.start:q.span.end] == q.text
    for quote in result.quotes:
        assert body[quote.span.start:quote.span.end] == quote.text
