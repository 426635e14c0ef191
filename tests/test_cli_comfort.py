"""``pesquisa positions``, ``pesquisa judgements``, ``pesquisa undo`` and the checked ``merge``, on hand-written articles."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from pesquisa.cli import get_app
from pesquisa.store import open_store, read

runner = CliRunner()


def run(*args):
    return runner.invoke(get_app(), [str(a) for a in args])


def test_cli_positions_text_json_csv(comfort_db):
    text = run("positions", "Ebrard", "--db", comfort_db, "--topic", "weapons")
    assert text.exit_code == 0, text.output
    lines = text.stdout.splitlines()
    assert lines[0].startswith("Marcelo Ebrard  per-") and lines[0].endswith("6 quotes")
    assert lines[1] == "Arms trafficking (weapons): 5"
    assert lines[2] == ("  2023-03-08 (quote)       reported the flow of firearms from the United States into Mexico "
                        "must stop. — articles.jsonl#1 [108:174]  [firearms]")
    as_json = json.loads(run("positions", "AMLO", "--db", comfort_db, "--json").stdout)
    assert [g["topic"] for g in as_json["topics"]] == ["sovereignty"]
    rows = list(csv.DictReader(io.StringIO(run("positions", "AMLO", "--db", comfort_db, "--csv").stdout)))
    assert [(r["topic"], r["date"], r["date_source"]) for r in rows] == [("sovereignty", "2023-06-15", "quote"),
                                                                         ("sovereignty", "2023-06-15", "document")]
    bad = run("positions", "Ebrard", "--db", comfort_db, "--topic", "tortillas")
    assert bad.exit_code == 1
    assert bad.stderr.strip() == ("Error: --topic: tortillas: no such topic (known: weapons, fentanyl, kingpins, "
                                  "sovereignty, migration, cooperation, money)")


def test_cli_merge_refused_then_judgements_and_undo(comfort_scratch):
    engine = open_store(comfort_scratch, create=False)
    ebrard, salazar = read.find_entity(engine, "Marcelo Ebrard")["id"], read.find_entity(engine, "Ken Salazar")["id"]
    sre = read.find_entity(engine, "Secretaría de Relaciones Exteriores")["id"]
    across = run("merge", ebrard, sre, "--db", comfort_scratch)
    assert across.exit_code == 1 and across.stderr.startswith(f"Error: {ebrard}: cannot merge Marcelo Ebrard")
    merged = run("merge", ebrard, salazar, "--db", comfort_scratch, "--author", "ana")
    assert merged.stdout.strip() == f"merged {ebrard} and {salazar} -> {min(ebrard, salazar)}"
    listed = run("judgements", "--db", comfort_scratch).stdout.splitlines()
    assert len(listed) == 1 and listed[0].startswith(f"   1  merge       Marcelo Ebrard ({ebrard}) + Ken Salazar "
                                                     f"({salazar}) (now Marcelo Ebrard (person))  by ana ")
    undo = run("undo", "1", "--db", comfort_scratch, "--author", "bea")
    assert undo.stdout.strip() == f"undid judgement 1 (merge {ebrard} + {salazar})"
    (row,) = [json.loads(line) for line in run("judgements", "--db", comfort_scratch, "--json").stdout.splitlines()]
    assert (row["status"], row["undone_by"]) == ("undone", "bea")
    again = run("undo", "1", "--db", comfort_scratch)
    assert again.exit_code == 1 and again.stderr.startswith("Error: judgement 1: already undone (")
    assert run("judgements", "--db", comfort_scratch, "--status", "gone").stderr.strip() == (
        "Error: --status gone: unknown status (use standing, undone)")
    header = run("judgements", "--db", comfort_scratch, "--csv", "--status", "standing").stdout
    assert header.startswith("id,kind,subject,status,target,target_name,")
