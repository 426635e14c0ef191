"""Reconciliation of a joint total whose joint word comes before its period (issue 12): "incautaron conjuntamente 50
toneladas ... durante el año fiscal 2024" is several countries' total, with no official figure, and "en ese mismo año
fiscal" after it is that fiscal year; hand-written ES and EN pages against the real CBP series."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")
PAGES = [
    ("2025-04-10", "es", "Cocaína en el Pacífico\n\nLas autoridades de Estados Unidos, México y Colombia incautaron "
     "conjuntamente 50 toneladas de cocaína en el Pacífico durante el año fiscal 2024, según un comunicado.\n\nLa CBP, "
     "por su parte, decomisó 68 mil libras de cocaína en todo el país en ese mismo año fiscal, según sus estadísticas."),
    ("2025-02-02", "en", "Joint operations\n\nU.S. and Colombian forces jointly seized 41 tons of cocaine in the "
     "eastern Pacific in fiscal year 2024, officials said."),
]


@pytest.fixture(scope="module")
def joint(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of the pages above, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("joint")
    engine = open_store(folder / "joint.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": f"https://example.test/joint/{i}", "title": text.split("\n")[0],
                                         "published": pub, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                             for i, (pub, lang, text) in enumerate(PAGES)), encoding="utf-8")
    assert not ingest_documents(engine, iter_documents([pages])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


def test_reconcile_a_joint_word_before_the_period_is_several_countries_total_issue_12(joint):
    for start in ("50 toneladas", "41 tons"):
        claim = next(c for t, c in joint.items() if t.startswith(start))
        assert claim["verdict"] == "no official series" and "official_value" not in claim, start
        assert "several countries" in claim["reason"]


def test_reconcile_that_same_fiscal_year_is_the_fiscal_year_before_issue_12(joint):
    claim = next(c for t, c in joint.items() if t.startswith("68 mil libras"))
    assert (claim["period"]["start"], claim["period"]["end"]) == ("2023-10-01", "2024-09-30")
    assert (claim["official_value"], claim["verdict"]) == (68215.07, "consistent")
