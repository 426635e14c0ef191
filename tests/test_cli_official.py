"""The official record from the command line: import (bad rows named), sanctions (JSON, confirm/reject), reconcile."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pesquisa.cli import get_app

runner = CliRunner()
DATA = Path(__file__).resolve().parent / "data"
MATCH_FIELDS = {"entity_id", "entity_name", "list", "list_id", "list_name", "programs", "score", "evidence", "status"}


def run(*args: object):
    return runner.invoke(get_app(), [str(a) for a in args])


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_official_import_cbp_names_bad_rows_and_loads_the_rest(tmp_path):
    csv = tmp_path / "cbp.csv"
    csv.write_text(
        "FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,Sum Qty (lbs)\n"
        "2024,OCT,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,3,120.5\n"
        "2024,OCTOBRE,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,3,1\n"
        "2024,NOV,U.S. Border Patrol,Southwest Border,Land Only,TUCSON SECTOR,Fentanyl,2,79.5\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    result = run("import", "cbp", csv, "--db", db, "--silent")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: cbp.csv:3: month 'OCTOBRE' is not a month name"
    assert "2 rows from 1 file(s), 1 failed" in result.stdout
    assert "cbp-nationwide: 2 rows, 2023-10 to 2023-11" in result.stdout
    again = run("import", "cbp", csv, "--db", db, "--silent")  # idempotent
    assert "cbp-nationwide: 2 rows" in again.stdout


def test_cli_official_import_missing_file(tmp_path):
    result = run("import", "ofac", tmp_path / "nope.csv", "--db", tmp_path / "kb.sqlite")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.csv'}: no such file"


def test_cli_official_sanctions_json(people_store):
    result = run("sanctions", "--json", "--db", people_store)
    assert result.exit_code == 0, result.output
    matches = lines(result.stdout)
    assert [(m["entity_name"], m["list_id"]) for m in matches] == [("Aurelio Bermúdez Tostado", "90001"),
                                                                   ("Los Tostados", "90002")]
    aurelio = matches[0]
    assert set(aurelio) == MATCH_FIELDS
    assert (aurelio["list"], aurelio["list_name"], aurelio["programs"]) == (
        "us-ofac-sdn", "BERMUDEZ TOSTADO, Aurelio", ["SDNTK", "ILLICIT-DRUGS-EO14059"])
    assert aurelio["evidence"][:2] == ["name 'Aurelio Bermúdez Tostado' = list name 'BERMUDEZ TOSTADO, Aurelio': all name "
                                       "parts", "birth year 1970 fits the news"]
    # the unlisted cousin shares both family names; the minister and the ambassador are not on the list
    names = {m["entity_name"] for m in matches}
    assert not names & {"Sergio Bermúdez Tostado", "Alicia Bárcena", "Ken Salazar"}


def test_cli_official_sanctions_confirm_and_reject_are_replayed(people_scratch):
    db = people_scratch
    aurelio = lines(run("sanctions", "--json", "--db", db).stdout)[0]["entity_id"]
    result = run("sanctions", "reject", aurelio, "90001", "--db", db)
    assert result.exit_code == 0 and result.stdout.strip() == f"rejected: {aurelio} - us-ofac-sdn 90001"
    assert [m["list_id"] for m in lines(run("sanctions", "--json", "--db", db).stdout)] == ["90002"]
    # the analyst links the cousin to the listed brother by hand: kept, and still there after a re-ingest
    from sqlalchemy import select

    from pesquisa.store import open_store
    from pesquisa.store import schema as t

    with open_store(db, create=False).connect() as conn:
        sergio = conn.execute(select(t.entities.c.id).where(t.entities.c.name == "Sergio Bermúdez Tostado")).scalar()
    assert run("sanctions", "--db", db, "confirm", sergio, "90003").exit_code == 0  # --db before the subcommand
    assert run("ingest", DATA / "official_people.jsonl", "--force", "--db", db, "--silent").exit_code == 0
    after = {(m["entity_name"], m["list_id"], m["status"]) for m in lines(run("sanctions", "--json", "--db", db).stdout)}
    assert after == {("Los Tostados", "90002", "suggested"), ("Sergio Bermúdez Tostado", "90003", "confirmed")}
    unknown = run("sanctions", "confirm", sergio, "12345678", "--db", db)
    assert unknown.exit_code == 1 and unknown.stderr.strip() == "Error: 12345678: no such entry on us-ofac-sdn"


def test_cli_official_reconcile_json(official_store):
    result = run("reconcile", "--json", "--db", official_store)
    assert result.exit_code == 0, result.output
    claims = lines(result.stdout)
    first = next(c for c in claims if c["text"] == "27,023 pounds of fentanyl")
    assert {"quantity_id", "document_id", "text", "claim_value", "claim_unit", "item", "period", "official_value",
            "official_unit", "relative_difference", "verdict", "official_source"} <= set(first)
    assert (first["verdict"], first["official_value"], first["period"]["start"], first["period"]["end"]) == (
        "consistent", 27022.85, "2022-10-01", "2023-09-30")
    pills = next(c for c in claims if c["text"] == "2 million fentanyl pills")
    assert pills["verdict"] == "no official series" and "official_value" not in pills
    text = run("reconcile", "--db", official_store)
    assert "[close] '3,100 pounds of fentanyl' fentanyl 2022-10..2023-09" in text.stdout


def test_cli_official_commands_have_help():
    for args in (["import", "cbp"], ["import", "ofac"], ["import", "sesnsp"], ["sanctions"], ["sanctions", "confirm"],
                 ["sanctions", "reject"], ["reconcile"]):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout


def test_cli_official_ftm_export_carries_the_sanction(people_store):
    entities = lines(run("export", "--db", people_store, "--format", "ftm").stdout)
    person = next(e for e in entities if e["schema"] == "Person" and "Aurelio Bermúdez Tostado" in e["properties"]["name"])
    (sanction,) = [e for e in entities if e["schema"] == "Sanction" and e["properties"]["entity"] == [person["id"]]]
    props = sanction["properties"]
    assert props["authorityId"] == ["90001"] and props["recordId"] == ["sdn_sample.csv:1"]
    assert props["program"] == ["SDNTK", "ILLICIT-DRUGS-EO14059"]
    assert props["authority"] == ["Office of Foreign Assets Control (OFAC)"]
    assert props["namesMentioned"] == ["BERMUDEZ TOSTADO, Aurelio"]
