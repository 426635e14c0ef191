"""A rank written with a hyphen ("Brigadier-General X", "Brig-Gen X", "Lt-Col X") is the person's title, not part of
the name: two outlets writing it in full and short name one person."""

from __future__ import annotations

from pathlib import Path

from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store

FULL = ("Customs arrest two at Tema port over cocaine\n\nAccra, 3 March 2026\n\nThe head of immigration, "
        "Brigadier-General Kwadwo Asare Boakye, said on Monday that two Dutch nationals were "
        "arrested at Tema port with 40 kilograms of cocaine.\n\nLt-Col Efua Danquah led the search of the container.\n")
SHORT = ("Two Dutchmen held with cocaine at Tema\n\n4 March 2026\n\nImmigration boss Brig-Gen Kwadwo Boakye said "
         "the two men were arrested on Monday at Tema port with 40 kilograms of cocaine.\n")


def _people(tmp_path: Path) -> dict[tuple[str, str], str]:
    (tmp_path / "full.txt").write_text(FULL, encoding="utf-8")
    (tmp_path / "short.txt").write_text(SHORT, encoding="utf-8")
    store = open_store(tmp_path / "kb.sqlite")
    ingest_documents(store, [d for p in sorted(tmp_path.glob("*.txt")) for d in iter_documents([p])])
    return {(Path(doc["source"]).name, e["name"]): e["id"] for doc in evaluation_export(store)["documents"]
            for e in doc["entities"] if e["type"] == "person"}


def test_xdoc_people_a_hyphenated_rank_full_or_short_is_no_part_of_the_name(tmp_path: Path):
    people = _people(tmp_path)
    assert ("full.txt", "Kwadwo Asare Boakye") in people
    assert ("full.txt", "Efua Danquah") in people
    assert people[("full.txt", "Kwadwo Asare Boakye")] == people[("short.txt", "Kwadwo Asare Boakye")]
