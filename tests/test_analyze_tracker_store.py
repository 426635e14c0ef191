"""The tracker over real stores: hand-written articles with hand-written official rows, and the shared corpus.

The mini framework (``tests/data/frameworks/mini.yaml``) runs on the same code as the
Bicentennial one. On the shared corpus only behaviour is asserted (goals covered, spans exact,
each happening once), never the gold's answers.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from _tracker_fixtures import MINI
from _web_fixtures import body_of

from pesquisa.analyze.tracker import tracker_report
from pesquisa.store import open_store

LBS_TO_KG = 0.45359237


def by_indicator(report: dict) -> dict[str, dict]:
    return {i["id"]: i for g in report["goals"] for i in g["indicators"]}


def bodies_of(engine) -> dict[str, str]:
    """Document id -> clean body, for every document of the store."""
    from pesquisa.store import read

    return {d["id"]: body_of(engine, d["id"]) for d in read.documents(engine, limit=10_000).items}


def assert_spans_exact(report: dict, bodies: dict[str, str]) -> int:
    """Every evidence item (and every other report of it) is the clean body at its span; how many were checked."""
    checked = 0
    for ind in by_indicator(report).values():
        ids = [e["fact_id"] for e in ind["evidence"]]
        assert len(ids) == len(set(ids)), ind["id"]
        for e in ind["evidence"]:
            for item in (e, *e["also"]):
                assert bodies[item["document_id"]][item["start"]:item["end"]] == item["text"], (ind["id"], item)
                assert item["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", item["date"])
                checked += 1
    return checked


def test_analyze_tracker_store_mini_framework_on_hand_written_articles(tracker_store):
    engine = open_store(tracker_store, create=False)
    report = tracker_report(engine, str(MINI)).to_dict()
    assert (report["framework"], [g["id"] for g in report["goals"]]) == ("mini", ["supply", "justice"])
    ind = by_indicator(report)

    def items(key: str) -> list[tuple]:
        return [(e["fact"], e["text"], e.get("value"), e["date"], len(e["also"])) for e in ind[key]["evidence"]]

    # one seizure told in English and in Spanish: once, the Spanish report under "also"
    assert items("fentanyl-kg") == [("quantity", "350 kilograms of fentanyl", 350.0, "2025-03-04", 1)]
    assert ind["fentanyl-kg"]["evidence"][0]["also"][0]["text"] == "350 kilogramos de fentanilo"
    # the 2 tonnes seized by Spain's customs in Algeciras are not the two governments' figure
    assert items("cocaine-kg") == [("quantity", "40 kilograms of cocaine", 40.0, "2025-03-04", 0)]
    assert items("killings") == [("quantity", "12%", -12.0, "2025-03-04", 0)]
    assert items("sent-north") == [("event", "Mexico sent 29 cartel figures to the United States to face justice on "
                                             "Monday, Security Minister Omar García Harfuch said.", 29.0, "2025-03-03", 0)]
    assert [e["text"][:60] for e in ind["talks"]["evidence"]] == [
        "WASHINGTON — U.S. Secretary of State Antony Blinken met with"]
    # official series by month: CBP kilograms (100 lb, 50 + 20 lb, 10 lb), SESNSP cut before the placeholder zero
    fentanyl = ind["fentanyl-kg"]["series"][0]
    assert [(p["date"], p["value"]) for p in fentanyl["points"]] == [
        ("2024-10", round(100 * LBS_TO_KG, 2)), ("2024-11", round(70 * LBS_TO_KG, 2)), ("2025-03", round(10 * LBS_TO_KG, 2))]
    assert (fentanyl["unit"], fentanyl["first"], fentanyl["last"], fentanyl["files"]) == ("kg", "2024-10", "2025-03",
                                                                                          ["cbp.csv"])
    victims = ind["killings"]["series"][0]
    assert [(p["date"], p["value"]) for p in victims["points"]] == [("2024-12", 2000), ("2025-01", 1900)]
    assert "series" not in ind["cocaine-kg"]
    # latest: March's CBP month ends after the seizure of 4 March; the homicide figure is newer than January's series
    assert {k: ind["fentanyl-kg"]["latest"][k] for k in ("value", "date", "source")} == {
        "value": 4.54, "date": "2025-03", "source": "cbp-nationwide"}
    assert {k: ind["killings"]["latest"][k] for k in ("value", "unit", "date", "text")} == {
        "value": -12.0, "unit": "%", "date": "2025-03-04", "text": "12%"}
    assert ind["talks"]["latest"] is None  # meetings carry no figure
    assert assert_spans_exact(report, bodies_of(engine)) == 6  # 5 items and the Spanish report of one


def test_analyze_tracker_store_bicentennial_on_news_and_dev(kb):
    report = tracker_report(kb).to_dict()
    assert [g["id"] for g in report["goals"]] == ["protect", "prevent", "pursue"]
    evidenced = {g["id"]: [i["id"] for i in g["indicators"] if i["evidence"]] for g in report["goals"]}
    assert all(evidenced.values()), evidenced  # every goal has evidence
    assert sum(len(v) for v in evidenced.values()) >= 6, evidenced
    assert assert_spans_exact(report, bodies_of(kb)) >= 20
    ind = by_indicator(report)
    assert all(e["fact"] == "quantity" and e["value"] > 0 for e in ind["firearms-seized"]["evidence"])
    assert all(e["fact"] == "event" for e in ind["joint-meetings"]["evidence"])
    assert all("series" not in i for i in ind.values())  # no official data in this store


@pytest.mark.slow
def test_analyze_tracker_store_bicentennial_on_the_shared_corpus_with_official_data(kb, shared, tmp_path):
    """news, dev, dx and dy with the CBP and SESNSP series imported (the issue's check; about 40 s)."""
    from _web_fixtures import copy_sqlite

    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    db = copy_sqlite(Path(kb.url.database), tmp_path / "all.sqlite")
    engine = open_store(db)
    folder = tmp_path / "more"
    folder.mkdir()
    for name in ("dx", "dy"):
        for path in sorted((shared / "corpus" / name).glob("*.txt")):
            shutil.copy(path, folder / path.name)
    assert not ingest_documents(engine, iter_documents([folder])).failed
    cbp = sorted(str(p) for p in (shared / "data" / "seizures" / "cbp").glob("nationwide-drugs-*.csv"))
    assert import_official(engine, "cbp", cbp).ok
    victims = shared / "data" / "mexico" / "sesnsp-victimas" / "timeseries_victimas.csv"
    assert import_official(engine, "sesnsp", [str(victims)]).ok
    report = tracker_report(engine).to_dict()
    evidenced = {g["id"]: [i["id"] for i in g["indicators"] if i["evidence"]] for g in report["goals"]}
    assert all(evidenced.values()) and sum(len(v) for v in evidenced.values()) >= 6, evidenced
    assert assert_spans_exact(report, bodies_of(engine)) >= 50
    ind = by_indicator(report)
    assert [(s["id"], s["first"], s["last"]) for s in ind["fentanyl-seized"]["series"]] == [
        ("cbp-nationwide:fentanyl", "2018-10", "2026-04")]
    assert [(s["id"], s["last"]) for s in ind["homicides"]["series"]] == [
        ("sesnsp-victims:Homicidio doloso:Nacional", "2025-01")]
    assert ind["fentanyl-seized"]["latest"]["date"] == "2026-04"
    # every dated evidence item of an indicator comes in time order
    for i in ind.values():
        dates = [e["date"] for e in i["evidence"] if e["date"]]
        assert dates == sorted(dates), i["id"]
