"""Quotes found and attributed per gold set, language and outlet, with duplicate and overlap counts.

    .venv/bin/python bench/quotes_eval.py [--db FILE] [--shared ../shared] [--sets news dev dx dy] [-v]

Without ``--db`` the articles of the chosen sets are ingested into a temporary store first
(about a minute). Scoring is ``score.py``'s own ``quote_hits`` (found: a system quote holds
the gold quote's opening words; attributed: its speaker resolves to the gold speaker, or has
no id for an unnamed source), summed per set, per language (as stored) and per outlet (the
domain in each set's ``SOURCES.tsv``). ``overlaps`` counts pairs of stored quotes of one
document whose spans overlap; ``duplicates`` pairs with the same span. ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

from pesquisa.report.export import evaluation_export
from pesquisa.store import open_store


def load_score(shared: Path) -> ModuleType:
    """The shared ``score.py`` as a module (its functions, not its command line)."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outlets(shared: Path, name: str) -> dict[str, str]:
    """File name -> outlet domain for one corpus set (the set's name when it lists no sources)."""
    path = shared / "corpus" / name / "SOURCES.tsv"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2:
            out[parts[0]] = urlparse(parts[1]).netloc.removeprefix("www.")
    return out


def build_store(shared: Path, sets: list[str], folder: Path) -> Path:
    """A store with the articles of ``sets`` ingested through the real pipeline."""
    from pesquisa.ingest import iter_documents
    from pesquisa.pipeline import ingest_documents

    corpus = folder / "corpus"
    corpus.mkdir()
    for name in sets:
        for path in sorted((shared / "corpus" / name).glob("*.txt")):
            (corpus / path.name).write_bytes(path.read_bytes())
    db = folder / "quotes.sqlite"
    ingest_documents(open_store(db), iter_documents([corpus]))
    return db


def overlaps(doc: dict) -> tuple[int, int]:
    """(pairs of quotes with overlapping spans, pairs with the same span) in one exported document."""
    spans = [tuple(q["span"]) for q in doc.get("quotes", []) if q.get("span")]
    over = same = 0
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a == b:
                same += 1
            elif a[0] < b[1] and b[0] < a[1]:
                over += 1
    return over, same


def share(part: int, whole: int) -> str:
    """``part / whole`` to three places, or a dash when there is nothing to share."""
    return f"{part / whole:.3f}" if whole else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument("--sets", nargs="+", default=["news", "dev", "dx", "dy"])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    score = load_score(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else build_store(args.shared, args.sets, Path(tmp))
        export = evaluation_export(open_store(db, create=False))
    by_source = {d["source"]: d for d in export["documents"]}
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # docs gold found attributed over same
    misses = []
    for name in args.sets:
        gold = json.loads((args.shared / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        people, orgs = score.Names(gold["people"]), score.Names(gold["organizations"])
        outlet = outlets(args.shared, name)
        for gdoc in gold["documents"]:
            sdoc = by_source.get(gdoc["file"], {})
            found, attributed, _, missed = score.quote_hits(gdoc, sdoc, people, orgs)
            over, same = overlaps(sdoc)
            keys = [f"set {name}", f"lang {sdoc.get('lang', '?')}", f"outlet {outlet.get(gdoc['file'], name)}"]
            for key in keys:
                row = rows[key]
                for i, value in enumerate((1, len(gdoc["quotes"]), found, attributed, over, same)):
                    row[i] += value
            misses += [f"{gdoc['file']}: {m}" for m in missed]
    print(f"{'':34} {'docs':>4} {'gold':>4} {'found':>6} {'attrib':>6} {'overlaps':>8} {'duplicates':>10}")
    for key in sorted(rows, key=lambda k: (k.split()[0] != "set", k.split()[0] != "lang", k)):
        docs, gold_n, found, attributed, over, same = rows[key]
        print(f"{key:34} {docs:4} {gold_n:4} {share(found, gold_n):>6} {share(attributed, gold_n):>6} "
              f"{over:8} {same:10}")
    if args.verbose:
        print()
        print("\n".join(misses))


if __name__ == "__main__":
    main()
