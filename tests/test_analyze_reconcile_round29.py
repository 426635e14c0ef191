"""Reconciliation of claims as outlets word them (issue 12, round 29): the agency's total told of "CBP officers", a
calendar year through a month, a region that belongs to the next figure's clause, a month's change against an
earlier month in a page published before a year had passed, AMO and Border Patrol totals.

Hand-written EN and ES articles against the real nationwide and AMO CBP series and the SESNSP victims of the shared data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv", "amo-drug-seizures-fy19-fy22.csv",
             "amo-drug-seizures-fy23-fy26-dec.csv")

ARTICLES = [
    ("2024-12-04", "en", "A year at the border\n\nWASHINGTON — CBP officers seized 174,200 pounds of methamphetamine in "
                         "fiscal 2024, the agency said in its year-end review.\n"),
    ("2025-11-12", "es", "Cae el fentanilo\n\nSAN DIEGO.— Los oficiales de la CBP decomisaron 12 mil 27 libras de fentanilo "
                         "durante el año fiscal 2025, según la dependencia.\n"),
    ("2025-11-13", "en", "Officers and agents\n\nEL PASO — In fiscal 2025, CBP officers seized 10,340 pounds of fentanyl, "
                         "while Border Patrol agents seized 1,687 pounds.\n"),
    ("2024-06-18", "en", "Cocaine in 2024\n\nIn the calendar year through May, Customs and Border Protection seized "
                         "36,070 pounds of cocaine, figures show.\n"),
    ("2024-06-19", "es", "La cocaína en 2024\n\nEn el año calendario hasta mayo, la CBP aseguró 36 mil 70 libras de "
                         "cocaína.\n"),
    ("2024-12-11", "en", "Marijuana on the border\n\nIn fiscal 2024, Border Patrol agents seized 49,800 pounds of "
                         "marijuana nationwide, and agents at the southwest border seized 44,930 pounds.\n"),
    ("2025-02-24", "es", "Homicidios en Colima\n\nCOLIMA, Col.— En Colima, los homicidios dolosos bajaron 16% respecto a "
                         "septiembre de 2024, informó el SESNSP.\n"),
    ("2024-11-30", "en", "AMO's year\n\nAir and Marine Operations seized 189,300 pounds of cocaine in fiscal year 2024.\n"),
    ("2026-01-15", "en", "Marijuana a year on\n\nIn the October-December quarter of 2024, Border Patrol agents seized "
                         "7,802 pounds of marijuana, agency data show.\n"),
]


@pytest.fixture(scope="module")
def told(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of ``ARTICLES``, by the text of their figure."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("round29")
    engine = open_store(folder / "store.sqlite")
    cbp = shared / "data" / "seizures" / "cbp"
    assert import_official(engine, "cbp", [str(cbp / f) for f in CBP_FILES]).ok
    victims = shared / "data" / "mexico" / "sesnsp-victimas" / "timeseries_victimas.csv"
    assert import_official(engine, "sesnsp", [str(victims)]).ok
    pages = folder / "pages.jsonl"
    pages.write_text("".join(json.dumps({"url": f"https://example.test/r29/{i}", "title": text.split("\n")[0],
                                         "published": published, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
                             for i, (published, lang, text) in enumerate(ARTICLES)), encoding="utf-8")
    assert not ingest_documents(engine, iter_documents([pages])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("text", "start", "official"), [
    ("174,200 pounds of methamphetamine", "2023-10-01", 174196.97),  # "CBP officers seized ...": all of CBP
    ("12 mil 27 libras de fentanilo", "2024-10-01", 12027.28),  # "Los oficiales de la CBP decomisaron ..."
])
def test_reconcile_cbp_officers_tell_the_agency_total_issue_12(told, text, start, official):
    claim = told[text]
    assert (claim["scope"]["components"], claim["period"]["start"]) == (["OFO", "USBP"], start)
    assert (claim["official_value"], claim["verdict"]) == (official, "consistent")


@pytest.mark.parametrize(("text", "components", "official"), [
    ("10,340 pounds of fentanyl", ["OFO"], 10340.32),  # the officers beside Border Patrol agents: OFO's
    ("1,687 pounds", ["USBP"], 1686.96),
])
def test_reconcile_cbp_officers_beside_border_patrol_are_ofo_issue_12(told, text, components, official):
    claim = told[text]
    assert claim["scope"]["components"] == components
    assert (claim["official_value"], claim["verdict"]) == (official, "consistent")


@pytest.mark.parametrize("text", ["36,070 pounds of cocaine", "36 mil 70 libras de cocaína"])
def test_reconcile_calendar_year_through_a_month_issue_12(told, text):
    claim = told[text]  # January to May 2024: 36,070.08 lb
    assert (claim["period"]["start"], claim["period"]["end"]) == ("2024-01-01", "2024-05-31")
    assert (claim["official_value"], claim["verdict"]) == (36070.08, "consistent")


def test_reconcile_region_of_the_next_clause_is_not_the_figures_issue_12(told):
    nationwide, border = told["49,800 pounds of marijuana"], told["44,930 pounds"]
    assert (nationwide["scope"]["regions"], nationwide["official_value"]) == (["all"], 49829.38)
    assert (border["scope"]["regions"], border["official_value"]) == (["Southwest Border"], 44927.03)
    assert nationwide["verdict"] == border["verdict"] == "consistent"


def test_reconcile_change_against_a_month_before_a_year_has_passed_issue_12(told):
    # "bajaron 16% respecto a septiembre de 2024" published in February 2025: January 2025 (56) against September (67),
    # not September 2025, which had not come
    claim = told["16%"]
    assert (claim["period"]["start"], claim["scope"]["compared_with"]["start"]) == ("2025-01-01", "2024-09-01")
    assert (round(claim["official_value"], 1), claim["verdict"]) == (-16.4, "consistent")


def test_reconcile_air_and_marine_operations_total_issue_12(told):
    claim = told["189,300 pounds of cocaine"]
    assert (claim["scope"]["components"], claim["official_value"], claim["verdict"]) == (["AMO"], 189310.66, "consistent")


def test_reconcile_span_of_months_with_its_year_after_the_word_for_it_issue_12(told):
    # "the October-December quarter of 2024" in a January 2026 page: 2024's, not the last October-December (2025)
    claim = told["7,802 pounds of marijuana"]
    assert (claim["period"]["start"], claim["period"]["end"]) == ("2024-10-01", "2024-12-31")
    assert (claim["official_value"], claim["verdict"]) == (7801.73, "consistent")
