"""CPU milliseconds per document of cleaning, parsing and each extract component, on bench/scale.py's texts.

    PYTHONPATH=src .venv/bin/python bench/extract_stages.py [--docs 100] [--warm 20] [--profile out.prof]

The texts are the recombined shared articles ``bench/scale.py`` builds (the same seed, so the
first N of its throughput sample). Models are loaded and ``--warm`` other texts extracted first,
so the figures are a worker's steady state, not its start. The parse is in batches of 8 per
language, as an ingest's workers parse. ``digest`` is a hash of every extracted record: two
checkouts that print the same digest extracted the same facts. Run with another checkout's
``src`` on ``PYTHONPATH`` for a before/after comparison; figures, not asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # bench/scale.py: the recombined corpus

from pesquisa.clean import clean_document
from pesquisa.extract import document_lang, extract_document, load_pipeline, parse_batch
from pesquisa.extract import pipeline as extract_pipeline
from pesquisa.records import RawDocument


def _timed_components(spent: dict[str, float]) -> list[extract_pipeline.Component]:
    """The default extract components, each adding its CPU seconds to ``spent``."""
    def timed(component: extract_pipeline.Component) -> extract_pipeline.Component:
        def run(state: extract_pipeline.State) -> None:
            start = time.process_time()
            component.run(state)
            spent[component.name] = spent.get(component.name, 0.0) + time.process_time() - start
        return extract_pipeline.Component(component.name, component.requires, component.assigns, run)
    return [timed(c) for c in extract_pipeline.assemble()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--warm", type=int, default=20, help="other texts extracted first (caches, compiled patterns)")
    ap.add_argument("--shared", type=Path, default=scale.ROOT.parent / "shared")
    ap.add_argument("--profile", type=Path, default=None, help="write a cProfile of the extraction here")
    args = ap.parse_args()
    texts = scale.recombine(scale.articles(args.shared), args.docs + args.warm, seed=15)
    raws = [RawDocument(f"doc_{i:06d}.txt", text) for i, text in enumerate(texts)]
    for lang in ("en", "es"):
        load_pipeline(lang)
    for raw in raws[args.docs:]:
        extract_document(clean_document(raw))
    raws = raws[:args.docs]
    start = time.process_time()
    cleans = [clean_document(r) for r in raws]
    clean_s, start = time.process_time() - start, time.process_time()
    docs: list = [None] * len(cleans)
    by_lang: dict[str, list[int]] = {}
    for i, clean in enumerate(cleans):
        by_lang.setdefault(document_lang(clean), []).append(i)
    for lang, indexes in by_lang.items():
        for k in range(0, len(indexes), 8):
            batch = indexes[k:k + 8]
            for i, doc in zip(batch, parse_batch([cleans[i].body for i in batch], lang), strict=True):
                docs[i] = doc
    parse_s = time.process_time() - start
    spent: dict[str, float] = {}
    components = _timed_components(spent)
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    start = time.process_time()
    out = [extract_document(c, doc=d, components=components) for c, d in zip(cleans, docs, strict=True)]
    extract_s = time.process_time() - start
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    n = len(raws)
    digest = hashlib.sha256(repr([(x.entities, x.roles, x.quotes, x.quantities, x.dates, x.events, x.relations)
                                  for x in out]).encode()).hexdigest()[:16]
    print(f"{n} documents; CPU ms per document: clean {1000 * clean_s / n:.1f}, parse {1000 * parse_s / n:.1f}, "
          f"extract {1000 * extract_s / n:.1f} (extract/parse {extract_s / parse_s:.2f}); digest {digest}")
    print("extract components: " + ", ".join(f"{name.split('.')[1]} {1000 * s / n:.1f}" for name, s in spent.items()))


if __name__ == "__main__":
    main()
