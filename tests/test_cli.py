"""The command line as a user meets it: ingest, export, summary, show, merge; bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pesquisa.cli import get_app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(get_app(), [str(a) for a in args])


@pytest.fixture(scope="module")
def small_db(shared: Path, tmp_path_factory) -> Path:
    """A knowledge base of the five news articles, built through the CLI."""
    db = tmp_path_factory.mktemp("cli") / "news.sqlite"
    result = run("ingest", shared / "corpus" / "news", "--db", db, "--silent")
    assert result.exit_code == 0, result.output
    assert "5 added, 0 already stored, 0 failed" in result.stdout
    return db


def test_cli_export_eval_is_scored_format(small_db, tmp_path):
    out = tmp_path / "export.json"
    result = run("export", "--db", small_db, "--format", "eval", "--output", out)
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    doc = next(d for d in data["documents"] if d["source"] == "003_b523203148a45f70.txt")
    cocaine = next(q for q in doc["quantities"] if q["item"] == "cocaine")
    assert (cocaine["value"], cocaine["unit"], cocaine["kind"]) == (94000, "kg", "seizure")
    assert doc["body"][cocaine["span"][0]:cocaine["span"][1]] == cocaine["text"]
    speakers = {q["speaker"] for q in doc["quotes"]}
    assert {"Marcelo Ebrard", "Antony Blinken"} <= speakers


def test_cli_export_ftm_entities(small_db):
    result = run("export", "--db", small_db, "--format", "ftm")
    entities = [json.loads(line) for line in result.stdout.splitlines()]
    ebrard = next(e for e in entities if "Marcelo Ebrard" in e["properties"]["name"])
    assert ebrard["schema"] == "Person"
    sre = next(e for e in entities if "Secretaría de Relaciones Exteriores" in e["properties"]["name"])
    assert sre["schema"] == "Organization" and "mx" in sre["properties"]["country"]


def test_cli_summary_lists_most_quoted(small_db):
    result = run("summary", "--db", small_db)
    assert result.exit_code == 0
    assert "documents" in result.stdout and "Most-quoted people" in result.stdout
    assert "Marcelo Ebrard" in result.stdout
    assert "pesquisa serve" in result.stdout


def test_cli_show_person_role_timeline(small_db):
    result = run("show", "person", "ebrard", "--db", small_db)
    assert result.exit_code == 0
    assert "Marcelo Ebrard" in result.stdout and "Foreign Affairs Minister" in result.stdout
    assert "003_b523203148a45f70.txt [" in result.stdout


def test_cli_show_event_lists_reports_and_evidence(small_db, tmp_path):
    out = tmp_path / "e.json"
    run("export", "--db", small_db, "--output", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    shared_ids = {ev["id"] for d in data["documents"] if d["source"].startswith("001") for ev in d["events"]} & \
        {ev["id"] for d in data["documents"] if d["source"].startswith("004") for ev in d["events"]}
    assert len(shared_ids) == 1  # the May 2017 Tillerson-Videgaray meeting, reported twice
    result = run("show", "event", shared_ids.pop(), "--db", small_db)
    assert "001_3db8bcf01c10dc7d.txt" in result.stdout and "004_7159a937a4917e94.txt" in result.stdout
    assert "shared=Luis Videgaray, Rex Tillerson" in result.stdout or "shared=Rex Tillerson, Luis Videgaray" in result.stdout


def test_cli_show_unknown_person_is_one_line_error(small_db):
    result = run("show", "person", "Nobody Atall", "--db", small_db)
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: Nobody Atall: no such person"


def test_cli_missing_database_is_one_line_error(tmp_path):
    result = run("summary", "--db", tmp_path / "none.sqlite")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'none.sqlite'}: no such database (run `pesquisa ingest` first)"


def test_cli_ingest_bad_inputs_reported_and_database_intact(small_db, shared, tmp_path):
    db = tmp_path / "kb.sqlite"
    shutil.copy(small_db, db)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "latin1.txt").write_bytes("Declaró el secretario de Marina que la operación continúa.".encode("latin-1"))
    (bad / "truncated.html").write_text("<html><head><title>x</title></head><body><div><p")
    (bad / "feed.jsonl").write_text('{"text": "Federal agents seized 40 kilograms of fentanyl in Nogales, officials said on Monday."}\n'
                                    '{not json\n', encoding="utf-8")
    shutil.copy(shared / "corpus" / "dev" / "dev_007.txt", bad / "good.txt")
    result = run("ingest", bad, "--db", db, "--silent")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert f"Error: {bad / 'empty.txt'}: empty file" in lines
    assert f"Error: {bad / 'binary.txt'}: binary file, not text" in lines
    assert any(line.startswith(f"Error: {bad / 'latin1.txt'}: not valid UTF-8") for line in lines)
    assert any(line.startswith(f"Error: {bad / 'truncated.html'}:") for line in lines)
    assert any(line.startswith(f"Error: {bad / 'feed.jsonl'} line 2: not valid JSON") for line in lines)
    assert len(lines) == 5
    assert "2 added, 0 already stored, 5 failed" in result.stdout
    summary = json.loads(run("summary", "--db", db, "--json").stdout)
    assert summary["counts"]["documents"] == 7  # the 5 already there, untouched, and the 2 good ones


def test_cli_ingest_missing_path(tmp_path):
    result = run("ingest", tmp_path / "nope", "--db", tmp_path / "x.sqlite")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope'}: no such file or folder"


def test_cli_merge_requires_existing_ids(small_db, tmp_path):
    db = tmp_path / "kb.sqlite"
    shutil.copy(small_db, db)
    result = run("merge", "per-doesnotexist", "per-nope", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: per-doesnotexist: no such entity"


def test_cli_every_command_has_help():
    for args in (["ingest"], ["export"], ["summary"], ["show", "person"], ["show", "event"], ["merge"], ["split"],
                 ["eval"], ["network", "build"], ["network", "stats"], ["network", "disrupt"]):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout


def test_cli_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    app = get_app()
    commands = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    assert {"ingest", "export", "summary", "merge", "split", "eval", "serve", "show", "network"} <= set(commands)
    for name in commands:
        assert f"pesquisa {name}" in readme, name
    for sub in ("build", "stats", "disrupt"):
        assert f"pesquisa network {sub}" in readme
