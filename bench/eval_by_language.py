"""Score a knowledge base with shared/eval/score.py, per gold file and per language.

    .venv/bin/python bench/eval_by_language.py [--db pesquisa.sqlite] [--shared ../shared]

Prints score.py's summary line for news, dev, English only and Spanish only (the
language of each document as stored), then every miss grouped by cause.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from pesquisa.report.evaluate import gold_subsets, group_misses, score_json, score_lines
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="pesquisa.sqlite")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    export = evaluation_export(open_store(args.db, create=False))
    langs = {d["source"]: d["lang"] for d in export["documents"]}
    golds = {n: json.loads((args.shared / "eval" / "gold" / f"{n}.json").read_text(encoding="utf-8")) for n in ("news", "dev")}
    scorer = args.shared / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        corpus = tmpdir / "corpus"
        corpus.mkdir()
        for name in ("news", "dev"):
            for path in (args.shared / "corpus" / name).glob("*.txt"):
                (corpus / path.name).write_bytes(path.read_bytes())
        misses = []
        for name, subset in gold_subsets(golds, langs, names=("news", "dev", "en", "es")).items():
            gold = tmpdir / f"{name}.json"
            gold.write_text(json.dumps(subset, ensure_ascii=False), encoding="utf-8")
            lines = score_lines(scorer, tmpdir / "export.json", gold, corpus=corpus)
            print(f"{name:4} ({len(subset['documents']):2} docs) {lines[-1]}")
            if name in {"en", "es"}:
                misses += score_json(scorer, tmpdir / "export.json", gold, corpus=corpus)["misses"]
    for cause, items in group_misses(misses).items():
        print(f"\n{cause}: {len(items)}")
        for item in items:
            print(f"  {item}")


if __name__ == "__main__":
    main()
