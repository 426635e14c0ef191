#!/usr/bin/env python3
"""Score people and organizations of ``extract_entities`` against the shared gold, per set and language.

    python bench/entities_eval.py           # people P/R/F1 and organization recall, every miss
    python bench/entities_eval.py --sets dx dy

Runs the extract stage alone (clean, spaCy, entities; no store, no cross-document
resolution) on ``../shared/corpus/{news,dev,dx,dy}/`` and scores each document with
``score_entities`` of ``../shared/eval/score.py``. The in-document figures therefore differ a
little from those of the full pipeline (``score.py`` on ``pesquisa export``), where resolution
picks each entity's name across documents. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

from _gold import SETS, SHARED, gold_documents, load_scorer

from pesquisa.extract.entities import extract_entities
from pesquisa.extract.nlp import load_pipeline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    args = parser.parse_args()
    if not (SHARED / "eval" / "gold").is_dir():
        print(f"Error: no gold under {SHARED}", file=sys.stderr)
        return 1
    score = load_scorer()
    people: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    orgs: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # found, gold
    misses: list[str] = []
    elapsed = 0.0
    for name, gold, doc, clean in gold_documents(sets=tuple(args.sets)):
        lang = "es" if clean.lang == "es" else "en"
        t0 = time.perf_counter()
        entities = extract_entities(load_pipeline(lang)(clean.body), clean.id)
        elapsed += time.perf_counter() - t0
        sys_doc = {"entities": [{"type": e.type, "name": e.name, "mentions": [m.text for m in e.mentions]}
                                for e in entities]}
        tp, fp, fn, missing, extra = score.score_entities(doc, sys_doc, score.Names(gold["people"]), "person", "people")
        otp, _ofp, ofn, omissing, _ = score.score_entities(doc, sys_doc, score.Names(gold["organizations"]),
                                                           "organization", "organizations")
        for key in ((name, lang), ("all", lang)):
            for i, v in enumerate((tp, fp, fn)):
                people[key][i] += v
            orgs[key][0] += otp
            orgs[key][1] += otp + ofn
        misses += [f"{doc['file']}: missing person {m!r}" for m in missing]
        misses += [f"{doc['file']}: extra person {x!r}" for x in extra]
        misses += [f"{doc['file']}: missing organization {m!r}" for m in omissing]
    print("set   lang  people_p  people_r  people_f1  orgs_recall")
    for key in sorted(people, key=lambda k: (k[0] == "all", k)):
        p = score.prf(*people[key])
        found, total = orgs[key]
        print(f"{key[0]:5} {key[1]:4}  {p['precision']:.3f}     {p['recall']:.3f}     {p['f1']:.3f}      "
              f"{found / total if total else 1.0:.3f}")
    for m in misses:
        print("miss", m)
    print(f"time: {elapsed:.1f} s to parse and extract entities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
