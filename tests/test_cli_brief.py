"""``pesquisa brief`` as a user meets it: formats by suffix, --json, --check (exit codes, one line each), bad options."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pesquisa.cli import get_app

runner = CliRunner()


def run(*args):
    return runner.invoke(get_app(), [str(a) for a in args])


def test_cli_brief_json_to_stdout_then_check_passes(brief_db, tmp_path):
    result = run("brief", "--db", brief_db, "--topic", "weapons", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["key"] for s in data["sections"]][:4] == ["developments", "results", "positions", "actors"]
    path = tmp_path / "weapons.json"
    path.write_text(result.stdout, encoding="utf-8")
    checked = run("brief", "--db", brief_db, "--check", path)
    assert checked.exit_code == 0
    # 90 citations since events round 5: "Officials from both countries agreed ...", right after the meeting, is
    # of its people and day (was an agreement of no one, undated)
    assert checked.stdout.strip() == f"OK: 59 items, 90 citations, 22 figures checked against the store ({path})"


def test_cli_brief_check_fails_on_an_edited_figure_naming_it(brief_db, tmp_path):
    out = tmp_path / "brief.json"
    assert run("brief", "--db", brief_db, "--output", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Seizure: 640 armas de fuego in Tamaulipas (2024-03-18)" in text  # the place since xdoc32 (stop 41)
    bad = tmp_path / "edited.json"
    bad.write_text(text.replace("Seizure: 640 armas de fuego", "Seizure: 6,400 armas de fuego"), encoding="utf-8")
    result = run("brief", "--db", brief_db, "--check", bad)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "FAIL section 2 (Results) item 4: figure '6,400' is in none of its citations (not derived)"]
    assert result.stderr.strip().startswith(f"Error: {bad}: 1 failure: ")


def test_cli_brief_output_format_follows_the_suffix(brief_db, tmp_path):
    md, html = tmp_path / "b.md", tmp_path / "b.html"
    assert run("brief", "--db", brief_db, "--lang", "es", "--output", md).exit_code == 0
    assert md.read_text(encoding="utf-8").startswith("# Informe\n")
    assert "\n## Hechos clave\n" in md.read_text(encoding="utf-8")
    result = run("brief", "--db", brief_db, "--topic", "weapons", "-o", html)
    assert result.exit_code == 0 and result.stderr.strip() == f"{html}: 8 sections, 59 items"
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<h2>Routes</h2>" in page and '<li id="n1">' in page
    printed = run("brief", "--db", brief_db, "--to", "2024-03-15")
    assert printed.exit_code == 0 and printed.stdout.startswith("# Briefing\n")


def test_cli_brief_bad_options_are_one_line_errors(brief_db, tmp_path):
    cases = [
        (["--topic", "guns"], "Error: --topic guns: no such topic (known: weapons, fentanyl, kingpins, sovereignty, "
                              "migration, cooperation, money)"),
        (["--from", "2024-13"], "Error: --from 2024-13: not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        (["--output", tmp_path / "b.txt"], f"Error: --output {tmp_path / 'b.txt'}: unknown format (use .md, .html or .json)"),
        (["--json", "--output", tmp_path / "b.md"], f"Error: --json: --output {tmp_path / 'b.md'} is not a .json file"),
    ]
    for args, message in cases:
        result = run("brief", "--db", brief_db, *args)
        assert result.exit_code == 1, args
        assert result.stderr.strip() == message
    junk = tmp_path / "junk.json"
    junk.write_text("{not json", encoding="utf-8")
    result = run("brief", "--db", brief_db, "--check", junk)
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {junk}: not a JSON file (")
    result = run("brief", "--db", brief_db, "--check", junk, "--json")
    assert result.stderr.strip() == "Error: --check: give it alone (no --output or --json)"


def test_cli_brief_has_help_and_is_documented():
    result = run("brief", "--help")
    assert result.exit_code == 0 and "--check" in result.stdout
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "pesquisa brief --check F.json" in readme
