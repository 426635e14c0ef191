"""Fixtures of the tracker tests: a small store of hand-written articles and hand-written official rows.

``tracker_store``: ``tests/data/tracker_articles.jsonl`` (a fentanyl seizure told by two
outlets, a transfer of 29 cartel figures, a homicide figure, a cocaine seizure by US customs
and one by Spanish customs, a meeting of the two governments) plus a CBP file and a SESNSP
file written here, a few rows each, so every series point is known. Built once per session;
tests only read it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "frameworks" / "mini.yaml"
CBP_HEADER = ("FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,"
              "Sum Qty (lbs)\n")
# FY2025: October 2024 to March 2025. Fentanyl: 100 lb in Oct, 50 + 20 lb in Nov, 10 lb in Mar.
CBP_ROWS = ("2025,OCT,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,4,100\n"
            "2025,NOV,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,2,50\n"
            "2025,NOV,U.S. Border Patrol,Southwest Border,Land Only,TUCSON SECTOR,Fentanyl,1,20\n"
            "2025,MAR,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,1,10\n"
            "2025,MAR,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Cocaine,3,300\n")
# Victims of intentional homicide; February 2025 is the file's trailing placeholder zero.
SESNSP_ROWS = ("isodate,entidad,delito,total\n"
               "2024-12-01,Nacional,Homicidio doloso,2000\n"
               "2025-01-01,Nacional,Homicidio doloso,1900\n"
               "2025-01-01,Sinaloa,Homicidio doloso,150\n"
               "2025-02-01,Nacional,Homicidio doloso,0\n")


@pytest.fixture(scope="session")
def tracker_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SQLite store: the hand-written tracker articles, a hand-written CBP file and SESNSP file imported."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents
    from pesquisa.store import open_store

    folder = tmp_path_factory.mktemp("tracker")
    (folder / "cbp.csv").write_text(CBP_HEADER + CBP_ROWS, encoding="utf-8")
    (folder / "victims.csv").write_text(SESNSP_ROWS, encoding="utf-8")
    engine = open_store(folder / "tracker.sqlite")
    assert not ingest_documents(engine, iter_documents([DATA / "tracker_articles.jsonl"])).failed
    assert import_official(engine, "cbp", [str(folder / "cbp.csv")]).ok
    assert import_official(engine, "sesnsp", [str(folder / "victims.csv")]).ok
    engine.dispose()
    return folder / "tracker.sqlite"
