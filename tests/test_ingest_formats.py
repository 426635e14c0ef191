"""PDF, DOCX, EML and MBOX: readers, sources, and spans that index the raw text layer exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from pesquisa.ingest import PAGE_BREAK, IngestFailure, iter_documents, read_path
from pesquisa.pipeline import ingest_documents
from pesquisa.records import RawDocument
from pesquisa.store import open_store
from pesquisa.store import schema as t

DATA = Path(__file__).resolve().parent / "data"
FORMATS = ("navy_seizure.pdf", "extradition.docx", "tip.eml", "desk.mbox")


@pytest.fixture(scope="module")
def formats_db(tmp_path_factory):
    """A store with the four fixture files of tests/data ingested (engine)."""
    folder = tmp_path_factory.mktemp("formats")
    for name in FORMATS:
        shutil.copy(DATA / name, folder / name)
    engine = open_store(folder / "kb.sqlite")
    report = ingest_documents(engine, iter_documents([folder / n for n in FORMATS]))
    assert report.failed == []
    return engine


def _make_fixtures():
    """The module tests/data/make_fixtures.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ingest_formats_fixtures_are_what_the_script_makes():
    module = _make_fixtures()
    assert module.pdf_bytes(module.PDF_PAGES) == (DATA / "navy_seizure.pdf").read_bytes()
    assert bytes(module.TIP) == (DATA / "tip.eml").read_bytes()


def test_ingest_formats_pdf_pages_kept():
    [doc] = read_path(DATA / "navy_seizure.pdf")
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.content_type, doc.title) == ("navy_seizure.pdf", "text", "Navy seizure")
    first, second = doc.raw.split(PAGE_BREAK)
    assert first.startswith("Navy seizes cocaine in Manzanillo\nThe Mexican Navy seized 1,200 kilograms")
    assert second == "Officials in Colima said the shipment had arrived from Colombia aboard a container ship."
    offset = doc.raw.index("Colima")
    assert doc.raw.count("\f", 0, offset) + 1 == 2  # the page of an offset


def test_ingest_formats_docx_paragraphs_and_table():
    [doc] = read_path(DATA / "extradition.docx")
    assert doc.title == "Extradition hearing"
    assert doc.raw.splitlines() == [
        "Extradition hearing postponed",
        "A federal judge in Mexico City postponed the extradition hearing of Ovidio Guzmán until March, "
        "defense lawyer Juan Pablo Badillo told reporters on Friday.",
        "Charge\tCourt",
        "Drug trafficking\tSouthern District of New York",
        "The Attorney General's Office said the request from Washington was complete.",
    ]


def test_ingest_formats_eml_body_and_text_attachment():
    docs = list(read_path(DATA / "tip.eml"))
    assert [(d.source, d.title, d.published) for d in docs] == [
        ("tip.eml", "Tip: checkpoint in Sonora", "2025-02-03"),
        ("tip.eml#report.txt", "Tip: checkpoint in Sonora", "2025-02-03"),
    ]  # the PNG is passed over
    assert docs[1].raw.startswith("The Sonora state police arrested four men")


def test_ingest_formats_mbox_messages_numbered():
    docs = list(read_path(DATA / "desk.mbox"))
    assert [d.source for d in docs] == ["desk.mbox#1", "desk.mbox#2", "desk.mbox#2#notes.txt"]
    assert docs[0].published == "2025-03-04" and docs[1].title == "Meeting in Washington"


@pytest.mark.parametrize("source, surface", [
    ("navy_seizure.pdf", "Rafael Ojeda"),
    ("navy_seizure.pdf", "Colombia"),  # on the second page, after the page break
    ("extradition.docx", "Juan Pablo Badillo"),
    ("tip.eml#report.txt", "Luis Pérez"),
    ("desk.mbox#2", "Antony Blinken"),
])
def test_ingest_formats_spans_round_trip_into_the_raw_text_layer(formats_db, source, surface):
    with formats_db.connect() as conn:
        doc = conn.execute(select(t.documents).where(t.documents.c.source == source)).mappings().one()
        rows = conn.execute(select(t.mentions).where(t.mentions.c.document_id == doc["id"],
                                                     t.mentions.c.text == surface)).mappings().all()
    assert rows, f"{surface} not found in {source}"
    for row in rows:
        assert doc["raw"][row["raw_start"]:row["raw_end"]] == surface
        assert doc["body"][row["start"]:row["end"]] == surface


def test_ingest_formats_pdf_quantity_round_trips(formats_db):
    with formats_db.connect() as conn:
        doc = conn.execute(select(t.documents).where(t.documents.c.source == "navy_seizure.pdf")).mappings().one()
        rows = conn.execute(select(t.quantities).where(t.quantities.c.document_id == doc["id"])).mappings().all()
    cocaine = next(r for r in rows if r["item"] == "cocaine")
    assert (cocaine["value"], cocaine["unit"]) == (1200, "kg")
    assert doc["raw"][cocaine["raw_start"]:cocaine["raw_end"]] == cocaine["text"]


@pytest.mark.parametrize("name, data, problem", [
    ("scan.pdf", None, "PDF of 1 page(s) has no text layer (a scan? run OCR first)"),
    ("fake.pdf", b"just words, no pdf", "not a PDF file (no %PDF- header)"),
    ("fake.docx", b"PK\x03\x04garbage", "damaged zip archive (File is not a zip file)"),
    ("words.docx", b"plain words", "not a DOCX file (not a zip archive)"),
    ("box.mbox", b"Subject: no envelope\n\nbody\n", "not an mbox mailbox (does not start with a 'From ' line)"),
    ("empty.eml", b"", "empty file"),
])
def test_ingest_formats_bad_files_named(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(_make_fixtures().pdf_bytes([[]]) if data is None else data)
    [failure] = read_path(path)
    assert isinstance(failure, IngestFailure)
    assert str(failure) == f"{path}: {problem}"


def test_ingest_formats_docx_zip_bomb_refused(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 150_000_000)
    [failure] = read_path(path)
    assert failure.problem.startswith("zip bomb: 150,000,000 bytes from ")
    assert failure.problem.endswith("(more than 100x, PESQUISA_MAX_COMPRESSION_RATIO)")
