"""Train the plain-text boilerplate model on every shared gold line; report leave-one-outlet-out.

    .venv/bin/python bench/train_boilerplate.py [--shared ../shared] [--write] [--verbose]

Lines: every non-empty line of the raw files of the shared sets (news, dev, dx, dy). A line
is boilerplate when the gold lists it, by ``score.py``'s own rule (a gold boilerplate string
starts or is contained in the folded line). Bare numbers (comment counters) are left out:
the scorer cannot tell them kept or dropped.

Features: ``pesquisa.clean._page_context.line_features`` (general signals, no site strings).
Model: logistic regression (scikit-learn, a training-only dependency) in two stages: the
second stage adds the first stage's probability of the neighbouring lines, so a teaser
between teasers or a caption beside a credit reads its context. The weights are written
to ``src/pesquisa/data/boilerplate_model.yaml`` with ``--write`` and applied at run time
by ``pesquisa.clean._boilerplate`` without scikit-learn.

Evaluation: leave-one-outlet-out (``bench/boilerplate_outlets.csv``): every outlet's lines
are scored by a model trained on the other outlets only (both stages), so the figure is a
held-out one. Printed beside the in-sample figure, per language and per set.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from pesquisa.clean._boilerplate import STAGE2_FEATURES, context_features
from pesquisa.clean._document import _lines, detect_language, repair_line
from pesquisa.clean._page_context import line_features
from pesquisa.clean._signals import is_lone_number

SETS = ("news", "dev", "dx", "dy")
HERE = Path(__file__).resolve().parent
MODEL = HERE.parent / "src" / "pesquisa" / "data" / "boilerplate_model.yaml"
C = 30.0           # inverse L2 strength, chosen by leave-one-outlet-out F1 (1, 3, 10, 30 tried)
THRESHOLD = 0.5
CLASS_WEIGHT: str | None = None


def load_score(shared: Path):
    """score.py as a module, for its own ``fold`` (labels follow the scorer exactly)."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_lines(shared: Path) -> list[dict]:
    """One record per document: set, file, outlet, language, lines, features, labels."""
    score = load_score(shared)
    with (HERE / "boilerplate_outlets.csv").open(encoding="utf-8") as fh:
        outlets = {(r["set"], r["file"]): r["outlet"] for r in csv.DictReader(fh)}
    docs = []
    for name in SETS:
        gold = json.loads((shared / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        for gdoc in gold["documents"]:
            raw = (shared / "corpus" / name / gdoc["file"]).read_text(encoding="utf-8")
            lang = detect_language(raw)
            lines = [repair_line(text) for _pos, text in _lines(raw)]
            bp = [score.fold(b) for b in gdoc["boilerplate"]]
            labels = [any(score.fold(ln).startswith(b) or b in score.fold(ln) for b in bp) for ln in lines]
            folded = [score.fold(ln) for ln in lines]
            # a body line whose opening is printed in another line too cannot be scored as dropped
            unscorable = [not lab and any(j != i and f[:80] in g for j, g in enumerate(folded))
                          for i, (f, lab) in enumerate(zip(folded, labels, strict=True))]
            docs.append({"set": name, "file": gdoc["file"], "outlet": outlets[(name, gdoc["file"])], "lang": lang,
                         "lines": lines, "features": line_features(lines, lang), "labels": labels,
                         "unscorable": unscorable})
    return docs


def _matrix(rows: list[dict[str, float]], names: list[str]) -> list[list[float]]:
    return [[row[k] for k in names] for row in rows]


def _trainable(doc: dict) -> list[int]:
    """Lines with a label the scorer can check: not bare numbers, not printed twice as body."""
    return [i for i, ln in enumerate(doc["lines"]) if not is_lone_number(ln) and not doc["unscorable"][i]]


def fit(docs: list[dict]) -> dict:
    """Both stages fitted on ``docs``: {'stage1': (names, coef, bias), 'stage2': ...}."""
    from sklearn.linear_model import LogisticRegression

    names1 = sorted(docs[0]["features"][0])
    x1, y = [], []
    for doc in docs:
        idx = _trainable(doc)
        x1 += [[doc["features"][i][k] for k in names1] for i in idx]
        y += [doc["labels"][i] for i in idx]
    m1 = LogisticRegression(C=C, max_iter=5000, class_weight=CLASS_WEIGHT).fit(x1, y)
    stage1 = (names1, [float(w) for w in m1.coef_[0]], float(m1.intercept_[0]))
    names2 = names1 + list(STAGE2_FEATURES)
    x2 = []
    for doc in docs:
        rows = context_features(doc["features"], doc["lines"], stage1)
        x2 += [[rows[i][k] for k in names2] for i in _trainable(doc)]
    m2 = LogisticRegression(C=C, max_iter=5000, class_weight=CLASS_WEIGHT).fit(x2, y)
    return {"stage1": stage1, "stage2": (names2, [float(w) for w in m2.coef_[0]], float(m2.intercept_[0]))}


def as_model(fitted: dict) -> dict:
    """The fitted stages in the shape of ``data/boilerplate_model.yaml``."""
    def stage(names, coef, bias):
        return {"bias": round(bias, 6), "weights": {k: round(w, 6) for k, w in zip(names, coef, strict=True)}}

    return {"threshold": THRESHOLD, "stage1": stage(*fitted["stage1"]), "stage2": stage(*fitted["stage2"])}


def predict(fitted: dict, doc: dict) -> list[bool]:
    """Whether each line of ``doc`` is boilerplate, by the run-time classifier with these weights."""
    from pesquisa.clean._boilerplate import classify

    return [reason is not None for reason in classify(doc["lines"], doc["lang"], model=as_model(fitted))]


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int, int, int]:
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp, fp, fn


def report(title: str, docs: list[dict], preds: dict[str, list[bool]], *, verbose: bool) -> dict:
    """Print P/R/F1 per language and per set; return the per-language F1."""
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    misses = []
    for doc in docs:
        for i in _trainable(doc):
            pred, gold = preds[doc["file"]][i], doc["labels"][i]
            for key in (f"lang={doc['lang']}", f"set={doc['set']}", "all"):
                groups[key].append((pred, gold))
            if pred != gold:
                misses.append(f"  {'FP' if pred else 'FN'} {doc['file']}:{i} {doc['lines'][i][:70]!r}")
    print(f"{title}")
    print("  group      lines   P      R      F1     tp  fp  fn")
    out = {}
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        p, r, f, tp, fp, fn = prf(groups[key])
        out[key] = round(f, 3)
        print(f"  {key:10} {len(groups[key]):5}  {p:.3f}  {r:.3f}  {f:.3f}  {tp:3} {fp:3} {fn:3}")
    if verbose:
        print("\n".join(misses))
    return out


def leave_one_outlet_out(docs: list[dict]) -> dict[str, list[bool]]:
    """Predictions for every document by a model fitted on the other outlets' documents only."""
    held: dict[str, list[bool]] = {}
    for outlet in sorted({d["outlet"] for d in docs}):
        model = fit([d for d in docs if d["outlet"] != outlet])
        for doc in docs:
            if doc["outlet"] == outlet:
                held[doc["file"]] = predict(model, doc)
    return held


def explain(fitted: dict, docs: list[dict], spec: str) -> None:
    """Print one line's features and their contributions to the second stage's logit."""
    from pesquisa.clean._boilerplate import context_features

    name, _, index = spec.partition(":")
    doc = next(d for d in docs if d["file"] == name)
    row = context_features(doc["features"], doc["lines"], fitted["stage1"])[int(index)]
    names, coef, bias = fitted["stage2"]
    parts = sorted(((w * row[k], k, row[k]) for k, w in zip(names, coef, strict=True)), key=lambda t: -abs(t[0]))
    print(f"{spec} {doc['lines'][int(index)][:80]!r} logit={bias + sum(p[0] for p in parts):+.2f} (bias {bias:+.2f})")
    print("  " + " ".join(f"{k}={v:.2f}:{c:+.2f}" for c, k, v in parts if v))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--write", action="store_true", help=f"write the model fitted on all lines to {MODEL.name}")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every misclassified line")
    ap.add_argument("--C", type=float, default=C)
    ap.add_argument("--balanced", action="store_true")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--explain", metavar="FILE:LINE", action="append", default=[],
                    help="print the features of one line and what each adds (in-sample model)")
    args = ap.parse_args()
    globals().update(C=args.C, CLASS_WEIGHT="balanced" if args.balanced else None, THRESHOLD=args.threshold)
    docs = load_lines(args.shared)
    full = fit(docs)
    for spec in args.explain:
        explain(full, docs, spec)
    if args.verbose:
        for stage in ("stage1", "stage2"):
            names, coef, bias = full[stage]
            ranked = sorted(zip(names, coef, strict=True), key=lambda t: -abs(t[1]))
            print(stage, f"bias={bias:+.2f}", " ".join(f"{k}={w:+.2f}" for k, w in ranked))
    in_sample = report("in-sample (trained on all lines)", docs, {d["file"]: predict(full, d) for d in docs},
                       verbose=args.verbose)
    held = leave_one_outlet_out(docs)
    outlets = len({d["outlet"] for d in docs})
    cv = report(f"leave-one-outlet-out ({outlets} outlets)", docs, held, verbose=args.verbose)
    if args.write:
        write_model(full, docs, in_sample, cv)
        print(f"wrote {MODEL}")


def write_model(fitted: dict, docs: list[dict], in_sample: dict, cv: dict) -> None:
    """The fitted weights as YAML, with how they were made."""
    header = (
        "# Plain-text boilerplate model: two-stage logistic regression over general line signals\n"
        "# (pesquisa.clean._signals). GENERATED by bench/train_boilerplate.py --write; do not edit by hand.\n"
        f"# Trained on {sum(len(_trainable(d)) for d in docs)} lines of {len(docs)} shared documents "
        f"({', '.join(SETS)}), {sum(sum(d['labels']) for d in docs)} of them boilerplate; C={C}.\n"
        f"# Line F1 in-sample: {in_sample}\n# Line F1 leave-one-outlet-out: {cv}\n")
    data = {"version": 1, "trained": dt.date.today().isoformat(), **as_model(fitted)}
    MODEL.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
