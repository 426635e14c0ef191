"""Score the stored knowledge base with shared/eval/score.py and group the misses by cause."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from sqlalchemy import Engine

from pesquisa.errors import ConfigError
from pesquisa.report.export import evaluation_export, write_json

CAUSES = [
    ("missing person", r": missing person "),
    ("extra person (not in gold)", r": extra person "),
    ("missing organization", r": missing organization "),
    ("quote not found", r"missing quote"),
    ("quote attributed to the wrong speaker", r"wrong speaker"),
    ("quantity not found", r"missing quantity"),
    ("quantity value or kind wrong", r": quantity "),
    ("boilerplate kept", r"boilerplate kept"),
    ("body line dropped", r"body line dropped"),
    ("document not exported", r"not in the export"),
]


def group_misses(misses: list[str]) -> dict[str, list[str]]:
    """Misses of score.py grouped by their cause, in a fixed order."""
    out: dict[str, list[str]] = defaultdict(list)
    for miss in misses:
        cause = next((name for name, pattern in CAUSES if re.search(pattern, miss)), "other")
        out[cause].append(miss)
    return {name: out[name] for name, _ in [*CAUSES, ("other", "")] if out.get(name)}


def evaluate(engine: Engine, gold: Path, *, corpus: Path | None = None) -> dict:
    """Scores and misses of the stored export against ``gold`` (runs the scorer beside the gold)."""
    scorer = gold.resolve().parent.parent / "score.py"
    if not scorer.is_file():
        raise ConfigError(f"{scorer}: score.py not found beside the gold folder")
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.json"
        write_json(evaluation_export(engine), str(export))
        args = [sys.executable, str(scorer), str(export), "--gold", str(gold)]
        if corpus:
            args += ["--corpus", str(corpus)]
        scores = json.loads(subprocess.run([*args, "--json"], capture_output=True, text=True, check=True).stdout)
        lines = subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return {"scores": scores, "causes": group_misses(scores.pop("misses")), "summary_lines": lines}
