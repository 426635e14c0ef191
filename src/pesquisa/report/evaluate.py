"""Score the stored knowledge base with shared/eval/score.py, per gold file or per language, and group the misses.

One implementation of scoring for the CLI (``pesquisa eval``), the quality gate
(``tests/test_eval_gate.py``) and the bench (``bench/eval_by_language.py``): the scorer
runs as a subprocess on an export written to a file (it is the project's judge, so it is
run exactly as shipped), and per-language scores come from gold subsets
(``gold_subsets``) keyed by the language the store detected for each document.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping
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


def score_json(scorer: Path, export: Path, gold: Path, *, corpus: Path | None = None) -> dict:
    """score.py's result for the export file against the gold file, misses included (runs the scorer)."""
    return json.loads(_run_scorer(scorer, export, gold, corpus, "--json"))


def score_lines(scorer: Path, export: Path, gold: Path, *, corpus: Path | None = None) -> list[str]:
    """score.py's printed report (one figure per line, the summary line last) for the export file (runs the scorer)."""
    return _run_scorer(scorer, export, gold, corpus).strip().splitlines()


def _run_scorer(scorer: Path, export: Path, gold: Path, corpus: Path | None, *flags: str) -> str:
    args = [sys.executable, str(scorer), str(export), "--gold", str(gold), *(["--corpus", str(corpus)] if corpus else [])]
    return subprocess.run([*args, *flags], capture_output=True, text=True, check=True).stdout


def gold_subsets(golds: Mapping[str, dict], langs: Mapping[str, str], *,
                 names: tuple[str, ...] = ("all", "en", "es")) -> dict[str, dict]:
    """Gold annotations to score apart, by subset name (pure).

    ``golds`` are gold files by name (``news``, ``dev``); ``langs`` maps a document's file
    name to the language the store gave it (the export's ``source`` -> ``lang``). A subset
    name is a gold name (that file alone), ``all`` (every file merged) or a language code
    (the documents of every file in that language). People and organization tables are
    merged, so cross-document figures see every id.
    """
    tables = {key: {k: v for gold in golds.values() for k, v in gold.get(key, {}).items()}
              for key in ("people", "organizations")}
    documents = [d for gold in golds.values() for d in gold["documents"]]
    out = {}
    for name in names:
        if name in golds:
            chosen = golds[name]["documents"]
        elif name == "all":
            chosen = documents
        else:
            chosen = [d for d in documents if langs.get(d["file"]) == name]
        out[name] = {**tables, "documents": chosen}
    return out


def evaluate(engine: Engine, gold: Path, *, corpus: Path | None = None) -> dict:
    """Scores and misses of the stored export against ``gold`` (runs the scorer beside the gold)."""
    scorer = gold.resolve().parent.parent / "score.py"
    if not scorer.is_file():
        raise ConfigError(f"{scorer}: score.py not found beside the gold folder")
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.json"
        write_json(evaluation_export(engine), str(export))
        scores = score_json(scorer, export, gold, corpus=corpus)
        lines = score_lines(scorer, export, gold, corpus=corpus)
    return {"scores": scores, "causes": group_misses(scores.pop("misses")), "summary_lines": lines}
