"""Reconciliation of seizure changes (issue 12, round 10): "Fentanyl seizures fell 19% in fiscal 2024", "a 36% increase
from August", against the real CBP series over the claim's period and its base; hand-written EN and ES pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from pesquisa.analyze.reconcile import reconcile
from pesquisa.store import open_store

CBP_FILES = ("nationwide-drugs-fy19-fy22.csv", "nationwide-drugs-fy23-fy26-apr.csv")


@pytest.fixture(scope="module")
def changes(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of tests/data/official_seizure_changes.jsonl against both nationwide CBP files, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    engine = open_store(tmp_path_factory.mktemp("changes") / "changes.sqlite")
    assert import_official(engine, "cbp", [str(shared / "data" / "seizures" / "cbp" / f) for f in CBP_FILES]).ok
    data = Path(__file__).parent / "data" / "official_seizure_changes.jsonl"
    assert not ingest_documents(engine, iter_documents([data])).failed
    return {c.text: c.to_dict() for c in reconcile(engine)}


@pytest.mark.parametrize(("text", "value", "start", "base", "official", "verdict"), [
    # a month against the month its base names: April 2025 (772.17 lb) against March (762.71 lb)
    ("1%", 1.0, "2025-04-01", "2025-03-01", 1.24, "consistent"),
    # a fiscal year against the year before: FY2024 21,889.21 lb against FY2023 27,022.85 lb
    ("19%", -19.0, "2023-10-01", "2022-10-01", -19.0, "consistent"),
    ("60%", 60.0, "2023-10-01", "2022-10-01", -19.0, "inconsistent"),  # the other way
    # Border Patrol's Tucson Sector: 309.25 lb in FY2025, 1,129.93 lb in FY2024
    ("73%", -73.0, "2024-10-01", "2023-10-01", -72.63, "consistent"),
    # the Laredo Field Office: "up 53% from the previous fiscal year"
    ("53%", 53.0, "2024-10-01", "2023-10-01", 52.62, "consistent"),
    # "un aumento de 36% respecto a agosto": September 2025 against August 2025 at the El Paso Field Office
    ("36%", 36.0, "2025-09-01", "2025-08-01", 36.28, "consistent"),
    # "bajaron 45% en el año fiscal 2025": 12,027.28 lb against 21,889.21 lb
    ("45%", -45.0, "2024-10-01", "2023-10-01", -45.05, "consistent"),
])
def test_reconcile_seizure_change_against_its_base_issue_12(changes, text, value, start, base, official, verdict):
    claim = changes[text]
    assert (claim["claim_value"], claim["claim_unit"], claim["official_unit"]) == (value, "%", "%")
    assert (claim["period"]["start"], claim["scope"]["compared_with"]["start"]) == (start, base)
    assert (claim["official_value"], claim["verdict"]) == (official, verdict)
    assert claim["official_source"]["dataset"] == "cbp-nationwide"


def test_reconcile_seizure_change_needs_words_of_seizing_issue_12(changes):
    assert "20%" not in changes  # "Fentanyl overdose deaths fell 20% in 2024": no seizures


def test_reconcile_the_figures_around_a_change_take_their_own_periods_issue_12(changes):
    # "un aumento de 36% respecto a agosto, cuando aseguraron 309 libras": the base's figure, August's
    assert (changes["309 libras"]["period"]["start"], changes["309 libras"]["verdict"]) == ("2025-08-01", "consistent")
    # "..., up 53% from the previous fiscal year, while officers ... seized 2,979 pounds": fiscal 2025, not the base
    cocaine = changes["2,979 pounds of cocaine"]
    assert (cocaine["period"]["start"], cocaine["official_value"], cocaine["verdict"]) == ("2024-10-01", 2978.68,
                                                                                           "consistent")


def _victims_csv(path: Path) -> Path:
    """Hand-written SESNSP-shaped homicides: the country, Morelos, Mexico City and Guerrero, 2023 and 2024."""
    rows = ["isodate,entidad,delito,total"]
    for year, nation, morelos, cdmx, guerrero in ((2023, 2500, 100, 80, 100), (2024, 2500, 130, 80, 110)):
        for month in range(1, 13):
            rows += [f"{year}-{month:02d}-01,Nacional,Homicidio doloso,{nation}",
                     f"{year}-{month:02d}-01,Morelos,Homicidio doloso,{morelos}",
                     f"{year}-{month:02d}-01,Ciudad de México,Homicidio doloso,{cdmx}",
                     f"{year}-{month:02d}-01,Guerrero,Homicidio doloso,{guerrero}"]
    rows.append("2025-01-01,Nacional,Homicidio doloso,2000")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crime_changes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """The reconciled claims of tests/data/official_crime_changes.jsonl against hand-written victims, by text."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import import_official, ingest_documents

    folder = tmp_path_factory.mktemp("crime_changes")
    engine = open_store(folder / "crimes.sqlite")
    data = Path(__file__).parent / "data" / "official_crime_changes.jsonl"
    assert not ingest_documents(engine, iter_documents([data])).failed
    assert import_official(engine, "sesnsp", [str(_victims_csv(folder / "victimas.csv"))]).ok
    return {f"{c.text} @{c.source[-8:]}": c.to_dict() for c in reconcile(engine)}


