"""Reconciliation of "a year later" / "al año siguiente" (issue 12): the fiscal year after the period told before it,
in the same sentence or the claim before; with none before, no period. Hand-written EN and ES pages against the real
CBP series."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.analyze.periods import Period, find_periods
from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")
PAGES = [
    ("2024-08-02", "en", "Fentanyl at the ports\n\nNOGALES, Ariz. — U.S. Customs and Border Protection seized 14,700 "
     "pounds of fentanyl in fiscal 2022, agency data show.\n\nA year later, CBP seized 27,023 pounds of fentanyl."),
    ("2024-08-02", "es", "Fentanilo en la frontera\n\nLa Oficina de Aduanas y Protección Fronteriza (CBP) aseguró 11 mil "
     "201 libras de fentanilo en el año fiscal 2021.\n\nAl año siguiente, la CBP decomisó 14 mil 700 libras de "
     "fentanilo."),
]


def test_a_year_later_is_the_year_after_the_period_before():
    fy22 = Period("2021-10", "2022-09", "fiscal 2022", 0, 11, "fy")
    text = "CBP seized 14,700 pounds in fiscal 2022. A year later, it seized 27,023 pounds."
    assert [(p.start, p.end) for p in find_periods(text, published="2024-05-01", fiscal_context=True)] \
        == [("2021-10", "2022-09"), ("2022-10", "2023-09")]
    assert [(p.start, p.end) for p in find_periods("Un año después, la CBP decomisó 27 mil libras.",
                                                   published="2024-05-01", fiscal_context=True, previous=fy22)] \
        == [("2022-10", "2023-09")]
    # with no period told before, none: "the next fiscal year" of a budget is still to come
    assert find_periods("The agency expects more seizures the next fiscal year.", published="2024-05-01",
                        fiscal_context=True) == []


@pytest.fixture(scope="module")
def later(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of the pages above, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("later")
    engine = open_store(folder / "later.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": f"https://example.test/later/{i}", "title": text.split("\n")[0],
                                         "published": pub, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                             for i, (pub, lang, text) in enumerate(PAGES)), encoding="utf-8")
    assert not ingest_documents(engine, iter_documents([pages])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("text", "start", "official"), [
    ("27,023 pounds of fentanyl", "2022-10", 27022.85),
    ("14 mil 700 libras de fentanilo", "2021-10", 14699.88),
])
def test_reconcile_a_year_later(later, text, start, official):
    claim = later[text]
    assert (claim["period"]["start"][:7], claim["official_value"], claim["verdict"]) == (start, official, "consistent")
