"""Time each pipeline stage on the shared articles, as ratios to spaCy parsing measured in the same run.

    .venv/bin/python bench/ingest_bench.py [--repeat 3]

The reference is the bare spaCy pipelines parsing the clean bodies: a ratio of 1.3 for
"extract" means pesquisa's extraction costs 30% more than parsing alone, on this machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pesquisa.clean import clean_document
from pesquisa.extract.nlp import load_pipeline
from pesquisa.extract.pipeline import extract_document
from pesquisa.ingest import iter_documents
from pesquisa.pipeline import ingest_documents
from pesquisa.store import open_store


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folders = [args.shared / "corpus" / "news", args.shared / "corpus" / "dev"]
    raws = [d for d in iter_documents(folders)]
    cleans = [clean_document(r) for r in raws]
    for lang in ("en", "es"):
        load_pipeline(lang)
    chars = sum(len(c.body) for c in cleans)
    reference = best(lambda: [load_pipeline(c.lang)(c.body) for c in cleans], args.repeat)
    rows = [("spacy_parse (reference)", reference),
            ("clean", best(lambda: [clean_document(r) for r in raws], args.repeat)),
            ("extract", best(lambda: [extract_document(c) for c in cleans], args.repeat))]

    def full_ingest() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            ingest_documents(open_store(Path(tmp) / "b.sqlite"), raws)

    rows.append(("ingest (clean+extract+store+resolve)", best(full_ingest, args.repeat)))
    print(f"{len(raws)} documents, {chars} characters")
    print("stage,seconds,docs_per_s,ratio_to_reference")
    for name, seconds in rows:
        print(f"{name},{seconds:.3f},{len(raws) / seconds:.1f},{seconds / reference:.2f}")


if __name__ == "__main__":
    main()