def test_reconcile_a_state_that_locates_another_is_not_the_figures_issue_12(crime_changes):
    # "In Morelos, south of Mexico City, homicides rose 30% ... to 780 victims": Morelos's, not Mexico City's
    by_text = {k.split(" @")[0]: v for k, v in crime_changes.items()}
    assert (by_text["30%"]["scope"]["regions"], by_text["30%"]["verdict"]) == (["Morelos"], "consistent")
    assert (by_text["780 victims"]["scope"]["regions"], by_text["780 victims"]["verdict"]) == (["Morelos"], "consistent")
    # "En Morelos, al sur de la Ciudad de México, ... 780 víctimas"
    assert by_text["780 víctimas"]["scope"]["regions"] == ["Morelos"]


def test_reconcile_a_change_from_the_same_period_takes_its_counts_period_issue_12(crime_changes):
    # "Guerrero saw 660 killings, up about 10% from the same period of 2023": the first half, as the 660 before it
    change = {k.split(" @")[0]: v for k, v in crime_changes.items()}["10%"]
    assert (change["period"]["start"], change["period"]["end"]) == ("2024-01-01", "2024-06-30")
    assert (change["official_value"], change["verdict"]) == (10.0, "consistent")


def test_reconcile_a_big_change_rounded_to_its_digits_is_consistent_issue_12():
    from pesquisa.analyze.reconcile._changes import change_verdict

    # "cayó 89%" of 511.69 lb to 53.94 lb (-89.46 %): what the rounded change leaves (56 lb) is 4 % off the 54 lb
    assert change_verdict(-89.0, -89.46, 511.69 * 0.11, 53.94, None)[0] == "consistent"
    assert change_verdict(-88.0, -89.46, 511.69 * 0.12, 53.94, None)[0] != "consistent"  # a point and a half off


def test_reconcile_bare_victims_of_the_country_are_its_statistic_issue_12(crime_changes):
    # "el país acumuló 15 mil víctimas": the country's count (Nacional), though no state is named in its sentence
    by_text = {k.split(" @")[0]: v for k, v in crime_changes.items()}
    claim = by_text["15 mil víctimas"]
    assert (claim["scope"]["regions"], claim["official_value"], claim["verdict"]) == (["Nacional"], 15000, "consistent")


def test_reconcile_agents_after_a_sectors_figure_count_for_that_sector_issue_12(changes):
    # "In June, agents seized 69 pounds." after the Tucson Sector's figure (and a paragraph on ports and CBP officers)
    claim = changes["69 pounds"]
    assert (claim["scope"]["area"], claim["scope"]["components"]) == ("TUCSON SECTOR", ["USBP"])
    assert (claim["official_value"], claim["verdict"]) == (68.92, "consistent")
