"""Ingest hand-written pages through the CLI and read back the evaluation export, as an analyst's run would."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pesquisa.cli import get_app


def exported(tmp_path: Path, pages: dict[str, str]) -> dict[str, dict]:
    """Each page of ``pages`` (file name -> text) written to a folder, ingested into a new store and exported with
    ``export --format eval``: the exported documents by file name."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner, db, out = CliRunner(), tmp_path / "kb.sqlite", tmp_path / "export.json"
    assert runner.invoke(get_app(), ["ingest", str(folder), "--db", str(db), "--silent"]).exit_code == 0
    assert runner.invoke(get_app(), ["export", "--format", "eval", "--db", str(db), "-o", str(out)]).exit_code == 0
    return {d["source"]: d for d in json.loads(out.read_text(encoding="utf-8"))["documents"]}


def event_ids(docs: dict[str, dict], name: str, kind: str) -> set[str]:
    """The ids of the events of type ``kind`` that the exported document ``name`` tells."""
    return {e["id"] for e in docs[name]["events"] if e["type"] == kind}
