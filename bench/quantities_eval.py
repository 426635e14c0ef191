#!/usr/bin/env python3
"""Score ``extract_quantities`` against the shared gold (news.json and dev.json).

    python bench/quantities_eval.py            # found/right per language, every miss
    python bench/quantities_eval.py --extras   # also print quantities the gold does not hold

Reads the raw articles from ``../shared/corpus/<gold>/`` beside the repository and scores
them with ``quantity_hits`` from ``../shared/eval/score.py``, the scorer the project is
judged by. Prints figures; asserts nothing (the floors live in the tests).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from pesquisa.clean import detect_language
from pesquisa.extract.quantities import extract_quantities

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", action="store_true", help="print quantities not in the gold")
    args = parser.parse_args()
    if not (SHARED / "eval" / "gold").is_dir():
        print(f"Error: no gold under {SHARED}", file=sys.stderr)
        return 1
    score = load_scorer()
    t0 = time.perf_counter()
    extract_quantities("warm up: 5 kg", lang="en")  # loads and compiles the data files once
    load_s = time.perf_counter() - t0
    totals = {"en": [0, 0, 0], "es": [0, 0, 0]}  # gold, found, right
    misses: list[str] = []
    elapsed = 0.0
    for gold_name in ("news", "dev"):
        gold = json.loads((SHARED / "eval" / "gold" / f"{gold_name}.json").read_text(encoding="utf-8"))
        for doc in gold["documents"]:
            path = SHARED / "corpus" / gold_name / doc["file"]
            text = path.read_text(encoding="utf-8")
            lang = detect_language(text)  # the language the pipeline would give the document
            t0 = time.perf_counter()
            found = extract_quantities(text, lang=lang)
            elapsed += time.perf_counter() - t0
            sys_doc = {"quantities": [asdict(q) for q in found]}
            f, r, doc_misses = score.quantity_hits(doc, sys_doc)
            totals[lang][0] += len(doc["quantities"])
            totals[lang][1] += f
            totals[lang][2] += r
            misses += [f"{doc['file']}: {m}" for m in doc_misses]
            if args.extras:
                keys = [score.fold(q["text"]) for q in doc["quantities"]]
                for q in found:
                    k = score.fold(q.text)
                    if not any(k in g or g in k for g in keys):
                        print(f"extra {doc['file']}: {q.text!r} value={q.value} unit={q.unit} "
                              f"item={q.item!r} kind={q.kind} qualifier={q.qualifier}")
    for lang, (n, f, r) in totals.items():
        print(f"{lang}: gold {n}  found {f}/{n} = {f / n:.3f}  right {r}/{n} = {r / n:.3f}")
    for m in misses:
        print("miss", m)
    print(f"time: {elapsed * 1000:.1f} ms for the gold documents "
          f"(+ {load_s * 1000:.0f} ms to load the data files once)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
