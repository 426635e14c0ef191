"""Readers of the official files: CBP seizures, the OFAC SDN list, SESNSP victims; bad rows named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pesquisa.ingest import (
    IngestFailure,
    SanctionEntry,
    SeizureRow,
    VictimCount,
    calendar_month,
    read_cbp,
    read_ofac,
    read_sesnsp,
)
from pesquisa.ingest._official.ofac import parse_birth_date, split_programs

DATA = Path(__file__).resolve().parent / "data"
NATIONWIDE_HEADER = ("FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,"
                     "Sum Qty (lbs)")
AMO_HEADER = "FY,Month (abbv),Component,Region,Land Filter,Branch,Drug Type,Count of Event,Sum Qty (lbs)"


def write(tmp_path: Path, name: str, lines: list[str], newline: str = "\r\n") -> Path:
    path = tmp_path / name
    path.write_bytes(newline.join(lines).encode("utf-8") + newline.encode())
    return path


def test_ingest_official_fiscal_months_are_calendar_months():
    assert calendar_month(2023, 10) == "2022-10"
    assert calendar_month(2023, 9) == "2023-09"
    assert calendar_month(2026, 1) == "2026-01"


def test_ingest_official_cbp_rows_with_file_and_line(tmp_path):
    path = write(tmp_path, "cbp.csv", [
        NATIONWIDE_HEADER,
        "2023,OCT,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,12,100.5",
        "2026 (FYTD),APR,U.S. Border Patrol,Southwest Border,Land Only,TUCSON SECTOR,Marijuana,3,\"1,200\"",
    ])
    rows = list(read_cbp(path))
    assert [type(r) for r in rows] == [SeizureRow, SeizureRow]
    first, second = rows
    assert (first.dataset, first.fiscal_year, first.month, first.component, first.drug, first.item) == \
        ("cbp-nationwide", 2023, "2022-10", "OFO", "Fentanyl", "fentanyl")
    assert (first.events, first.pounds, round(first.kg, 4)) == (12, 100.5, 45.586)
    assert (first.source_file, first.source_line) == ("cbp.csv", 2)
    assert (second.fiscal_year, second.month, second.year_to_date, second.item, second.pounds) == \
        (2026, "2026-04", True, "cannabis", 1200.0)
    assert second.source_line == 3


def test_ingest_official_cbp_amo_is_read_from_the_header(tmp_path):
    path = write(tmp_path, "amo.csv", [
        AMO_HEADER, "2024,NOV,Air and Marine Operations,Coastal/Interior,Other,Miami Air And Marine Branch,Cocaine,2,850"],
        newline="\n")
    (row,) = read_cbp(path)
    assert isinstance(row, SeizureRow)
    assert (row.dataset, row.component, row.area, row.month) == ("cbp-amo", "AMO", "Miami Air And Marine Branch",
                                                                  "2023-11")


def test_ingest_official_cbp_bad_rows_are_named_and_the_rest_loads(tmp_path):
    path = write(tmp_path, "bad.csv", [
        NATIONWIDE_HEADER,
        "2023,XYZ,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,1,2",
        "2023,JAN,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,1,lots",
        "2023,JAN,Office of Field Operations,Southwest Border",
        "2023,JAN,Secret Service,Southwest Border,Land Only,X,Fentanyl,1,2",
        "twenty,JAN,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,1,2",
        "2023,FEB,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Heroin,4,8",
    ])
    items = list(read_cbp(path))
    failures = [str(i) for i in items if isinstance(i, IngestFailure)]
    assert failures == [
        "bad.csv:2: month 'XYZ' is not a month name",
        "bad.csv:3: count '1' or pounds 'lots' is not a number",
        "bad.csv:4: expected 9 columns, found 4",
        "bad.csv:5: unknown component 'Secret Service'",
        "bad.csv:6: fiscal year 'twenty' is not a year",
    ]
    good = [i for i in items if isinstance(i, SeizureRow)]
    assert [(g.drug, g.source_line) for g in good] == [("Heroin", 7)]


def test_ingest_official_cbp_wrong_file_is_one_failure(tmp_path):
    path = write(tmp_path, "other.csv", ["a,b,c", "1,2,3"])
    assert [str(i) for i in read_cbp(path)] == [
        "other.csv: not a CBP drug seizure file (missing column FY, Month (abbv), Component, Region, Land Filter, "
        "Drug Type, Count of Event, Sum Qty (lbs))"]
    (missing,) = read_cbp(tmp_path / "missing.csv")
    assert str(missing).endswith("missing.csv: no such file or directory")


def test_ingest_official_ofac_entries_from_remarks():
    items = list(read_ofac(DATA / "sdn_sample.csv"))
    entries = {e.uid: e for e in items if isinstance(e, SanctionEntry)}
    aurelio = entries["90001"]
    assert (aurelio.dataset, aurelio.kind, aurelio.family_names, aurelio.given_names) == \
        ("us-ofac-sdn", "person", "BERMUDEZ TOSTADO", "Aurelio")
    assert aurelio.programs == ["SDNTK", "ILLICIT-DRUGS-EO14059"]
    assert aurelio.birth_dates == ["1971-02-14", "1970"]
    assert aurelio.birth_places == ["Culiacan, Sinaloa, Mexico"]
    assert (aurelio.nationalities, aurelio.gender) == (["Mexico"], "male")
    assert [(i.scheme, i.value, i.country) for i in aurelio.identifiers] == [
        ("curp", "BETA710214HSLRSR05", "Mexico"), ("rfc", "BETA-710214", "Mexico"), ("passport", "G12345678", "Mexico")]
    assert aurelio.aliases == [("aka", "El Tostado")]
    assert aurelio.links == ["LOS TOSTADOS"]
    assert (aurelio.source_file, aurelio.source_line) == ("sdn_sample.csv", 1)
    group = entries["90002"]
    assert group.kind == "organization"
    assert group.aliases == [("aka", "CARTEL DE LOS TOSTADOS"), ("fka", "TOSTADO; ORGANIZATION")]  # ";" inside quotes
    vessel = entries["90005"]
    assert vessel.kind == "vessel"
    assert vessel.vessel == {"call_sign": "XYZ1", "vessel_type": "Cargo", "tonnage": "1200", "grt": "900",
                             "vessel_flag": "Panama"}


def test_ingest_official_ofac_a_business_trade_name_is_an_alias(sdn_path):
    # "TEMPLE DEL PITIC S.A. DE C.V. ... d.b.a. 'ANARQUIA PAINTBALL'": the name the business trades under, kind dba
    (entry,) = [e for e in read_ofac(sdn_path) if isinstance(e, SanctionEntry) and e.uid == "11005"]
    assert entry.aliases == [("dba", "ANARQUIA PAINTBALL")]


def test_ingest_official_ofac_bad_rows_are_named():
    failures = [str(i) for i in read_ofac(DATA / "sdn_sample.csv") if isinstance(i, IngestFailure)]
    assert failures == ["sdn_sample.csv:4: expected 12 columns, found 3",
                        "sdn_sample.csv:6: entry number 'X9' is not a number"]


@pytest.mark.parametrize(("text", "dates"), [
    ("12 Dec 1952", ["1952-12-12"]), ("1948", ["1948"]), ("circa 1960", ["1960"]), ("Dec 1960", ["1960-12"]),
    ("1960 to 1962", ["1960", "1962"]), ("unknown", [])])
def test_ingest_official_ofac_birth_dates(text, dates):
    assert parse_birth_date(text) == dates


def test_ingest_official_ofac_programs_split():
    assert split_programs("SDNTK] [FTO] [SDGT") == ["SDNTK", "FTO", "SDGT"]


def test_ingest_official_ofac_real_list_reads_whole(sdn_path):
    kinds: dict[str, int] = {}
    failures = []
    caro = None
    for item in read_ofac(sdn_path):
        if isinstance(item, IngestFailure):
            failures.append(str(item))
            continue
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
        if item.uid == "6707":
            caro = item
    # the data README: 14,965 entries; 6,854 individual, 851 vessel, 376 aircraft, 6,884 entities
    assert failures == []
    assert kinds == {"person": 6854, "vessel": 851, "aircraft": 376, "organization": 6884}
    assert caro is not None and caro.name == "CARO QUINTERO, Rafael"
    assert caro.birth_dates == ["1952-12-12", "1955-11-24", "1955-10-24"]


def test_ingest_official_sesnsp_rows(tmp_path):
    path = write(tmp_path, "victimas.csv", [
        "isodate,entidad,delito,total", "2024-01-01,Nacional,Homicidio doloso,2500",
        "2024-13-01,Nacional,Homicidio doloso,1", "2024-02-01,Sinaloa,Homicidio doloso,n/a",
        "2024-02-01,Sinaloa,Secuestro,3"])
    items = list(read_sesnsp(path))
    assert [str(i) for i in items if isinstance(i, IngestFailure)] == [
        "victimas.csv:3: date '2024-13-01' is not an ISO date", "victimas.csv:4: total 'n/a' is not a whole number"]
    rows = [i for i in items if isinstance(i, VictimCount)]
    assert [(r.month, r.state, r.crime, r.total, r.source_line) for r in rows] == [
        ("2024-01", "Nacional", "Homicidio doloso", 2500, 2), ("2024-02", "Sinaloa", "Secuestro", 3, 5)]
