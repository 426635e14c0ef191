"""Score a knowledge base with shared/eval/score.py, per gold file and per language.

    .venv/bin/python bench/eval_by_language.py [--db pesquisa.sqlite] [--shared ../shared] [--no-cv] [--misses]

Prints score.py's summary line for each shared set (news, dev, dx, dy), for English only
and Spanish only over all four (the language of each document as stored), and for each set
and language; then the boilerplate model's line F1 in-sample and leave-one-outlet-out
(bench/train_boilerplate.py), the figure to compare with unseen sites; with --misses,
every miss grouped by cause.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from pesquisa.report.evaluate import group_misses, score_json, score_lines
from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store

SETS = ("news", "dev", "dx", "dy")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="pesquisa.sqlite")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--no-cv", action="store_true", help="skip the boilerplate model's leave-one-outlet-out figure")
    ap.add_argument("--misses", action="store_true", help="list every miss grouped by cause")
    args = ap.parse_args()
    export = evaluation_export(open_store(args.db, create=False))
    langs = {d["source"]: d["lang"] for d in export["documents"]}
    golds = {n: json.loads((args.shared / "eval" / "gold" / f"{n}.json").read_text(encoding="utf-8")) for n in SETS}
    scorer = args.shared / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        corpus = tmpdir / "corpus"
        corpus.mkdir()
        for name in SETS:
            for path in (args.shared / "corpus" / name).glob("*.txt"):
                (corpus / path.name).write_bytes(path.read_bytes())
        tables = {k: {key: value for g in golds.values() for key, value in g[k].items()} for k in ("people", "organizations")}
        docs = [d for name in SETS for d in golds[name]["documents"]]
        subsets = {name: golds[name]["documents"] for name in SETS}
        for lang in ("en", "es"):
            subsets[lang] = [d for d in docs if langs.get(d["file"]) == lang]
        for name in SETS:
            for lang in ("en", "es"):
                chosen = [d for d in golds[name]["documents"] if langs.get(d["file"]) == lang]
                if chosen:
                    subsets[f"{name}/{lang}"] = chosen
        misses = []
        for name, chosen in subsets.items():
            gold = tmpdir / f"{name.replace('/', '_')}.json"
            # a set is scored with its own people/organization tables (as score.py alone would),
            # a language over all sets with their tables merged
            own = golds.get(name.split("/")[0])
            names = {k: own[k] for k in ("people", "organizations")} if own else tables
            gold.write_text(json.dumps({**names, "documents": chosen}, ensure_ascii=False), encoding="utf-8")
            lines = score_lines(scorer, tmpdir / "export.json", gold, corpus=corpus)
            print(f"{name:7} ({len(chosen):2} docs) {lines[-1]}")
            if name in {"en", "es"} and args.misses:
                misses += score_json(scorer, tmpdir / "export.json", gold, corpus=corpus)["misses"]
    if not args.no_cv:
        print()
        boilerplate_cv(args.shared)
    for cause, items in group_misses(misses).items():
        print(f"\n{cause}: {len(items)}")
        for item in items:
            print(f"  {item}")


def boilerplate_cv(shared: Path) -> None:
    """The plain-text boilerplate model's line F1 per language, in-sample and leave-one-outlet-out."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import sklearn  # noqa: F401  (the `train` extra: pip install -e '.[train]')
    except ImportError:
        print("boilerplate model cross-validation skipped: scikit-learn is not installed (pip install -e '.[train]')")
        return
    import train_boilerplate as tb

    docs = tb.load_lines(shared)
    full = tb.fit(docs)
    ins = {d["file"]: tb.predict(full, d) for d in docs}
    held = tb.leave_one_outlet_out(docs)
    print("boilerplate model, line F1 (plain text)   in-sample  leave-one-outlet-out")
    for lang in ("en", "es"):
        chosen = [d for d in docs if d["lang"] == lang]
        f_in, f_cv = (tb.prf([(p[d["file"]][i], d["labels"][i]) for d in chosen for i in tb._trainable(d)])[2]
                      for p in (ins, held))
        print(f"  {lang}{'':39} {f_in:.3f}      {f_cv:.3f}")


if __name__ == "__main__":
    main()
