"""Imports of the official record: idempotent, with file and line behind every figure; published totals reproduced."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from pesquisa.pipeline import import_official
from pesquisa.store import open_store
from pesquisa.store import schema as t
from pesquisa.store.read import official as read_official

DATA = Path(__file__).resolve().parent / "data"


def test_store_official_cbp_fentanyl_totals_of_the_data_readme(official_store):
    """Both nationwide CSVs in, the fentanyl totals the data README publishes come back out of the store."""
    totals = read_official.seizure_totals_by_fiscal_year(open_store(official_store, create=False),
                                                         dataset="cbp-nationwide", item="fentanyl")
    assert round(totals[2023], 2) == 27022.85
    assert round(totals[2024], 2) == 21889.21
    assert round(totals[2025], 2) == 12027.28
    assert round(totals[2026], 2) == 6725.62  # through April 2026


def test_store_official_cbp_rows_keep_file_line_and_kg(official_store):
    engine = open_store(official_store, create=False)
    with engine.connect() as conn:
        row = conn.execute(select(t.official_seizures).where(
            t.official_seizures.c.source_file == "nationwide-drugs-fy23-fy26-apr.csv",
            t.official_seizures.c.source_line == 2)).mappings().one()
        count = conn.execute(select(func.count()).select_from(t.official_seizures)).scalar_one()
    assert (row["fiscal_year"], row["month"], row["component"], row["area"], row["drug"]) == \
        (2026, "2026-04", "OFO", "ATLANTA FIELD OFFICE", "Cocaine")
    assert round(row["kg"] / row["pounds"], 8) == 0.45359237
    assert count == 10092 + 8673  # every data row of both files, none twice
    cov = read_official.dataset_coverage(engine)["cbp-nationwide"]
    assert (cov["first_month"], cov["last_month"], cov["rows"]) == ("2018-10", "2026-04", 18765)


def test_store_official_import_twice_stores_once(shared, tmp_path):
    engine = open_store(tmp_path / "kb.sqlite")
    path = str(shared / "data" / "seizures" / "cbp" / "amo-drug-seizures-fy23-fy26-dec.csv")
    first = import_official(engine, "cbp", [path])
    second = import_official(engine, "cbp", [path])
    with engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(t.official_seizures)).scalar_one()
    assert first.rows == second.rows == stored == 1292
    assert second.datasets["cbp-amo"]["last_month"] == "2025-12"


def test_store_official_ofac_import_entries_links_and_retirement(tmp_path):
    engine = open_store(tmp_path / "kb.sqlite")
    report = import_official(engine, "ofac", [str(DATA / "sdn_sample.csv")])
    assert report.rows == 5
    assert [str(f) for f in report.failed] == ["sdn_sample.csv:4: expected 12 columns, found 3",
                                               "sdn_sample.csv:6: entry number 'X9' is not a number"]
    assert report.sanctions == {"retired": 0, "links": 3, "links_resolved": 3, "matches": 0}
    entries = {e.uid: e for e in read_official.sanction_entries(engine)}
    assert sorted(entries) == ["90001", "90002", "90003", "90005", "90006"]
    assert entries["90001"].aliases == [("aka", "El Tostado")]
    assert (entries["90001"].identifiers[0].scheme, entries["90001"].identifiers[0].value) == ("curp", "BETA710214HSLRSR05")
    with engine.connect() as conn:
        links = dict(conn.execute(select(t.sanction_links.c.target_name, t.sanction_links.c.target_entry_id)).all())
    assert links["LOS TOSTADOS"] == entries["90002"].id
    # a later, complete list without 90003: retired, not erased
    shorter = tmp_path / "sdn.csv"
    lines = (DATA / "sdn_sample.csv").read_bytes().split(b"\r\n")
    shorter.write_bytes(b"\r\n".join(line for line in lines if not line.startswith(b"90003,")))
    again = import_official(engine, "ofac", [str(shorter)])
    assert again.sanctions["retired"] == 1
    assert sorted(e.uid for e in read_official.sanction_entries(engine)) == ["90001", "90002", "90005", "90006"]
    assert "90003" in {e.uid for e in read_official.sanction_entries(engine, include_retired=True)}


def test_store_official_sesnsp_coverage_ends_at_the_last_real_month(tmp_path):
    path = tmp_path / "victimas.csv"
    path.write_text("isodate,entidad,delito,total\n2024-12-01,Nacional,Homicidio doloso,2400\n"
                    "2025-01-01,Nacional,Homicidio doloso,2100\n2025-02-01,Nacional,Homicidio doloso,0\n"
                    "2025-03-01,Nacional,Homicidio doloso,0\n", encoding="utf-8")
    engine = open_store(tmp_path / "kb.sqlite")
    report = import_official(engine, "sesnsp", [str(path)])
    assert report.rows == 4
    cov = report.datasets["sesnsp-victims"]
    assert (cov["first_month"], cov["last_month"]) == ("2024-12", "2025-01")  # zeros after it are placeholders
    assert read_official.victim_sum(engine, crime="Homicidio doloso", state="Nacional", start="2024-12",
                                    end="2025-01")["total"] == 4500


def test_store_official_kb_entities_say_which_name_each_title_was_written_beside(people_store):
    people = {e.name: e for e in read_official.kb_entities(open_store(people_store, create=False)) if e.type == "person"}
    salazar = people["Ken Salazar"]
    assert salazar.title_names and all(names == ["Ken Salazar"] for names in salazar.title_names.values())
    assert set(salazar.title_names) <= set(salazar.titles)
