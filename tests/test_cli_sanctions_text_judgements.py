"""Confirm and reject a listed vessel read in the text, which has no entity of the knowledge base (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pesquisa.cli import get_app

runner = CliRunner()
SDN = ('90501,"BAHIA AZUL","vessel","VENEZUELA-EO13884",-0- ,-0- ,"Crude Oil Tanker",-0- ,-0- ,"Panama",-0- ,'
       '"Linked To: NAVIERA ESTRELLA, S.A."\r\n'
       '90502,"RIO CLARO","vessel","VENEZUELA-EO13884",-0- ,-0- ,"Crude Oil Tanker",-0- ,-0- ,"Panama",-0- ,'
       '"Linked To: NAVIERA ESTRELLA, S.A."\r\n')
STORY = {"url": "https://example.test/tanker", "title": "Sanctioned tankers leave Venezuela", "published": "2025-03-01",
         "text": "CARACAS, March 1 (Reuters) - Two sanctioned tankers left Venezuelan waters this week, according to "
                 "shipping data reviewed by Reuters.\n\nThe U.S. Treasury sanctioned the oil tanker Bahia Azul last "
                 "year, and it sailed on Monday with crude for Asia, the data showed.\n\nEl buque petrolero Rio Claro, "
                 "también sancionado, zarpó del puerto de Jose el martes, según documentos de la empresa estatal."}


def run(*args: object):
    return runner.invoke(get_app(), [str(a) for a in args])


def matches(db: Path) -> dict[str, dict]:
    result = run("sanctions", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    return {m["list_id"]: m for m in map(json.loads, result.stdout.splitlines())}


@pytest.fixture
def tanker_store(tmp_path: Path) -> Path:
    (tmp_path / "sdn.csv").write_text(SDN, encoding="ascii", newline="")
    (tmp_path / "story.jsonl").write_text(json.dumps(STORY) + "\n", encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    assert run("ingest", tmp_path / "story.jsonl", "--db", db, "--silent").exit_code == 0
    assert run("import", "ofac", tmp_path / "sdn.csv", "--db", db, "--silent").exit_code == 0
    return db


def test_cli_sanctions_a_vessel_read_in_the_text_is_confirmed_and_rejected_issue_12(tanker_store):
    found = matches(tanker_store)
    assert sorted(found) == ["90501", "90502"]
    bahia, rio = found["90501"]["entity_id"], found["90502"]["entity_id"]
    done = run("sanctions", "confirm", bahia, "90501", "--db", tanker_store)
    assert done.exit_code == 0 and done.stdout.strip() == f"confirmed: {bahia} - us-ofac-sdn 90501"
    assert run("sanctions", "reject", rio, "90502", "--db", tanker_store).exit_code == 0
    after = matches(tanker_store)
    assert list(after) == ["90501"] and (after["90501"]["status"], after["90501"]["score"]) == ("confirmed", 1.0)
    # the id stands for the vessel of its own entry only
    other = run("sanctions", "confirm", bahia, "90502", "--db", tanker_store)
    assert other.exit_code == 1 and other.stderr.strip() == f"Error: {bahia}: no such entity"
