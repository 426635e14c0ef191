"""Reconciliation of runs of totals, months standing alone and "in the year" (issue 12, round 11): hand-written EN and
ES pages against the real CBP series and hand-written SESNSP-shaped counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")


def _victims(path: Path) -> Path:
    rows = ["isodate,entidad,delito,total"]
    for month in range(1, 13):
        rows += [f"2023-{month:02d}-01,Nacional,Extorsión,850", f"2023-{month:02d}-01,Nacional,Secuestro,70",
                 f"2024-{month:02d}-01,Nacional,Secuestro,75", f"2024-{month:02d}-01,Sinaloa,Secuestro,0"]
        rows += [f"2023-{month:02d}-01,Guanajuato,Extorsión,80", f"2024-{month:02d}-01,Guanajuato,Extorsión,100"]
        extortion = {3: 800, 4: 1000}.get(month, 900)
        rows.append(f"2024-{month:02d}-01,Nacional,Extorsión,{extortion}")
        if month >= 9:
            rows.append(f"2024-{month:02d}-01,Sinaloa,Secuestro,2")
    rows.append("2024-02-01,Sinaloa,Secuestro,32")
    rows += ["2025-01-01,Nacional,Extorsión,900", "2025-02-01,Nacional,Extorsión,0"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runs(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of tests/data/official_runs.jsonl, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("runs")
    engine = open_store(folder / "runs.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    assert import_official(engine, "sesnsp", [str(_victims(folder / "victimas.csv"))]).ok
    data = Path(__file__).parent / "data" / "official_runs.jsonl"
    assert not ingest_documents(engine, iter_documents([data])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("text", "components", "official"), [
    ("1,100 pounds", ["OFO"], 1100.23),  # "Heroin seizures by OFO officers totaled 1,100 pounds."
    ("158 pounds of heroin", ["USBP"], 157.78),
    ("144,914 pounds of marijuana", ["OFO"], 144914.18),
    ("40,089 pounds", ["USBP"], 40089.37),  # ", and agents seized 40,089 pounds": Border Patrol's people
])
def test_reconcile_a_run_of_totals_takes_the_period_before_issue_12(runs, text, components, official):
    claim = runs[text]
    assert (claim["period"]["start"], claim["period"]["end"]) == ("2024-10-01", "2025-09-30")
    assert (claim["scope"]["components"], claim["official_value"], claim["verdict"]) == (components, official, "consistent")


def test_reconcile_a_change_in_a_run_counts_back_from_the_runs_period_issue_12(runs):
    # "climbed 28% from the previous fiscal year": fiscal 2025 against 2024, not 2026 against 2025
    climbed = runs["28%"]
    assert (climbed["period"]["start"], climbed["scope"]["compared_with"]["start"]) == ("2024-10-01", "2023-10-01")
    assert climbed["verdict"] == "consistent"
    assert runs["40% increase"]["period"]["start"] == "2024-10-01"  # "seized 158 pounds of heroin, a 40% increase"


def test_reconcile_one_load_after_a_run_is_no_total_issue_12(runs):
    assert "300 pounds of marijuana" not in runs  # "hidden in a truck": one load


def test_reconcile_a_month_standing_alone_and_its_month_base_issue_12(runs):
    # "Abril fue el mes más alto del año, con 1,000 víctimas ..., 25% más que en marzo" (published January 2025)
    april = runs["1,000 víctimas"]
    assert (april["period"]["start"], april["official_value"], april["verdict"]) == ("2024-04-01", 1000, "consistent")
    change = runs["25%"]
    assert (change["period"]["start"], change["scope"]["compared_with"]["start"]) == ("2024-04-01", "2024-03-01")
    assert change["verdict"] == "consistent"


def test_reconcile_in_the_year_is_the_year_told_before_issue_12(runs):
    # "Sinaloa, where violence has raged since September, recorded 40 kidnapping victims in the year": all of 2024
    claim = runs["40 kidnapping victims"]
    assert (claim["period"]["start"], claim["period"]["end"]) == ("2024-01-01", "2024-12-31")
    assert (claim["official_value"], claim["verdict"]) == (40, "consistent")


def test_reconcile_a_change_over_the_year_before_is_of_its_own_year_issue_12():
    from pesquisa.analyze.reconcile._changes import base_start

    text = "Officers seized 54,994 pounds in fiscal year 2025, a 53% increase over the year before."
    end = text.index("53%") + 3
    assert text[base_start(text, end, len(text)):].startswith("over the year before")
    assert base_start("Seizures rose 10% over the past year.", 17, 37) is None  # the claim's own period


def test_reconcile_the_count_of_a_crime_changes_base_takes_its_year_issue_12(runs):
    # "un aumento de 25 por ciento respecto a 2023, cuando se contabilizaron 960": 2023's count, not 2024's
    base = runs["960"]
    assert (base["period"]["start"], base["official_value"], base["verdict"]) == ("2023-01-01", 960, "consistent")
    assert runs["25 por ciento"]["verdict"] == "consistent"


def test_reconcile_an_area_named_with_its_source_keeps_its_officers_issue_12(runs):
    # "The Tucson Field Office seized 430 pounds ..., according to U.S. Customs and Border Protection. Officers also
    # seized 816 pounds of methamphetamine, a 9% increase from February": the field office's, not the nation's
    meth = runs["816 pounds of methamphetamine"]
    assert (meth["scope"].get("area"), meth["official_value"], meth["verdict"]) == ("TUCSON FIELD OFFICE", 816.37,
                                                                                    "consistent")
    assert (runs["9% increase"]["scope"].get("area"), runs["9% increase"]["verdict"]) == ("TUCSON FIELD OFFICE",
                                                                                          "consistent")


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("En Guerrero, en enero de 2024 hubo 145 víctimas de homicidio doloso y en febrero, 155.", "145", "2024-01"),
    ("En Guerrero, en enero de 2024 hubo 145 víctimas de homicidio doloso y en febrero, 155.", "155", "2024-02"),
    ("In fiscal 2024 agents seized 300 pounds of fentanyl and, in fiscal 2025, 410.", "300", "2023-10"),
    ("In January 2024 agents seized 300 pounds of fentanyl and in February 410.", "300", "2024-01"),
    # a period after the figure with no joint before it is still the figure's own
    ("Agents seized 300 pounds of fentanyl and 200 of heroin in March 2025.", "300", "2025-03"),
])
def test_reconcile_a_period_after_and_opens_the_next_figure_of_a_run_issue_12(sentence, figure, expected):
    from pesquisa.analyze.periods import find_periods
    from pesquisa.analyze.reconcile import pick_period

    periods = find_periods(sentence, published="2024-04-01", fiscal_context=True)
    start = sentence.index(figure)
    assert pick_period(periods, sentence, start, start + len(figure)).start == expected
