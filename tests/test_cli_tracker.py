"""``pesquisa tracker`` from the command line: JSON, CSV, the table, another framework file, bad input."""

from __future__ import annotations

import csv
import io
import json

from _tracker_fixtures import MINI
from typer.testing import CliRunner

from pesquisa.analyze.tracker import CSV_COLUMNS, tracker_report
from pesquisa.cli import get_app
from pesquisa.store import open_store

runner = CliRunner()


def run(*args: object):
    return runner.invoke(get_app(), [str(a) for a in args])


def test_cli_tracker_json_is_the_report(tracker_store):
    result = run("tracker", "--json", "--framework", MINI, "--db", tracker_store)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out == tracker_report(open_store(tracker_store, create=False), str(MINI)).to_dict()
    indicator = out["goals"][0]["indicators"][0]
    assert set(indicator) == {"id", "name", "names", "evidence", "series", "latest"}
    assert set(indicator["evidence"][0]) >= {"source", "document_id", "start", "end", "text", "date", "value"}


def test_cli_tracker_csv_one_row_per_evidence_item(tracker_store):
    result = run("tracker", "--csv", "--framework", MINI, "--db", tracker_store)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.stdout.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert [(r["indicator"], r["text"], r["value"], r["date"], r["also"]) for r in rows] == [
        ("fentanyl-kg", "350 kilograms of fentanyl", "350.0", "2025-03-04", "1"),
        ("cocaine-kg", "40 kilograms of cocaine", "40.0", "2025-03-04", "0"),
        ("killings", "12%", "-12.0", "2025-03-04", "0"),
        ("sent-north", "Mexico sent 29 cartel figures to the United States to face justice on Monday, Security "
                       "Minister Omar García Harfuch said.", "29.0", "2025-03-03", "0"),
        ("talks", rows[4]["text"], "", "2023-10-05", "0")]
    assert {r["framework"] for r in rows} == {"mini"}


def test_cli_tracker_table_per_goal(tracker_store):
    result = runner.invoke(get_app(), ["tracker", "--framework", str(MINI), "--db", str(tracker_store)],
                           env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Mini framework (2030)" in text and "Cut the supply" in text and "Bring them to justice" in text
    assert "4.54 kg" in text and "cbp-nationwide" in text  # the fentanyl indicator's latest figure: March's CBP month


def test_cli_tracker_default_framework_is_bicentennial(tracker_store):
    out = json.loads(run("tracker", "--json", "--db", tracker_store).stdout)
    assert (out["framework"], [g["id"] for g in out["goals"]]) == ("bicentennial", ["protect", "prevent", "pursue"])


def test_cli_tracker_bad_input_is_one_line(tracker_store, tmp_path):
    missing = run("tracker", "--framework", tmp_path / "nope.yaml", "--db", tracker_store)
    assert (missing.exit_code, missing.stderr.strip()) == (1, f"Error: {tmp_path / 'nope.yaml'}: no such framework file")
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nname: Bad\ngoals:\n  - id: g\n    name: G\n    indicators:\n      - id: i\n        name: I\n"
                   "        evidence: [{fact: rumour}]\n", encoding="utf-8")
    wrong = run("tracker", "--framework", bad, "--db", tracker_store)
    assert (wrong.exit_code, wrong.stderr.strip()) == (
        1, f"Error: {bad}: goals[0].indicators[0].evidence[0].fact: 'rumour' is no fact type "
           "(use quantity, event, quote, relation)")
    both = run("tracker", "--json", "--csv", "--db", tracker_store)
    assert (both.exit_code, both.stderr.strip()) == (1, "Error: --json, --csv: choose one")
    no_db = run("tracker", "--db", tmp_path / "none.sqlite")
    assert (no_db.exit_code, no_db.stderr.strip()) == (
        1, f"Error: {tmp_path / 'none.sqlite'}: no such database (run `pesquisa ingest` first)")
