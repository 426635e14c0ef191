"""Reconciliation of two months apart told with "and" (issue 12): "in January and March", "en julio y septiembre de
2024" are those two months summed, the months between left out; hand-written EN and ES pages against the real CBP
series and hand-written SESNSP-shaped counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")
PAGES = [
    ("2025-06-10", "en", "Fentanyl at the border\n\nSAN DIEGO — U.S. Customs and Border Protection keeps weighing what "
     "its officers take at the ports.\n\nFentanyl seizures in January and March together came to 1,790 pounds, the "
     "agency's figures show.\n\nIn May and June 2024, CBP seized 2,348 and 1,428 pounds of fentanyl, respectively."),
    ("2025-01-20", "es", "Decomisos de cocaína\n\nLa Oficina de Aduanas y Protección Fronteriza (CBP) publicó sus "
     "cifras mensuales.\n\nEn julio y septiembre de 2024, la CBP incautó 10,961 libras de cocaína.\n\nEn Sinaloa, el "
     "SESNSP registró 330 víctimas de homicidio doloso en octubre y diciembre de 2024."),
]


@pytest.fixture(scope="module")
def apart(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of the pages above, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("apart")
    engine = open_store(folder / "apart.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    victims = folder / "victimas.csv"
    victims.write_text("isodate,entidad,delito,total\n" + "".join(
        f"2024-{m:02d}-01,Sinaloa,Homicidio doloso,{n}\n" for m, n in ((9, 100), (10, 150), (11, 170), (12, 180))),
        encoding="utf-8")
    assert import_official(engine, "sesnsp", [str(victims)]).ok
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": f"https://example.test/apart/{i}", "title": text.split("\n")[0],
                                         "published": pub, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                             for i, (pub, lang, text) in enumerate(PAGES)), encoding="utf-8")
    assert not ingest_documents(engine, iter_documents([pages])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("text", "official", "start", "end"), [
    # January 1,027.79 + March 762.70 lb; "together" joins the two months, not two countries
    ("1,790 pounds", 1790.49, "2025-01-01", "2025-03-31"),
    ("10,961 libras de cocaína", 10961.34, "2024-07-01", "2024-09-30"),  # July + September, not September alone
    ("330 víctimas", 330.0, "2024-10-01", "2024-12-31"),  # October 150 + December 180, not November's 170
])
def test_reconcile_two_months_apart_are_summed_issue_12(apart, text, official, start, end):
    claim = apart[text]
    assert (claim["official_value"], claim["verdict"]) == (official, "consistent")
    assert (claim["period"]["start"], claim["period"]["end"], claim["period"]["form"]) == (start, end, "months-apart")
    assert " and 20" in claim["reason"]


def test_reconcile_two_months_told_respectively_give_each_figure_its_month_issue_12(apart):
    claim = apart["1,428 pounds of fentanyl"]  # June 2024 alone, not May and June together (3,775.66)
    assert (claim["official_value"], claim["verdict"], claim["period"]["start"]) == (1427.5, "consistent", "2024-06-01")
