#!/usr/bin/env python3
"""Score ``extract_quantities`` against the shared gold, per set and per language.

    python bench/quantities_eval.py            # found/right per set and language, every miss
    python bench/quantities_eval.py --extras   # also print quantities the gold does not hold

Cleans each raw article of ``../shared/corpus/{news,dev,dx,dy}/`` with the pipeline's own
``clean_document`` (which also detects the language) and scores the quantities of the clean
body with ``quantity_hits`` from ``../shared/eval/score.py``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import asdict

from _gold import SHARED, gold_documents, load_scorer

from pesquisa.extract.quantities import extract_quantities


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
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, right
    misses: list[str] = []
    elapsed = 0.0
    for name, _gold, doc, clean in gold_documents():
        lang = "es" if clean.lang == "es" else "en"
        t0 = time.perf_counter()
        found = extract_quantities(clean.body, lang=lang)
        elapsed += time.perf_counter() - t0
        f, r, doc_misses = score.quantity_hits(doc, {"quantities": [asdict(q) for q in found]})
        for key in ((name, lang), ("all", lang)):
            totals[key][0] += len(doc["quantities"])
            totals[key][1] += f
            totals[key][2] += r
        misses += [f"{doc['file']}: {m}" for m in doc_misses]
        if args.extras:
            keys = [score.fold(q["text"]) for q in doc["quantities"]]
            for q in found:
                k = score.fold(q.text)
                if not any(k in g or g in k for g in keys):
                    print(f"extra {doc['file']}: {q.text!r} value={q.value} unit={q.unit} "
                          f"item={q.item!r} kind={q.kind} qualifier={q.qualifier}")
    print("set   lang  gold  found  right")
    for (name, lang), (n, f, r) in sorted(totals.items(), key=lambda t: (t[0][0] == "all", t[0])):
        print(f"{name:5} {lang:4} {n:5}  {f / n:.3f}  {r / n:.3f}")
    for m in misses:
        print("miss", m)
    print(f"time: {elapsed * 1000:.1f} ms for the gold documents "
          f"(+ {load_s * 1000:.0f} ms to load the data files once)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
