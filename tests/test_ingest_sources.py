"""A text file's URL from a SOURCES.tsv beside it or a .url sidecar (issue 11)."""

from __future__ import annotations

from pesquisa.ingest import iter_documents

TEXT = "Federal agents seized 40 kilograms of fentanyl in Nogales on Monday, officials said.\n"


def test_ingest_sources_tsv_gives_each_file_its_url(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + "Again.\n", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("file\turl\tquery\na.txt\thttps://example.com/2022/06/29/a\tq\n"
                                          "broken line\n", encoding="utf-8")
    docs = {d.source: d for d in iter_documents([tmp_path])}
    assert docs["a.txt"].url == "https://example.com/2022/06/29/a"
    assert docs["b.txt"].url is None
    assert set(docs) == {"a.txt", "b.txt"}  # the table itself is not a document


def test_ingest_sources_sidecar_wins_and_reads_internet_shortcuts(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.url").write_text("[InternetShortcut]\nURL=https://example.com/2021/10/08/x\n", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("file\turl\na.txt\thttps://other.example/y\n", encoding="utf-8")
    (doc,) = list(iter_documents([tmp_path / "a.txt"]))
    assert doc.url == "https://example.com/2021/10/08/x"
